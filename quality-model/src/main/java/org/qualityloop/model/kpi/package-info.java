/**
 * KPI definitions as data: what is measured, in which unit, which direction is better, the
 * target, the at-risk threshold and how often it is reviewed. The SMART KPIs of the seed
 * documents' monitoring tables are expressible as {@link org.qualityloop.model.kpi.KpiDefinition}s.
 */
package org.qualityloop.model.kpi;
