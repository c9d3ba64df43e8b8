package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.databind.Module;
import java.util.Objects;
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
     * Registers the mapping on a module's set-up context.
     *
     * @param context the context, not null
     */
    public static void setup(Module.SetupContext context) {
        Objects.requireNonNull(context, "context");
        context.setMixInAnnotations(NpsAccumulator.class, MetricsMixIns.Nps.class);
        context.setMixInAnnotations(CsatAccumulator.class, MetricsMixIns.Csat.class);
        context.setMixInAnnotations(CesAccumulator.class, MetricsMixIns.Ces.class);
        context.setMixInAnnotations(TimeDistribution.class, MetricsMixIns.Time.class);
        context.setMixInAnnotations(FirstContactResolution.class, MetricsMixIns.Fcr.class);
        context.setMixInAnnotations(HandlingTime.class, MetricsMixIns.Aht.class);
        context.setMixInAnnotations(SlaCompliance.class, MetricsMixIns.Sla.class);
        context.setMixInAnnotations(ComplaintRate.class, MetricsMixIns.Complaints.class);
        context.setMixInAnnotations(CaseOutcomeRates.class, MetricsMixIns.Outcomes.class);
        context.setMixInAnnotations(ImprovementActionExecution.class, MetricsMixIns.Actions.class);
        context.setMixInAnnotations(BacklogAge.class, MetricsMixIns.Backlog.class);
        context.setMixInAnnotations(KanoTally.class, MetricsMixIns.Kano.class);
        context.setMixInAnnotations(ServqualInstrument.class, MetricsMixIns.Instrument.class);
        context.setMixInAnnotations(ServqualAccumulator.class, MetricsMixIns.Servqual.class);
        context.setMixInAnnotations(KpiScorecard.class, MetricsMixIns.Scorecard.class);
    }
}
