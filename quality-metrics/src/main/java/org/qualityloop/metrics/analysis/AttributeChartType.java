package org.qualityloop.metrics.analysis;

/** The Shewhart attribute control charts (NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.3). */
public enum AttributeChartType {
    /** Proportion nonconforming per sample; sample sizes may vary. */
    P,
    /** Number nonconforming per sample of a constant size. */
    NP,
    /** Number of nonconformities (defects, complaints) per sample of a constant opportunity. */
    C,
    /** Nonconformities per unit of opportunity; the opportunity may vary. */
    U
}
