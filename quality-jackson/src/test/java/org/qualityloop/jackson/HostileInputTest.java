package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.model.Stage;
import org.qualityloop.model.feedback.Validity;
import org.qualityloop.model.sla.SlaPause;

/**
 * The inputs the hostile-input suite ({@link HostileJsonProperties}) found refused badly, each
 * with the input that showed it: refused with a message naming the field, bounded and without the
 * input's text.
 */
class HostileInputTest {

    private static IllegalArgumentException refusal(String json, Class<?> type) {
        return catchThrowableOfType(IllegalArgumentException.class, () -> QualityLoopJson.read(json, type));
    }

    @Test
    void duplicateKey_inANestedObjectReadFromABuffer_isNamed() {
        String json = "{\"instrument\":{\"itemDimensions\":[\"a\",\"b\"],\"reverseScored\":[],\"scaleMin\":1,"
                + "\"scaleMax\":5,\"itemDimensions\":[\"a\",\"b\"]},\"respondents\":0,\"expectationSums\":[0,0],"
                + "\"perceptionSums\":[0,0],\"weightedRespondents\":0,\"weightSums\":[0.0,0.0],\"weightedScoreSum\":0.0}";
        assertThat(refusal(json, ServqualAccumulator.class)).hasMessage(
                "cannot read ServqualAccumulator from JSON: duplicate key \"itemDimensions\" at instrument");
    }

    @Test
    void nestingBeyondTheBound_isRefusedNamingWhere() {
        String deep = "[".repeat(3000) + "]".repeat(3000);
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> CaseHistoryJson.read("[{\"schema\":1,\"x\":" + deep + "}]")).getMessage())
                .startsWith("cannot read a case history from JSON: nesting deeper than 64 levels at [0].x[0][0]")
                .hasSizeLessThan(160);
    }

    @Test
    void textBeyondTheBound_isRefusedWithoutRepeatingIt() {
        String json = "{\"id\":\"s\",\"name\":\"" + "x".repeat(100_001) + "\"}";
        assertThat(refusal(json, Stage.class))
                .hasMessage("cannot read Stage from JSON: a text longer than 100000 characters at name");
    }

    @Test
    void numberBeyondTheBound_orOutOfRange_isRefusedNamingTheField() {
        assertThat(refusal("{\"promoters\":" + "9".repeat(2000) + ",\"passives\":0,\"detractors\":0}",
                NpsAccumulator.class))
                .hasMessage("cannot read NpsAccumulator from JSON: a number longer than 100 characters at promoters");
        assertThat(refusal("{\"promoters\":9223372036854775808,\"passives\":0,\"detractors\":0}",
                NpsAccumulator.class).getMessage())
                .startsWith("cannot read NpsAccumulator from JSON: expected ").endsWith(" at promoters")
                .doesNotContain("9223372036854775808");
    }

    @Test
    void countsWhoseSumOverflows_nameTheFields() {
        assertThat(refusal("{\"promoters\":9223372036854775807,\"passives\":30,\"detractors\":20}",
                NpsAccumulator.class)).hasMessageStartingWith("promoters + passives + detractors must fit in a long");
        assertThat(refusal("{\"contacts\":1,\"talkMillis\":9223372036854775807,\"holdMillis\":60000,"
                + "\"wrapUpMillis\":60000}", HandlingTime.class))
                .hasMessageStartingWith("talkMillis + holdMillis + wrapUpMillis must fit in a long");
    }

    @Test
    void instantOutsideYears1To9999_andDurationOf100Years_areRefused() {
        assertThat(refusal("{\"from\":\"+10000-01-01T00:00:00Z\",\"to\":\"2026-03-01T08:15:30Z\"}", SlaPause.class))
                .hasMessage("from: instant must be between 0001-01-02T00:00:00Z and 9999-12-30T23:59:59.999999999Z,"
                        + " but was +10000-01-01T00:00:00Z");
        assertThat(QualityLoopJson.read("\"9999-12-30T00:00:00Z\"", Instant.class))
                .isEqualTo(Instant.parse("9999-12-30T00:00:00Z"));
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> QualityLoopJson.read("\"P36525D\"", Duration.class)))
                .hasMessage("duration must be at most PT876576H either way, but was PT876600H");
        assertThat(QualityLoopJson.read("\"P36524D\"", Duration.class)).isEqualTo(Duration.ofDays(36_524));
    }

    @Test
    void kanoNullCount_namesTheCategory() {
        assertThat(refusal("{\"ATTRACTIVE\":null,\"ONE_DIMENSIONAL\":0,\"MUST_BE\":0,\"INDIFFERENT\":0,\"REVERSE\":0,"
                + "\"QUESTIONABLE\":0}", KanoTally.class)).hasMessage("counts[ATTRACTIVE] must not be null");
    }

    @Test
    void csatWithTooManyCounts_namesTheList() {
        String counts = "0,".repeat(1999) + "0";
        assertThat(refusal("{\"scaleMin\":1,\"counts\":[" + counts + "]}", CsatAccumulator.class)).hasMessage(
                "counts must have between 2 and 100 entries (one per rating from scaleMin to at most 100), but had 2000");
    }

    @Test
    void fcrNegativeWindow_namesTheField() {
        assertThat(refusal("{\"repeatWindow\":\"PT-1S\",\"issues\":1,\"resolved\":1}", FirstContactResolution.class))
                .hasMessage("repeatWindow must be positive, but was PT-1S");
    }

    @Test
    void longReasonOrIdentifier_isShortened() {
        String reason = "r".repeat(30_000);
        assertThat(refusal("{\"status\":\"VALID\",\"reason\":\"" + reason + "\"}", Validity.class).getMessage())
                .hasSizeLessThan(120);
    }

    @Test
    void history_malformedOrLongSchema_isRefusedWithoutRepeatingTheInput() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> CaseHistoryJson.read("[{\"schema\":secret-token}]")).getMessage())
                .startsWith("cannot read a case history from JSON: malformed JSON at line 1").doesNotContain("secret");
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> CaseHistoryJson.read("[{\"schema\":\"" + "s".repeat(100_000) + "\"}]")).getMessage())
                .startsWith("history[0]: schema must be an integer between 1 and").hasSizeLessThan(120);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> CaseHistoryJson.read("null")))
                .hasMessage("cannot read a case history from JSON: expected a value, but was null");
    }
}
