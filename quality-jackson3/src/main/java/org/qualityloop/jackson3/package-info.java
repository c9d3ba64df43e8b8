/**
 * JSON for Quality Loop's types with Jackson 3: {@link org.qualityloop.jackson3.QualityLoopModule},
 * the strict {@link org.qualityloop.jackson3.QualityLoopJson} and the case history's
 * {@link org.qualityloop.jackson3.CaseHistoryJson}. The JSON is the same as the Jackson 2 module's.
 */
package org.qualityloop.jackson3;
