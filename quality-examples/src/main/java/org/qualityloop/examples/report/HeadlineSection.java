package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.kpi.KpiUnit;

/**
 * The top of the report, read at a glance: a tile per headline KPI (its name, value with unit,
 * target and status) and a short written summary in a quality manager's words ("NPS 35.0
 * points, target at least 40 points: at risk."), followed by any sentences the caller adds (such
 * as an improvement's verdict).
 *
 * <pre>{@code
 * HeadlineSection top = HeadlineSection.of("At a glance", scorecard)
 *         .withNote("The faster approval node significantly improved the approval turnaround.");
 * }</pre>
 *
 * <p>Values are shown with one number of decimals per unit, NPS in points and rates in percent;
 * KPIs are named by their display name, never by their id. The section
 * {@linkplain #hasData() has no data} when the scorecard has no KPI. Immutable and thread-safe.
 *
 * @param title the section's heading, not blank
 * @param scorecard the graded KPIs, not null
 * @param tiles the KPIs shown as tiles, in display order; each a KPI of the scorecard, each once
 * @param notes sentences added after the generated summary, in order; none blank
 */
public record HeadlineSection(String title, KpiScorecard scorecard, List<KpiId> tiles, List<String> notes)
        implements ReportSection {

    /** The most tiles {@link #of(String, KpiScorecard)} picks. */
    public static final int DEFAULT_TILES = 6;

    /**
     * Validates and copies the fields.
     *
     * @param title the section's heading, not blank
     * @param scorecard the graded KPIs, not null
     * @param tiles the KPIs shown as tiles, in display order; each a KPI of the scorecard, each once
     * @param notes sentences added after the generated summary, in order; none blank
     * @throws IllegalArgumentException if a tile is not a KPI of the scorecard or repeats, or a
     *     note is blank
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public HeadlineSection {
        title = Inputs.title(title);
        Valid.notNull(scorecard, "scorecard");
        tiles = Valid.listCopy(tiles, "tiles");
        Set<KpiId> seen = new HashSet<>();
        for (int i = 0; i < tiles.size(); i++) {
            KpiId id = tiles.get(i);
            if (scorecard.row(id).isEmpty()) {
                throw new IllegalArgumentException("tiles[" + i + "] must be a KPI of the scorecard, but was '"
                        + id.value() + "'");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("tiles must be distinct, but '" + id.value()
                        + "' appeared more than once");
            }
        }
        notes = Inputs.labels(notes, "notes");
    }

    /**
     * A headline of the KPIs most in need of attention: the NPS KPIs first, then missed, at risk,
     * met and unmeasured KPIs, each group in the scorecard's order, at most
     * {@value #DEFAULT_TILES} tiles.
     *
     * @param title the section's heading, not blank
     * @param scorecard the graded KPIs, not null
     * @return the section, without notes
     */
    public static HeadlineSection of(String title, KpiScorecard scorecard) {
        Valid.notNull(scorecard, "scorecard");
        List<KpiScorecard.Row> rows = new ArrayList<>(scorecard.rows());
        rows.sort(Comparator.comparingInt(HeadlineSection::priority)); // stable: scorecard order within a group
        return new HeadlineSection(title, scorecard,
                rows.stream().limit(DEFAULT_TILES).map(r -> r.definition().id()).toList(), List.of());
    }

    private static int priority(KpiScorecard.Row row) {
        if (row.definition().unit() == KpiUnit.NPS) {
            return 0;
        }
        return row.status().map(s -> switch (s) {
            case MISSED -> 1;
            case AT_RISK -> 2;
            case MET -> 3;
        }).orElse(4);
    }

    /**
     * Returns this headline with other tiles.
     *
     * @param kpis the KPIs to show, in display order; each a KPI of the scorecard, each once
     * @return a copy with these tiles
     */
    public HeadlineSection withTiles(List<KpiId> kpis) {
        return new HeadlineSection(title, scorecard, kpis, notes);
    }

    /**
     * Returns this headline with one more sentence after the summary.
     *
     * @param sentence the sentence, not blank and not already present
     * @return a copy with the sentence at the end
     */
    public HeadlineSection withNote(String sentence) {
        List<String> more = new ArrayList<>(notes);
        more.add(Valid.notNull(sentence, "sentence"));
        return new HeadlineSection(title, scorecard, tiles, more);
    }

    /**
     * Returns the rows of the tiles, in display order.
     *
     * @return the scorecard rows of {@link #tiles()}
     */
    public List<KpiScorecard.Row> tileRows() {
        return tiles.stream().map(id -> scorecard.row(id).orElseThrow()).toList();
    }

    /**
     * Returns the written summary: the count of KPIs per status, then one sentence per missed
     * and per at-risk KPI with its value, target and status (missed first), then the notes.
     *
     * @return the sentences, in order; empty when the scorecard has no KPI
     */
    public List<String> summary() {
        List<String> out = new ArrayList<>();
        if (scorecard.rows().isEmpty()) {
            return out;
        }
        KpiScorecard.Counts c = scorecard.counts();
        int total = scorecard.rows().size();
        StringBuilder b = new StringBuilder();
        b.append("Of ").append(total).append(total == 1 ? " KPI, " : " KPIs, ").append(c.met()).append(" met ")
                .append(total == 1 ? "its" : "their").append(" target, ").append(c.atRisk()).append(" at risk, ")
                .append(c.missed()).append(" missed");
        if (c.noData() > 0) {
            b.append(" and ").append(c.noData()).append(c.noData() == 1 ? " has" : " have").append(" no data");
        }
        out.add(b.append('.').toString());
        for (KpiStatus status : List.of(KpiStatus.MISSED, KpiStatus.AT_RISK)) {
            for (KpiScorecard.Row row : scorecard.rows()) {
                if (row.status().filter(s -> s == status).isPresent()) {
                    out.add(sentence(row));
                }
            }
        }
        if (c.missed() == 0 && c.atRisk() == 0 && c.met() > 0) {
            out.add("Every measured KPI meets its target.");
        }
        out.addAll(notes);
        return out;
    }

    /** One KPI in a sentence: {@code NPS 35.0 points, target at least 40 points: at risk.} */
    static String sentence(KpiScorecard.Row row) {
        return row.definition().name() + " " + row.measured().map(v -> Texts.value(v, row.definition().unit()))
                .orElse("not measured") + ", target " + Texts.target(row.definition()) + ": "
                + Texts.status(row.status().orElse(null)) + ".";
    }

    /**
     * Tells whether there is a KPI to summarise.
     *
     * @return {@code false} when the scorecard has no KPI
     */
    @Override
    public boolean hasData() {
        return !scorecard.rows().isEmpty();
    }
}
