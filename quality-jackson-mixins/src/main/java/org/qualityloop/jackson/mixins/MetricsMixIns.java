package org.qualityloop.jackson.mixins;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.CesForm;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.metrics.analysis.ServqualInstrument;

/**
 * Mix-ins that map the {@code quality-metrics} types to the JSON documented in
 * {@code docs/json.md}. They use only {@code com.fasterxml.jackson.annotation} annotations on the
 * types' public factories and accessors, so reading goes through the same validating factory a
 * caller uses. Every property is required and {@code null} is refused for every count
 * ({@link Nulls#FAIL}), whatever the mapper's own configuration.
 *
 * <p>A mix-in's factory is never called: Jackson reads only its signature and annotations and
 * calls the target type's factory of the same signature. Each body delegates to that factory so
 * that the two cannot differ.
 */
final class MetricsMixIns {

    private MetricsMixIns() {
    }

    @JsonPropertyOrder({"promoters", "passives", "detractors"})
    abstract static class Nps {
        @JsonCreator
        static NpsAccumulator of(
                @JsonProperty(value = "promoters", required = true) @JsonSetter(nulls = Nulls.FAIL) long promoters,
                @JsonProperty(value = "passives", required = true) @JsonSetter(nulls = Nulls.FAIL) long passives,
                @JsonProperty(value = "detractors", required = true) @JsonSetter(nulls = Nulls.FAIL) long detractors) {
            return NpsAccumulator.of(promoters, passives, detractors);
        }

        @JsonProperty("promoters")
        abstract long promoters();

        @JsonProperty("passives")
        abstract long passives();

        @JsonProperty("detractors")
        abstract long detractors();
    }

    @JsonPropertyOrder({"scaleMin", "counts"})
    abstract static class Csat {
        @JsonCreator
        static CsatAccumulator of(
                @JsonProperty(value = "scaleMin", required = true) @JsonSetter(nulls = Nulls.FAIL) int scaleMin,
                @JsonProperty(value = "counts", required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
                List<Long> counts) {
            return CsatAccumulator.of(scaleMin, counts);
        }

        @JsonProperty("scaleMin")
        abstract int scaleMin();

        @JsonProperty("counts")
        abstract List<Long> counts();
    }

    @JsonPropertyOrder({"form", "counts"})
    abstract static class Ces {
        @JsonCreator
        static CesAccumulator of(
                @JsonProperty(value = "form", required = true) @JsonSetter(nulls = Nulls.FAIL) CesForm form,
                @JsonProperty(value = "counts", required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
                List<Long> counts) {
            return CesAccumulator.of(form, counts);
        }

        @JsonProperty("form")
        abstract CesForm form();

        @JsonProperty("counts")
        abstract List<Long> counts();
    }

    @JsonPropertyOrder({"count", "sumMillis", "minMillis", "maxMillis", "zeroCount", "binOffset", "bins",
        "exactMillis"})
    abstract static class Time {
        @JsonCreator
        static TimeDistribution of(
                @JsonProperty(value = "count", required = true) @JsonSetter(nulls = Nulls.FAIL) long count,
                @JsonProperty(value = "sumMillis", required = true) @JsonSetter(nulls = Nulls.FAIL) long sumMillis,
                @JsonProperty(value = "minMillis", required = true) @JsonSetter(nulls = Nulls.FAIL) long minMillis,
                @JsonProperty(value = "maxMillis", required = true) @JsonSetter(nulls = Nulls.FAIL) long maxMillis,
                @JsonProperty(value = "zeroCount", required = true) @JsonSetter(nulls = Nulls.FAIL) long zeroCount,
                @JsonProperty(value = "binOffset", required = true) @JsonSetter(nulls = Nulls.FAIL) int binOffset,
                @JsonProperty(value = "bins", required = true) @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL)
                List<Long> bins,
                @JsonProperty(value = "exactMillis", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<Long> exactMillis) {
            return TimeDistribution.of(count, sumMillis, minMillis, maxMillis, zeroCount, binOffset, bins, exactMillis);
        }

        @JsonProperty("count")
        abstract long count();

        @JsonProperty("sumMillis")
        abstract long sumMillis();

        @JsonProperty("minMillis")
        abstract long minMillis();

        @JsonProperty("maxMillis")
        abstract long maxMillis();

        @JsonProperty("zeroCount")
        abstract long zeroCount();

        @JsonProperty("binOffset")
        abstract int binOffset();

        @JsonProperty("bins")
        abstract List<Long> bins();

        @JsonProperty("exactMillis")
        abstract List<Long> exactMillis();
    }

    @JsonPropertyOrder({"repeatWindow", "issues", "resolved"})
    abstract static class Fcr {
        @JsonCreator
        static FirstContactResolution of(
                @JsonProperty("repeatWindow") Optional<Duration> repeatWindow,
                @JsonProperty(value = "issues", required = true) @JsonSetter(nulls = Nulls.FAIL) long issues,
                @JsonProperty(value = "resolved", required = true) @JsonSetter(nulls = Nulls.FAIL) long resolved) {
            return FirstContactResolution.of(repeatWindow, issues, resolved);
        }

        @JsonProperty("repeatWindow")
        @JsonInclude(JsonInclude.Include.NON_ABSENT)
        abstract Optional<Duration> repeatWindow();

        @JsonProperty("issues")
        abstract long issues();

        @JsonProperty("resolved")
        abstract long resolved();
    }

    @JsonPropertyOrder({"contacts", "talkMillis", "holdMillis", "wrapUpMillis"})
    abstract static class Aht {
        @JsonCreator
        static HandlingTime of(
                @JsonProperty(value = "contacts", required = true) @JsonSetter(nulls = Nulls.FAIL) long contacts,
                @JsonProperty(value = "talkMillis", required = true) @JsonSetter(nulls = Nulls.FAIL) long talkMillis,
                @JsonProperty(value = "holdMillis", required = true) @JsonSetter(nulls = Nulls.FAIL) long holdMillis,
                @JsonProperty(value = "wrapUpMillis", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long wrapUpMillis) {
            return HandlingTime.of(contacts, talkMillis, holdMillis, wrapUpMillis);
        }

        @JsonProperty("contacts")
        abstract long contacts();

        @JsonProperty("talkMillis")
        abstract long talkMillis();

        @JsonProperty("holdMillis")
        abstract long holdMillis();

        @JsonProperty("wrapUpMillis")
        abstract long wrapUpMillis();
    }

    @JsonPropertyOrder({"met", "breached", "running"})
    abstract static class Sla {
        @JsonCreator
        static SlaCompliance of(
                @JsonProperty(value = "met", required = true) @JsonSetter(nulls = Nulls.FAIL) long met,
                @JsonProperty(value = "breached", required = true) @JsonSetter(nulls = Nulls.FAIL) long breached,
                @JsonProperty(value = "running", required = true) @JsonSetter(nulls = Nulls.FAIL) long running) {
            return SlaCompliance.of(met, breached, running);
        }

        @JsonProperty("met")
        abstract long met();

        @JsonProperty("breached")
        abstract long breached();

        @JsonProperty("running")
        abstract long running();
    }

    @JsonPropertyOrder({"complaints", "volume"})
    abstract static class Complaints {
        @JsonCreator
        static ComplaintRate of(
                @JsonProperty(value = "complaints", required = true) @JsonSetter(nulls = Nulls.FAIL) long complaints,
                @JsonProperty(value = "volume", required = true) @JsonSetter(nulls = Nulls.FAIL) long volume) {
            return ComplaintRate.of(complaints, volume);
        }

        @JsonProperty("complaints")
        abstract long complaints();

        @JsonProperty("volume")
        abstract long volume();
    }

    @JsonPropertyOrder({"closed", "resolved", "reopened"})
    abstract static class Outcomes {
        @JsonCreator
        static CaseOutcomeRates of(
                @JsonProperty(value = "closed", required = true) @JsonSetter(nulls = Nulls.FAIL) long closed,
                @JsonProperty(value = "resolved", required = true) @JsonSetter(nulls = Nulls.FAIL) long resolved,
                @JsonProperty(value = "reopened", required = true) @JsonSetter(nulls = Nulls.FAIL) long reopened) {
            return CaseOutcomeRates.of(closed, resolved, reopened);
        }

        @JsonProperty("closed")
        abstract long closed();

        @JsonProperty("resolved")
        abstract long resolved();

        @JsonProperty("reopened")
        abstract long reopened();
    }

    @JsonPropertyOrder({"completedOnTime", "completedLate", "overdue", "cancelled"})
    abstract static class Actions {
        @JsonCreator
        static ImprovementActionExecution of(
                @JsonProperty(value = "completedOnTime", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long completedOnTime,
                @JsonProperty(value = "completedLate", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long completedLate,
                @JsonProperty(value = "overdue", required = true) @JsonSetter(nulls = Nulls.FAIL) long overdue,
                @JsonProperty(value = "cancelled", required = true) @JsonSetter(nulls = Nulls.FAIL) long cancelled) {
            return ImprovementActionExecution.of(completedOnTime, completedLate, overdue, cancelled);
        }

        @JsonProperty("completedOnTime")
        abstract long completedOnTime();

        @JsonProperty("completedLate")
        abstract long completedLate();

        @JsonProperty("overdue")
        abstract long overdue();

        @JsonProperty("cancelled")
        abstract long cancelled();
    }

    @JsonPropertyOrder({"under10Days", "from10To30Days", "over30Days"})
    abstract static class Backlog {
        @JsonCreator
        static BacklogAge of(
                @JsonProperty(value = "under10Days", required = true) @JsonSetter(nulls = Nulls.FAIL) long under10Days,
                @JsonProperty(value = "from10To30Days", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long from10To30Days,
                @JsonProperty(value = "over30Days", required = true) @JsonSetter(nulls = Nulls.FAIL) long over30Days) {
            return BacklogAge.of(under10Days, from10To30Days, over30Days);
        }

        @JsonProperty("under10Days")
        abstract long under10Days();

        @JsonProperty("from10To30Days")
        abstract long from10To30Days();

        @JsonProperty("over30Days")
        abstract long over30Days();
    }

    abstract static class Kano {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static KanoTally of(Map<KanoCategory, Long> counts) {
            return KanoTally.of(counts);
        }

        @JsonValue
        abstract Map<KanoCategory, Long> counts();
    }

    @JsonPropertyOrder({"itemDimensions", "reverseScored", "scaleMin", "scaleMax"})
    abstract static class Instrument {
        @JsonCreator
        Instrument(
                @JsonProperty(value = "itemDimensions", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<String> itemDimensions,
                @JsonProperty(value = "reverseScored", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) Set<Integer> reverseScored,
                @JsonProperty(value = "scaleMin", required = true) @JsonSetter(nulls = Nulls.FAIL) int scaleMin,
                @JsonProperty(value = "scaleMax", required = true) @JsonSetter(nulls = Nulls.FAIL) int scaleMax) {
        }

        @JsonProperty("itemDimensions")
        abstract List<String> itemDimensions();

        @JsonProperty("reverseScored")
        abstract Set<Integer> reverseScored();

        @JsonProperty("scaleMin")
        abstract int scaleMin();

        @JsonProperty("scaleMax")
        abstract int scaleMax();
    }

    @JsonPropertyOrder({"instrument", "respondents", "expectationSums", "perceptionSums", "weightedRespondents",
        "weightSums", "weightedScoreSum"})
    abstract static class Servqual {
        @JsonCreator
        static ServqualAccumulator of(
                @JsonProperty(value = "instrument", required = true) @JsonSetter(nulls = Nulls.FAIL)
                ServqualInstrument instrument,
                @JsonProperty(value = "respondents", required = true) @JsonSetter(nulls = Nulls.FAIL) long respondents,
                @JsonProperty(value = "expectationSums", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<Long> expectationSums,
                @JsonProperty(value = "perceptionSums", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<Long> perceptionSums,
                @JsonProperty(value = "weightedRespondents", required = true) @JsonSetter(nulls = Nulls.FAIL)
                long weightedRespondents,
                @JsonProperty(value = "weightSums", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<Double> weightSums,
                @JsonProperty(value = "weightedScoreSum", required = true) @JsonSetter(nulls = Nulls.FAIL)
                double weightedScoreSum) {
            return ServqualAccumulator.of(instrument, respondents, expectationSums, perceptionSums, weightedRespondents,
                    weightSums, weightedScoreSum);
        }

        @JsonProperty("instrument")
        abstract ServqualInstrument instrument();

        @JsonProperty("respondents")
        abstract long respondents();

        @JsonProperty("expectationSums")
        abstract List<Long> expectationSums();

        @JsonProperty("perceptionSums")
        abstract List<Long> perceptionSums();

        @JsonProperty("weightedRespondents")
        abstract long weightedRespondents();

        @JsonProperty("weightSums")
        abstract List<Double> weightSums();

        @JsonProperty("weightedScoreSum")
        abstract double weightedScoreSum();
    }

    abstract static class Scorecard {
        @JsonCreator
        static KpiScorecard ofRows(
                @JsonProperty(value = "rows", required = true)
                @JsonSetter(nulls = Nulls.FAIL, contentNulls = Nulls.FAIL) List<KpiScorecard.Row> rows) {
            return KpiScorecard.ofRows(rows);
        }

        @JsonProperty("rows")
        abstract List<KpiScorecard.Row> rows();
    }
}
