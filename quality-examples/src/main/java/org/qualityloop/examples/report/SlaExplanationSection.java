package org.qualityloop.examples.report;

import java.util.Arrays;
import java.util.List;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.workflow.cases.SlaExplanation;

/**
 * Why an SLA clock of a sample case shows what it shows, typically a breached one: the key facts
 * (target, status, allowed and counted working time, deadline) and the explanation's readable
 * text, one fact a line ({@link SlaExplanation#text()}). The explanation holds codes, instants
 * and durations only, never personal data.
 *
 * <p>The section always has data. Immutable and thread-safe.
 *
 * @param title the section's heading, not blank
 * @param explanation the explanation, not null
 */
public record SlaExplanationSection(String title, SlaExplanation explanation) implements ReportSection {

    /**
     * Validates the fields.
     *
     * @param title the section's heading, not blank
     * @param explanation the explanation, not null
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException naming the field if an argument is null
     */
    public SlaExplanationSection {
        title = Inputs.title(title);
        Valid.notNull(explanation, "explanation");
    }

    /**
     * Returns the explanation's text as lines.
     *
     * @return the non-empty lines of {@link SlaExplanation#text()}, in order
     */
    public List<String> lines() {
        return Arrays.stream(explanation.text().split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /**
     * Tells whether there is something to show.
     *
     * @return always {@code true}: an explanation always has its facts
     */
    @Override
    public boolean hasData() {
        return true;
    }
}
