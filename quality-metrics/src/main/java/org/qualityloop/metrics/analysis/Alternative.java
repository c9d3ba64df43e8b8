package org.qualityloop.metrics.analysis;

/**
 * The alternative hypothesis of a {@link BeforeAfter} test, chosen by the caller before looking
 * at the data. "Before" is the first sample and "after" the second, so {@link #GREATER} is the
 * one-sided test that the quantity fell (a complaint rate or a resolution time that was greater
 * before), {@link #LESS} the test that it rose (a satisfaction score that was lower before).
 */
public enum Alternative {
    /** The samples differ in either direction; the p-value counts both tails. */
    TWO_SIDED,
    /** The "before" proportion, mean or values tend to be greater than the "after" ones;
     * the p-value is the upper tail of the statistic. */
    GREATER,
    /** The "before" proportion, mean or values tend to be less than the "after" ones; the
     * p-value is the lower tail of the statistic. */
    LESS
}
