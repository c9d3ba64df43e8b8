package org.qualityloop.metrics.analysis;

/**
 * The attribute control charts: Shewhart's p, np, c and u charts (NIST/SEMATECH e-Handbook of
 * Statistical Methods, 6.3.3) and Laney's p′ and u′ charts.
 */
public enum AttributeChartType {
    /** Proportion nonconforming per sample; sample sizes may vary. */
    P,
    /** Number nonconforming per sample of a constant size. */
    NP,
    /** Number of nonconformities (defects, complaints) per sample of a constant opportunity. */
    C,
    /** Nonconformities per unit of opportunity; the opportunity may vary. */
    U,
    /** Laney's p′ chart: a p chart whose limits are widened or narrowed by the observed
     * between-sample variation (see {@link ControlCharts#laneyP(long[], long[])}). */
    P_PRIME,
    /** Laney's u′ chart, the u-chart counterpart of {@link #P_PRIME}. */
    U_PRIME
}
