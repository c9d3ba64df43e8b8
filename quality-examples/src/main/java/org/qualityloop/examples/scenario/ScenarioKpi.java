package org.qualityloop.examples.scenario;

import java.util.Objects;
import org.qualityloop.model.kpi.KpiDefinition;

/**
 * A KPI of a scenario: its definition (target, direction, unit, stage) and what it measures in a
 * run. Immutable.
 *
 * @param definition the KPI definition, not null
 * @param measure what it measures, not null; its unit must fit the measure
 */
public record ScenarioKpi(KpiDefinition definition, Measure measure) {

    /**
     * Validates the KPI.
     *
     * @param definition the KPI definition, not null
     * @param measure what it measures, not null; its unit must fit the measure
     * @throws IllegalArgumentException when the definition's unit does not fit the measure
     */
    public ScenarioKpi {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(measure, "measure");
        if (!measure.kind().units().contains(definition.unit())) {
            throw new IllegalArgumentException("unit of KPI '" + definition.id().value() + "' must be one of "
                    + measure.kind().units() + " for measure " + measure.kind() + ", but was " + definition.unit());
        }
    }

    /**
     * A KPI.
     *
     * @param definition the definition
     * @param measure what it measures
     * @return the KPI
     */
    public static ScenarioKpi of(KpiDefinition definition, Measure measure) {
        return new ScenarioKpi(definition, measure);
    }
}
