/**
 * What a finished feedback case leaves behind for measurement: {@link
 * org.qualityloop.model.outcome.CaseOutcome}, with its timestamps, SLA results, reopenings,
 * escalations, recovery actions and the customer's satisfaction at the follow-up.
 *
 * <p>The workflow produces these records when a case closes; {@code quality-metrics} consumes
 * them, so metrics never depend on the workflow.
 */
package org.qualityloop.model.outcome;
