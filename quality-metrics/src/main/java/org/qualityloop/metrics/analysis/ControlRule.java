package org.qualityloop.metrics.analysis;

/**
 * The run rules that detect special-cause variation on a control chart. Zones are measured in
 * the point's own sigma ({@link ChartPoint#sigma()}), so they follow variable limits.
 *
 * <p>Western Electric rules: Western Electric Co., Statistical Quality Control Handbook, 1956.
 * Nelson rules: L. S. Nelson, "The Shewhart Control Chart — Tests for Special Causes", Journal
 * of Quality Technology 16(4), 1984.
 */
public enum ControlRule {
    /** One point beyond the control limits. */
    WESTERN_ELECTRIC_1,
    /** Two of three consecutive points beyond 2 sigma on the same side. */
    WESTERN_ELECTRIC_2,
    /** Four of five consecutive points beyond 1 sigma on the same side. */
    WESTERN_ELECTRIC_3,
    /** Eight consecutive points on the same side of the centre line. */
    WESTERN_ELECTRIC_4,
    /** One point beyond the control limits. */
    NELSON_1,
    /** Nine consecutive points on the same side of the centre line. */
    NELSON_2,
    /** Six consecutive points steadily increasing or steadily decreasing. */
    NELSON_3,
    /** Fourteen consecutive points alternating up and down. */
    NELSON_4,
    /** Two of three consecutive points beyond 2 sigma on the same side. */
    NELSON_5,
    /** Four of five consecutive points beyond 1 sigma on the same side. */
    NELSON_6,
    /** Fifteen consecutive points within 1 sigma of the centre line, on either side. */
    NELSON_7,
    /** Eight consecutive points beyond 1 sigma, on either side, none within 1 sigma. */
    NELSON_8
}
