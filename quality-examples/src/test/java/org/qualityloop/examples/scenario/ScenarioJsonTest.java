package org.qualityloop.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.TouchpointId;

/**
 * The JSON form of a scenario: the built-in scenarios round-trip, the bundled sample reads, and
 * each kind of mistake in a file is reported with the field and the line and column of its value.
 */
class ScenarioJsonTest {

    private static final Path SAMPLE = Path.of("src/main/resources/scenarios/service-centre.json");

    @ParameterizedTest
    @ValueSource(strings = {"business-travel", "hotel", "passenger-transport"})
    void builtInScenario_roundTripsThroughJson(String name) {
        Scenario s = Scenarios.builtIn(name).orElseThrow();
        String json = ScenarioJson.write(s);
        Scenario back = ScenarioJson.read(json, name + ".json");
        assertThat(ScenarioJson.write(back)).isEqualTo(json);
        assertThat(back.process()).isEqualTo(s.process());
        assertThat(back.slaPolicy()).isEqualTo(s.slaPolicy());
        assertThat(back.kpis()).isEqualTo(s.kpis());
        assertThat(back.steps()).isEqualTo(s.steps());
        assertThat(back.demand()).isEqualTo(s.demand());
        assertThat(back.feedback()).isEqualTo(s.feedback());
        assertThat(back.desk()).isEqualTo(s.desk());
        assertThat(back.surveys()).isEqualTo(s.surveys());
        assertThat(back.improvements()).isEqualTo(s.improvements());
        assertThat(back.calendar().weeklySchedule()).isEqualTo(s.calendar().weeklySchedule());
        assertThat(back.calendar().yearlyExceptions()).isEqualTo(s.calendar().yearlyExceptions());
    }

    @Test
    void sample_readsWithDefaultsForWhatItLeavesOut() throws IOException {
        Scenario s = ScenarioJson.read(SAMPLE);
        assertThat(s.name()).isEqualTo("service-centre");
        assertThat(s.process().stages()).extracting(st -> st.id().value())
                .containsExactly("contact", "diagnosis", "delivery", "follow-up");
        assertThat(s.kpi(KpiId.of("first-contact-resolution"))).get()
                .satisfies(k -> assertThat(k.measure().kind()).isEqualTo(MeasureKind.FIRST_CONTACT_RESOLUTION));
        assertThat(s.step(TouchpointId.of("chatbot")).orElseThrow().group()).contains("contact");
        // Saturday mornings are working time; 1 January is a holiday.
        assertThat(s.calendar().weeklySchedule().get(java.time.DayOfWeek.SATURDAY)).hasSize(1);
        assertThat(s.calendar().yearlyExceptions()).containsKey(java.time.MonthDay.of(1, 1));
        // Left out: the desk's handling times, the feedback channels, the SERVQUAL means.
        assertThat(s.desk().agents()).isEqualTo(8);
        assertThat(s.desk().firstContact()).isEqualTo(LogNormal.of("PT6M", "PT15M"));
        assertThat(s.feedback().invalidShare()).isEqualTo(0.04);
        assertThat(s.feedback().channels()).isNotEmpty();
        assertThat(s.surveys().servqual()).hasSize(5);
        assertThat(s.improvements()).extracting(Improvement::name).containsExactly("delivery-checklist", "placebo");
        assertThat(s.kpis()).allSatisfy(k -> k.definition().stage().ifPresent(st ->
                assertThat(s.process().stage(st)).isPresent()));
        assertThat(s.kpi(KpiId.of("service-accuracy")).orElseThrow().measure().stage()).contains(StageId.of("delivery"));
    }

    @Test
    void sample_isTheBundledScenario() throws IOException {
        assertThat(ScenarioJson.write(Scenarios.load("service-centre"))).isEqualTo(ScenarioJson.write(ScenarioJson.read(SAMPLE)));
    }

    // ------------------------------------------------------------------ errors

    private static String sample() throws IOException {
        return Files.readString(SAMPLE);
    }

    /** The line (from 1) and column of the first occurrence of {@code text} in {@code json}. */
    private static int[] position(String json, String text) {
        int at = json.indexOf(text);
        assertThat(at).as("'%s' in the sample", text).isNotNegative();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (json.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, at - lineStart + 1};
    }

    private static ScenarioFormatException error(String json) {
        try {
            ScenarioJson.read(json, "broken.json");
        } catch (ScenarioFormatException e) {
            return e;
        }
        throw new AssertionError("expected a ScenarioFormatException");
    }

    private static String replaceOnce(String json, String from, String to) {
        assertThat(json).contains(from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    @Test
    void outOfRangeValue_namesTheFieldItsLineAndTheRule() throws IOException {
        String json = replaceOnce(sample(), "\"use\": 0.3", "\"use\": 1.3");
        ScenarioFormatException e = error(json);
        int[] pos = position(json, "1.3");
        assertThat(e.field()).isEqualTo("steps[1].use");
        assertThat(e.line()).isEqualTo(pos[0]);
        assertThat(e.column()).isEqualTo(pos[1]);
        assertThat(e.getMessage()).isEqualTo("broken.json:" + pos[0] + ":" + pos[1]
                + ": steps[1].use: use must be between 0 and 1, but was 1.3");
    }

    @Test
    void unknownTouchpoint_inAStep_isReportedWhereItIsNamed() throws IOException {
        String json = replaceOnce(sample(), "{\"touchpoint\": \"case-diagnosis\"", "{\"touchpoint\": \"case-diagnoses\"");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("steps[3].touchpoint");
        assertThat(e.line()).isEqualTo(position(json, "\"case-diagnoses\"")[0]);
        assertThat(e.problem()).isEqualTo("touchpoint must be a touchpoint of the process, but was 'case-diagnoses';"
                + " did you mean case-diagnosis?");
    }

    @Test
    void unknownField_isReportedWithTheFieldsThatAreKnown() throws IOException {
        String json = replaceOnce(sample(), "\"casesPerDay\": 600", "\"casesPerDai\": 600, \"casesPerDay\": 600");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("demand.casesPerDai");
        assertThat(e.line()).isEqualTo(position(json, "casesPerDai")[0]);
        assertThat(e.problem()).isEqualTo("unknown field 'casesPerDai' (did you mean 'casesPerDay'?); expected one of"
                + " [casesPerCustomer, casesPerDay, hourly, segments, weekendFactor]");
    }

    @Test
    void missingField_namesTheObjectThatLacksIt() throws IOException {
        String json = replaceOnce(sample(), "\"duration\": {\"median\": \"PT1H\", \"p90\": \"PT3H\"},", "");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("steps[4]");
        assertThat(e.problem()).isEqualTo("field 'duration' is missing");
        assertThat(e.line()).isEqualTo(position(json, "{\"touchpoint\": \"service-delivery\"")[0]);
    }

    @Test
    void wrongType_andBadDuration_andBadEnum() throws IOException {
        String json = replaceOnce(sample(), "\"agents\": 8", "\"agents\": \"eight\"");
        assertThat(error(json).getMessage()).contains(":" + position(json, "\"eight\"")[0] + ":")
                .endsWith("desk.agents: must be a number, but was a string");

        json = replaceOnce(sample(), "\"PT8M\"", "\"8 minutes\"");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("steps[0].duration.median");
        assertThat(e.problem()).isEqualTo("median must be an ISO-8601 duration such as PT30M or P2D, but was '8 minutes'");

        json = replaceOnce(sample(), "\"failureKind\": \"PEOPLE\"", "\"failureKind\": \"HUMAN\"");
        assertThat(error(json).problem()).isEqualTo("failureKind must be one of [SYSTEM, PROCESS, PEOPLE, COMMUNICATION,"
                + " EXPECTATION_GAP], but was 'HUMAN'");
    }

    @Test
    void medianAboveP90_isReportedAtTheDistribution() throws IOException {
        String json = replaceOnce(sample(), "{\"median\": \"PT2H\", \"p90\": \"PT12H\"}", "{\"median\": \"PT2H\", \"p90\": \"PT1H\"}");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("steps[3].duration.p90");
        assertThat(e.problem()).isEqualTo("p90 must be at least the median PT2H, but was PT1H");
    }

    @Test
    void modelTypeRule_givesTheModelsOwnMessageAtItsLine() throws IOException {
        // A KPI where higher is better must not be "at risk" above its target.
        String json = replaceOnce(sample(), "\"target\": 95, \"atRisk\": 90", "\"target\": 95, \"atRisk\": 97");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("kpis[0].definition");
        assertThat(e.line()).isEqualTo(position(sample(), "{\"definition\": {\"id\": \"service-accuracy\"")[0]);
        assertThat(e.problem()).contains("atRisk");

        // A touchpoint on a stage the process does not have.
        json = replaceOnce(sample(), "\"stage\": \"diagnosis\", \"phase\"", "\"stage\": \"triage\", \"phase\"");
        e = error(json);
        assertThat(e.field()).startsWith("process");
        assertThat(e.problem()).contains("triage");
    }

    @Test
    void unknownKpiInAnImprovement_andUnknownChangeType() throws IOException {
        String json = replaceOnce(sample(), "\"expected\": [\"service-accuracy\"]", "\"expected\": [\"accuracy\"]");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("improvements[0].expected[0]");
        assertThat(e.problem()).isEqualTo("expected must name KPIs of the scenario, but 'accuracy' is not one");

        json = replaceOnce(sample(), "\"type\": \"step-failure\"", "\"type\": \"step-faster\"");
        assertThat(error(json).problem()).isEqualTo("type must be one of [step-duration, step-failure, agents,"
                + " handling-time, satisfaction], but was 'step-faster'");
    }

    @Test
    void calendarMistakes() throws IOException {
        String json = replaceOnce(sample(), "\"SATURDAY\": [\"09:00-13:00\"]", "\"SATURDAY\": [\"9-13\"]");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("calendar.hours.SATURDAY[0]");
        assertThat(e.problem()).isEqualTo("interval must look like 09:00-17:00, but was '9-13'");

        json = replaceOnce(sample(), "\"zone\": \"Asia/Shanghai\"", "\"zone\": \"Asia/Peking\"");
        assertThat(error(json).problem()).isEqualTo("zone must be a known IANA time zone, but was 'Asia/Peking'");

        json = replaceOnce(sample(), "\"--05-03\"", "\"May 3\"");
        assertThat(error(json).field()).isEqualTo("calendar.holidays[3]");
    }

    @Test
    void malformedJson_andDuplicateKeys_areReportedAtTheirLine() throws IOException {
        String json = replaceOnce(sample(), "\"casesPerDay\": 600,", "\"casesPerDay\": 600");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEmpty();
        assertThat(e.line()).isEqualTo(position(json, "\"weekendFactor\"")[0]);
        assertThat(e.problem()).startsWith("malformed JSON: ");

        json = replaceOnce(sample(), "\"casesPerDay\": 600,", "\"casesPerDay\": 600, \"casesPerDay\": 700,");
        e = error(json);
        assertThat(e.line()).isEqualTo(position(json, "\"casesPerDay\": 700")[0]);
        assertThat(e.problem()).contains("Duplicate field 'casesPerDay'");

        assertThat(error("").problem()).isEqualTo("the document is empty");
        assertThat(error("[]").problem()).isEqualTo("must be an object, but was an array");
    }

    @Test
    void file_namesItselfInMessages(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.json");
        Files.writeString(f, "{\"name\": \"Mine\"}");
        assertThatThrownBy(() -> ScenarioJson.read(f)).isInstanceOf(ScenarioFormatException.class)
                .satisfies(t -> {
                    ScenarioFormatException e = (ScenarioFormatException) t;
                    assertThat(e.getMessage()).startsWith("mine.json has 10 errors:\nmine.json:1:1: field 'title' is missing\n");
                    assertThat(e.errors().get(9).format("mine.json")).isEqualTo("mine.json:1:10: name: name must be 1"
                            + " to 64 lower-case letters, digits, '-' or '_' starting with a letter, but was 'Mine'");
                    // the required parts left out are reported too, at the object that lacks them
                    assertThat(e.errors()).extracting(ScenarioFormatException.FormatError::problem)
                            .contains("field 'title' is missing", "field 'process' is missing",
                                    "field 'steps' is missing", "field 'desk' is missing");
                });
    }

    @Test
    void fileWithFiveMistakes_reportsAllFiveInOnePass_inFileOrder() throws IOException {
        String json = sample();
        json = replaceOnce(json, "\"phase\": \"CONSULTATION\"", "\"phase\": \"CONSULTATON\"");
        json = replaceOnce(json, "\"weekendFactor\": 0.25", "\"weekendFactr\": 0.25");
        json = replaceOnce(json, "\"use\": 0.3", "\"use\": 1.3");
        json = replaceOnce(json, "\"failureKind\": \"PEOPLE\"", "\"failureKind\": \"PEOPEL\"");
        json = replaceOnce(json, "\"agents\": 8", "\"agents\": \"eight\"");
        ScenarioFormatException e = error(json);

        assertThat(e.errors()).extracting(ScenarioFormatException.FormatError::field).containsExactly(
                "process.touchpoints[0].phase", "demand.weekendFactr", "steps[0].failureKind", "steps[1].use",
                "desk.agents");
        assertThat(e.errors()).extracting(ScenarioFormatException.FormatError::line).containsExactly(
                position(json, "\"CONSULTATON\"")[0], position(json, "\"weekendFactr\"")[0],
                position(json, "\"PEOPEL\"")[0], position(json, "1.3")[0], position(json, "\"eight\"")[0]);
        assertThat(e.errors()).extracting(ScenarioFormatException.FormatError::problem).containsExactly(
                "phase must be one of [INFORMATION, CONSULTATION, DELIVERY, FOLLOW_UP], but was 'CONSULTATON';"
                        + " did you mean CONSULTATION?",
                "unknown field 'weekendFactr' (did you mean 'weekendFactor'?); expected one of [casesPerCustomer,"
                        + " casesPerDay, hourly, segments, weekendFactor]",
                "failureKind must be one of [SYSTEM, PROCESS, PEOPLE, COMMUNICATION, EXPECTATION_GAP], but was"
                        + " 'PEOPEL'; did you mean PEOPLE?",
                "use must be between 0 and 1, but was 1.3",
                "must be a number, but was a string");
        // the first error is the exception's own; the message lists all five, one a line
        assertThat(e.field()).isEqualTo("process.touchpoints[0].phase");
        assertThat(e.line()).isEqualTo(position(json, "\"CONSULTATON\"")[0]);
        assertThat(e.column()).isEqualTo(position(json, "\"CONSULTATON\"")[1]);
        assertThat(e.getMessage().lines()).hasSize(6).first().isEqualTo("broken.json has 5 errors:");
        assertThat(e.getMessage().lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("broken.json:"));
    }

    @Test
    void unknownEnumValue_listsTheAllowedValues_andSuggestsOnlyANearOne() throws IOException {
        // far from every name: the allowed values, no guess
        String json = replaceOnce(sample(), "\"failureKind\": \"PEOPLE\"", "\"failureKind\": \"HUMAN\"");
        assertThat(error(json).problem()).isEqualTo("failureKind must be one of [SYSTEM, PROCESS, PEOPLE,"
                + " COMMUNICATION, EXPECTATION_GAP], but was 'HUMAN'");
        // in a part read with the model's shape: the project's words, not Jackson's
        json = replaceOnce(sample(), "\"priority\": \"URGENT\"", "\"priority\": \"urgent\"");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("slaPolicy.rules[0].priority");
        assertThat(e.line()).isEqualTo(position(json, "\"urgent\"")[0]);
        assertThat(e.problem()).startsWith("priority must be one of [").endsWith("], but was 'urgent'; did you mean"
                + " URGENT?").doesNotContain("Cannot deserialize", "Enum class");
        // a key that must name a constant
        json = replaceOnce(sample(), "\"SATURDAY\": [\"09:00-13:00\"]", "\"SATERDAY\": [\"09:00-13:00\"]");
        assertThat(error(json).problem()).isEqualTo("hours keys must be a day of the week [MONDAY, TUESDAY,"
                + " WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY], but was 'SATERDAY'; did you mean SATURDAY?");
    }

    @Test
    void unknownFieldInAModelPart_suggestsTheNearName() throws IOException {
        String json = replaceOnce(sample(), "\"nonEmptyStages\": true", "\"nonEmptyStage\": true");
        ScenarioFormatException e = error(json);
        assertThat(e.field()).isEqualTo("process.nonEmptyStage");
        assertThat(e.line()).isEqualTo(position(json, "\"nonEmptyStage\"")[0]);
        assertThat(e.problem()).startsWith("unknown field 'nonEmptyStage' (did you mean 'nonEmptyStages'?)");

        // left out altogether: missing, in the project's words
        json = replaceOnce(sample(), ",\n    \"nonEmptyStages\": true", "");
        e = error(json);
        assertThat(e.field()).isEqualTo("process");
        assertThat(e.problem()).isEqualTo("field 'nonEmptyStages' is missing");
    }
}
