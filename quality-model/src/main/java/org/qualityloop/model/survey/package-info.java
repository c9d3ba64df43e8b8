/**
 * Survey responses: NPS, CSAT, CES, SERVQUAL, Kano and importance–performance. Every response
 * carries a {@link org.qualityloop.model.survey.SurveyContext}: who answered, when, and optionally
 * the stage, touchpoint and channel it is about, so that metrics can be sliced by them. Scores are
 * validated on construction; the metrics that aggregate them live in {@code quality-metrics}.
 */
package org.qualityloop.model.survey;
