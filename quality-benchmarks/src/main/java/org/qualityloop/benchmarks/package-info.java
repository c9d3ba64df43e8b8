/**
 * JMH benchmarks. Run them with {@code quality-benchmarks/run.sh}; the test build only compiles them.
 */
package org.qualityloop.benchmarks;
