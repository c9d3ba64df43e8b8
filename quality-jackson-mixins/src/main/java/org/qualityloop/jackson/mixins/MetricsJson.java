package org.qualityloop.jackson.mixins;

import java.util.Objects;
import java.util.function.BiConsumer;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;

/**
 * The JSON mapping of the {@code quality-metrics} types: mix-ins on the accumulators' public
 * factories from state and their accessors ({@link MetricsMixIns}), no hand-written serializer.
 */
public final class MetricsJson {

    private MetricsJson() {
    }

    /**
     * Registers the mapping: each target type with its mix-in.
     *
     * @param context receives each target type and its mix-in, not null
     */
    public static void setup(BiConsumer<Class<?>, Class<?>> context) {
        Objects.requireNonNull(context, "context");
        context.accept(NpsAccumulator.class, MetricsMixIns.Nps.class);
        context.accept(CsatAccumulator.class, MetricsMixIns.Csat.class);
        context.accept(CesAccumulator.class, MetricsMixIns.Ces.class);
        context.accept(TimeDistribution.class, MetricsMixIns.Time.class);
        context.accept(FirstContactResolution.class, MetricsMixIns.Fcr.class);
        context.accept(HandlingTime.class, MetricsMixIns.Aht.class);
        context.accept(SlaCompliance.class, MetricsMixIns.Sla.class);
        context.accept(ComplaintRate.class, MetricsMixIns.Complaints.class);
        context.accept(CaseOutcomeRates.class, MetricsMixIns.Outcomes.class);
        context.accept(ImprovementActionExecution.class, MetricsMixIns.Actions.class);
        context.accept(BacklogAge.class, MetricsMixIns.Backlog.class);
        context.accept(KanoTally.class, MetricsMixIns.Kano.class);
        context.accept(ServqualInstrument.class, MetricsMixIns.Instrument.class);
        context.accept(ServqualAccumulator.class, MetricsMixIns.Servqual.class);
        context.accept(KpiScorecard.class, MetricsMixIns.Scorecard.class);
    }
}
