/**
 * Jackson mapping of Quality Loop's types; see {@link org.qualityloop.model.json.QualityLoopJson}.
 */
package org.qualityloop.model.json;
