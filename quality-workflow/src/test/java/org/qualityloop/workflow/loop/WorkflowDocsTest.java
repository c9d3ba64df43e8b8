package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.workflow.cases.CaseEventType;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.machine.Transition;

/** docs/workflow.md shows exactly the state changes of the standard lifecycle. */
class WorkflowDocsTest {

    @Test
    void documentedDiagram_matchesTheStateChangingTransitions() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "workflow.md"));
        Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(block.find()).isTrue();
        Set<String> documented = new LinkedHashSet<>();
        for (String line : block.group(1).split("\n")) {
            String l = line.strip();
            if (l.contains(" : ")) {
                documented.add(l);
            }
        }
        FeedbackLifecycle lifecycle =
                FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));
        Set<String> changes = new LinkedHashSet<>();
        for (String line : lifecycle.machine().toMermaid().split("\n")) {
            String l = line.strip();
            if (l.contains(" : ")) {
                String[] parts = l.split(" --> | : ");
                if (!parts[0].equals(parts[1])) {
                    changes.add(l);
                }
            }
        }
        assertThat(documented).isEqualTo(changes);
        for (Transition<CaseState, CaseEventType> t : lifecycle.machine().transitions()) {
            assertThat(doc).contains(t.event().name());
        }
    }
}
