package org.qualityloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.scenario.ScenarioJson;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.Simulation;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.examples.testing.ScenarioSpec;
import org.qualityloop.model.kpi.KpiStatus;

/** The README's harness example, run as written so that it cannot drift. */
class ReadmeHarnessExampleTest {

    @Test
    void harnessFromJava_andTheGivenWhenThenApi() throws Exception {
        SimulationResult r = Simulation.of(Scenarios.businessTravel()).seed(42).cases(100_000).run();
        assertThat(r.value("reimbursement-cycle")).contains(new BigDecimal("6.18"));
        assertThat(r.scorecard().counts().total()).isEqualTo(11); // the seed table's 10 and supplier fulfilment
        Comparison c = Simulation.of(ScenarioJson.read(Path.of("src/main/resources/scenarios/service-centre.json")))
                .cases(5_000).compare("placebo");
        assertThat(c.improvement().isPlacebo()).isTrue();

        ScenarioSpec.given("business-travel").seed(42)
                .whenCasesRun(15_000)
                .thenNoCommandRejected()
                .thenKpi("reimbursement-cycle").isBetween(5.5, 7.5)
                .thenKpi("order-accuracy").hasStatus(KpiStatus.AT_RISK);
        ScenarioSpec.given("passenger-transport").seed(42).cases(40_000)
                .whenChangeApplied("ticket-change-ui-fix")
                .thenVerdictHolds()
                .thenKpi("ticket-change-complaints").improvesSignificantly().changesByBetween(-45, -15);
    }
}
