/**
 * JMH benchmarks of quality-insight: dwell times and the process map over closed cases'
 * histories.
 */
package org.qualityloop.benchmarks.insight;
