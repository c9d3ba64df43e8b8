package org.qualityloop.examples.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.insight.GroupScores;
import org.qualityloop.insight.RecoveryComparison;
import org.qualityloop.insight.RecoveryGroup;
import org.qualityloop.insight.RecoveryParadox;
import org.qualityloop.model.feedback.RecoveryActionKind;

/**
 * The service-recovery paradox as tables: NPS and satisfaction of customers whose failure was
 * recovered, who never met a failure, and whose failure was not recovered, each with its 95 %
 * interval; the same for each kind of recovery action that succeeded; and the tests comparing
 * the recovered group with the other two ({@link RecoveryParadox}).
 *
 * <p>The section {@linkplain #hasData() has no data} when no group has an answer. Immutable and
 * thread-safe.
 *
 * @param title the section's heading, not blank
 * @param groups the scores of each group, in display order; not null
 * @param byAction the scores of recovered customers per kind of action that succeeded, in
 *     display order; only kinds with an answer; not null
 * @param comparisons the groups compared, in display order; not null
 */
public record RecoveryParadoxSection(String title, Map<RecoveryGroup, GroupScores> groups,
        Map<RecoveryActionKind, GroupScores> byAction, List<RecoveryComparison> comparisons)
        implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the section's heading, not blank
     * @param groups the scores of each group; not null
     * @param byAction the scores per kind of recovery action; not null
     * @param comparisons the groups compared; not null
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException naming the field if an argument, key or value is null
     */
    public RecoveryParadoxSection {
        title = Inputs.title(title);
        groups = ordered(groups, "groups");
        byAction = ordered(byAction, "byAction");
        comparisons = Valid.listCopy(comparisons, "comparisons");
    }

    private static <K, V> Map<K, V> ordered(Map<K, V> map, String field) {
        Valid.notNull(map, field);
        Map<K, V> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new NullPointerException(field + " must not contain null keys or values");
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Shows every group, every kind of recovery action with an answer, and the recovered group
     * compared with the customers who never failed and with those not recovered.
     *
     * @param title the section's heading, not blank
     * @param paradox the accumulated answers, not null; read, not changed
     * @return the section
     */
    public static RecoveryParadoxSection of(String title, RecoveryParadox paradox) {
        Valid.notNull(paradox, "paradox");
        Map<RecoveryGroup, GroupScores> groups = new LinkedHashMap<>();
        for (RecoveryGroup g : List.of(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED,
                RecoveryGroup.NOT_RECOVERED)) {
            groups.put(g, paradox.group(g));
        }
        Map<RecoveryActionKind, GroupScores> actions = new EnumMap<>(RecoveryActionKind.class);
        for (RecoveryActionKind k : RecoveryActionKind.values()) {
            GroupScores s = paradox.byAction(k);
            if (s.nps().isPresent() || s.satisfaction().isPresent()) {
                actions.put(k, s);
            }
        }
        return new RecoveryParadoxSection(title, groups, actions,
                List.of(paradox.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NEVER_FAILED),
                        paradox.compare(RecoveryGroup.RECOVERED, RecoveryGroup.NOT_RECOVERED)));
    }

    /**
     * Tells whether a group has an answer.
     *
     * @return {@code false} when no group has an NPS answer or a rating
     */
    @Override
    public boolean hasData() {
        return groups.values().stream().anyMatch(s -> s.nps().isPresent() || s.satisfaction().isPresent());
    }
}
