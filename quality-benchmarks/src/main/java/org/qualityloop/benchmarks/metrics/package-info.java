/**
 * JMH benchmarks of the quality-metrics accumulators: per-observation add cost, merge cost and
 * one pass over ten million survey responses.
 */
package org.qualityloop.benchmarks.metrics;
