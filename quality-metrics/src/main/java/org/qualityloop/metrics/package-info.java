/**
 * Streaming, mergeable quality metrics.
 *
 * <p>Each metric is an accumulator: {@code add} an observation (no allocation), {@code merge}
 * another accumulator of the same kind, read a {@code result()}. Merging is associative and
 * commutative in its result, so partial aggregates computed per partition or per day combine
 * into exactly the total; every accumulator has a compact JSON form (through
 * {@code quality-jackson}) so partial aggregates can travel between processes. An
 * accumulator with no observations returns an empty {@link java.util.Optional} as its result,
 * never a NaN.
 *
 * <p>Accumulators are mutable and not thread-safe: confine each one to a thread and merge the
 * partial aggregates. Result records are immutable and thread-safe.
 *
 * <p>Accumulators of survey answers also take the model's responses directly
 * ({@code NpsResponse}, {@code CsatResponse}, {@code CesResponse}), still without allocating.
 * {@link org.qualityloop.metrics.KpiScorecard} grades measured values against the model's KPI
 * definitions: met, at risk, missed, or no data.
 */
package org.qualityloop.metrics;
