package org.qualityloop.examples.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.Scenarios;
import org.qualityloop.examples.simulation.Simulation;

/**
 * The scenario reader's numbers (reliability issue, item 10): a number no double holds is reported
 * at its file, line and field; a number where a number is expected gets the rule it broke; and a
 * demand or a case count the simulation cannot get through is refused before it starts.
 */
class ScenarioNumbersTest {

    private static final Path SAMPLE = Path.of("src/main/resources/scenarios/service-centre.json");
    private static final String RANGE = "must be a number between " + -Double.MAX_VALUE + " and " + Double.MAX_VALUE;

    private static String sampleWith(String from, String to) throws IOException {
        String json = Files.readString(SAMPLE);
        assertThat(json).contains(from);
        return json.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    private static ScenarioFormatException error(String json) {
        try {
            ScenarioJson.read(json, "broken.json");
        } catch (ScenarioFormatException e) {
            return e;
        }
        throw new AssertionError("expected a ScenarioFormatException");
    }

    @Test
    void exponentTooLargeForAnyNumber_namesFileLineAndField() throws IOException {
        ScenarioFormatException e = error(sampleWith("\"casesPerDay\": 600", "\"casesPerDay\": 1e99999999999"));
        assertThat(e.getMessage()).isEqualTo("broken.json:83:20: demand.casesPerDay: casesPerDay " + RANGE
                + ", but was 1e99999999999");
    }

    @Test
    void numberBeyondTheLargestDouble_isReportedAtItsField() throws IOException {
        ScenarioFormatException e = error(sampleWith("\"casesPerDay\": 600", "\"casesPerDay\": 1e400"));
        assertThat(e.getMessage()).isEqualTo("broken.json:83:20: demand.casesPerDay: casesPerDay " + RANGE
                + ", but was 1E+400");
    }

    @Test
    void numberWithTooManyDigits_namesItsLineAndField() throws IOException {
        ScenarioFormatException e = error(sampleWith("\"casesPerDay\": 600", "\"casesPerDay\": 1" + "0".repeat(1200)));
        assertThat(e.field()).isEqualTo("demand.casesPerDay");
        assertThat(e.line()).isEqualTo(83);
        assertThat(e.problem()).isEqualTo("casesPerDay must be a number of at most 1000 digits, but was longer");
    }

    @Test
    void agentsOutOfRange_saysTheRuleNotThatItIsNoString() throws IOException {
        ScenarioFormatException e = error(sampleWith("\"agents\": 8", "\"agents\": 0"));
        assertThat(e.getMessage()).isEqualTo(
                "broken.json:118:15: desk.agents: agents must be a whole number from 1 to 10000, but was 0");
    }

    @Test
    void arrivalRateThatBringsNoCaseWithinTheHorizon_isRefusedAtItsField() throws IOException {
        ScenarioFormatException e = error(sampleWith("\"casesPerDay\": 600", "\"casesPerDay\": 1e-9"));
        assertThat(e.field()).isEqualTo("demand.casesPerDay");
        assertThat(e.line()).isEqualTo(83);
        assertThat(e.problem()).startsWith("casesPerDay must bring at least one case within the horizon of 36525"
                + " days, so be at least ").endsWith(" with weekendFactor 0.25, but was 1E-9");
    }

    @Test
    void run_whoseCasesWouldNotArriveWithinTheHorizon_isRefusedUpFront() throws IOException {
        Scenario s = ScenarioJson.read(sampleWith("\"casesPerDay\": 600", "\"casesPerDay\": 0.01"), "slow.json");
        Simulation run = Simulation.of(s).cases(1_000);
        // 1000 cases at 0.01 a weekday and 0.0025 a weekend day: 1000 · 7 / 0.055 ≈ 127273 days
        assertThatThrownBy(run::run).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("demand.casesPerDay must bring the 1000 cases within the horizon of 36525 days, but at"
                        + " 0.01 a weekday (weekendFactor 0.25) they would take 127273 days");
    }

    @Test
    void caseCountAboveTheBound_isRefused() {
        Simulation s = Simulation.of(Scenarios.builtIn("hotel").orElseThrow());
        assertThatThrownBy(() -> s.cases(Simulation.MAX_CASES + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cases must be from 1 to 2000000, but was 2000001");
        assertThat(s.cases(Simulation.MAX_CASES).cases()).isEqualTo(Simulation.MAX_CASES);
    }
}
