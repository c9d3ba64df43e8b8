package org.qualityloop.jackson.contract;

import java.util.Map;
import org.qualityloop.insight.ProcessGraph;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.model.Stage;
import org.qualityloop.model.Touchpoint;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.ServiceFailure;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPause;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.survey.NpsResponse;
import org.qualityloop.model.survey.SurveyContext;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;

/**
 * The one table from golden file to type: {@code json-fixtures/<name>.json} holds one
 * representative document of the type ({@code Feedback-erased} holds feedback after a deletion
 * request). Both JSON modules' fixture tests read this table.
 */
public final class FixtureTypes {

    /** The schema-1 case history, read and replayed rather than bound to one type. */
    public static final String HISTORY_V1 = "history-v1.json";

    /** File name without {@code .json} to the type it holds. */
    public static final Map<String, Class<?>> TYPES = Map.ofEntries(
            Map.entry("Stage", Stage.class),
            Map.entry("Touchpoint", Touchpoint.class),
            Map.entry("CustomerRef", CustomerRef.class),
            Map.entry("Validity", Validity.class),
            Map.entry("Feedback", Feedback.class),
            Map.entry("Feedback-erased", Feedback.class),
            Map.entry("ServiceFailure", ServiceFailure.class),
            Map.entry("Money", Money.class),
            Map.entry("RecoveryAction", RecoveryAction.class),
            Map.entry("SurveyContext", SurveyContext.class),
            Map.entry("NpsResponse", NpsResponse.class),
            Map.entry("KpiDefinition", KpiDefinition.class),
            Map.entry("SlaPolicy", SlaPolicy.class),
            Map.entry("SlaPause", SlaPause.class),
            Map.entry("SlaClock", SlaClock.class),
            Map.entry("CaseOutcome", CaseOutcome.class),
            Map.entry("CaseEvent", CaseEvent.class),
            Map.entry("CaseSnapshot", CaseSnapshot.class),
            Map.entry("SlaExplanation", org.qualityloop.workflow.cases.SlaExplanation.class),
            Map.entry("NpsAccumulator", NpsAccumulator.class),
            Map.entry("CsatAccumulator", CsatAccumulator.class),
            Map.entry("CesAccumulator", CesAccumulator.class),
            Map.entry("TimeDistribution", TimeDistribution.class),
            Map.entry("FirstContactResolution", FirstContactResolution.class),
            Map.entry("HandlingTime", HandlingTime.class),
            Map.entry("SlaCompliance", SlaCompliance.class),
            Map.entry("ComplaintRate", ComplaintRate.class),
            Map.entry("CaseOutcomeRates", CaseOutcomeRates.class),
            Map.entry("ImprovementActionExecution", ImprovementActionExecution.class),
            Map.entry("BacklogAge", BacklogAge.class),
            Map.entry("KanoTally", KanoTally.class),
            Map.entry("ServqualAccumulator", ServqualAccumulator.class),
            Map.entry("ProcessGraph", ProcessGraph.class));

    private FixtureTypes() {
    }
}
