package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.FeedbackLifecycle;

/** The README's quality-insight example, compiled and run so that it cannot drift. */
class ReadmeInsightExampleTest {

    /** Stands in for the application's logger. */
    static final class Log {
        final List<String> lines = new ArrayList<>();

        void info(String line) {
            lines.add(line);
        }
    }

    @Test
    void readmeExample() {
        FeedbackLifecycle lifecycle = SlaWhatIfTest.OFFICE;
        SlaPolicy proposedPolicy = SlaWhatIfTest.B;
        List<List<CaseEvent>> closedHistories = List.of(SlaWhatIfTest.X, SlaWhatIfTest.Y, SlaWhatIfTest.Z);
        Log log = new Log();

        // from the README
        DwellTimes dwell = DwellTimes.of(lifecycle);
        ProcessMap map = ProcessMap.of(lifecycle);
        SlaWhatIf whatIf = SlaWhatIf.policy(lifecycle, lifecycle, proposedPolicy);
        for (List<CaseEvent> history : closedHistories) {
            dwell.add(history);
            map.add(history);
            whatIf.add(history);
        }
        dwell.ranking(DwellMeasure.TEAM_WORKING);
        dwell.bottleneck(DwellMeasure.TEAM_WORKING)
                .filter(b -> b.significantAt(0.05)).ifPresent(b -> log.info("bottleneck: " + b.node().node().name()));
        String mermaid = map.result(100).toMermaid();
        whatIf.result().forEach(t -> log.info(t.target().code() + " " + t.complianceBefore() + " -> "
                + t.complianceAfter() + ", flips to breached: " + t.nowBreached().size()));

        assertThat(mermaid).startsWith("flowchart LR");
        assertThat(log.lines).hasSize(2).last().asString().startsWith("resolution ").endsWith("flips to breached: 1");
    }
}
