/**
 * Quality metrics and analyses. The accumulators arrive with the metrics capability; this
 * package is the home they will live in.
 */
package org.qualityloop.metrics;
