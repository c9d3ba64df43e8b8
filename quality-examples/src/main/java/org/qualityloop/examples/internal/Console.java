package org.qualityloop.examples.internal;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qualityloop.examples.report.ControlChartSection;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioKpi;
import org.qualityloop.examples.scenario.Statistic;
import org.qualityloop.examples.simulation.Comparison;
import org.qualityloop.examples.simulation.DailyChart;
import org.qualityloop.examples.simulation.KpiChange;
import org.qualityloop.examples.simulation.SimulationResult;
import org.qualityloop.insight.DwellMeasure;
import org.qualityloop.insight.DwellTimes;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaQuadrant;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.ParetoEntry;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.kpi.KpiStatus;
import org.qualityloop.model.kpi.KpiUnit;
import org.qualityloop.model.sla.SlaTarget;

/**
 * Prints a run's results on the console for a quality manager: the KPI scorecard per stage and
 * overall with each KPI's target, missed threshold and scale, NPS with its confidence interval,
 * SLA compliance per target in lifecycle order, what the workflow engine did, the Pareto of
 * complaint categories (process suggestions counted apart), control-chart alarms above or below
 * the centre line, the survey analyses and an improvement's before/after table (percentages in
 * percentage points, NPS in points). Numbers follow {@link Units}; columns are as wide as their
 * widest cell, so no name is cut. Everything printed is a function of the results, so the same
 * seed prints the same text; the throughput line is printed by the caller. Stateless and
 * thread-safe. Not exported.
 */
public final class Console {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ROOT);
    private static final int PARETO_ROWS = 10;
    private static final int ALARM_DAYS = 6;

    private Console() {
    }

    /**
     * Prints a run.
     *
     * @param scenario the scenario run
     * @param r its result
     * @param out where to print
     */
    public static void print(Scenario scenario, SimulationResult r, PrintStream out) {
        SimulationResult.Run run = r.run();
        out.printf(Locale.ROOT, "Quality Loop harness: %s (%s), seed %d%n", run.title(), run.scenario(), run.seed());
        out.printf(Locale.ROOT, "%s service cases from %s to %s (%s); %s feedback cases through the workflow engine%n",
                count(run.cases()), DAY.format(run.firstDay()), DAY.format(run.lastDay()), run.zone(),
                count(run.feedbackCases()));
        out.println();
        scorecard(scenario, r.scorecard(), out);
        nps(r, out);
        sla(r, out);
        workflow(r.workflow(), out);
        pareto(r, out);
        charts(scenario, r, out);
        surveys(scenario, r, out);
        SimulationResult.Insights insights = r.insights();
        InsightConsole.printJourneyTimes(insights.journeyTimes(), DwellMeasure.WORKING, out);
        DwellTimes dwell = insights.dwellTimes();
        InsightConsole.printDwellTimes(dwell.ranking(DwellMeasure.WORKING), DwellMeasure.WORKING,
                dwell.bottleneck(DwellMeasure.WORKING), out);
        InsightConsole.printRecoveryParadox(insights.recoveryParadox(), out);
        insights.breachedSlaExample().ifPresent(e -> {
            out.println("== Why a sample case breached its SLA");
            e.text().lines().forEach(l -> out.println("  " + l));
            out.println();
        });
    }

    private static void scorecard(Scenario scenario, KpiScorecard card, PrintStream out) {
        out.println("== KPI scorecard (measured in the run, graded against each KPI's target and at-risk threshold)");
        Table t = new Table("LLRLLL", "stage", "KPI", "measured", "target", "missed", "status");
        for (KpiScorecard.Row row : card.rows()) {
            KpiDefinition d = row.definition();
            boolean higher = d.direction() == KpiDirection.HIGHER_IS_BETTER;
            int decimals = row.measured().map(v -> Units.graded(d, v)).orElse(Units.decimals(d.unit()));
            String scale = Units.scale(scenario, d);
            t.row(d.stage().map(Object::toString).orElse("-"), d.name() + statistic(scenario, d.id()),
                    row.measured().map(v -> Units.measured(scenario, d, v)).orElse("no data"),
                    (higher ? ">= " : "<= ") + Units.number(d.target(), decimals) + Units.suffix(d.unit()) + scale,
                    d.atRisk().compareTo(d.target()) == 0 ? "short of the target"
                            : (higher ? "< " : "> ") + Units.number(d.atRisk(), decimals) + Units.suffix(d.unit()),
                    row.status().map(Console::status).orElse("NO DATA"));
        }
        t.print(out);
        out.println("  met: the target reached; AT RISK: short of the target, not beyond the missed threshold;"
                + " MISSED: beyond it");
        StringBuilder stages = new StringBuilder();
        for (Map.Entry<org.qualityloop.model.StageId, List<KpiScorecard.Row>> e : card.rowsByStage().entrySet()) {
            if (stages.length() > 0) {
                stages.append("; ");
            }
            stages.append(e.getKey()).append(' ').append(counts(card.counts(e.getKey())));
        }
        if (!card.rowsWithoutStage().isEmpty()) {
            stages.append(stages.length() > 0 ? "; " : "").append("no stage ").append(counts(card.countsWithoutStage()));
        }
        out.println("  per stage: " + stages);
        out.println("  overall:   " + counts(card.counts()));
        out.println();
    }

    private static String statistic(Scenario scenario, KpiId id) {
        return scenario.kpi(id).map(ScenarioKpi::measure)
                .filter(m -> m.statistic() != Statistic.MEAN)
                .map(m -> " (" + m.statistic().name().toLowerCase(Locale.ROOT) + ")").orElse("");
    }

    private static String counts(KpiScorecard.Counts c) {
        StringBuilder b = new StringBuilder();
        b.append(c.met()).append(" met, ").append(c.atRisk()).append(" at risk, ").append(c.missed()).append(" missed");
        if (c.noData() > 0) {
            b.append(", ").append(c.noData()).append(" no data");
        }
        return b.toString();
    }

    static String status(KpiStatus s) {
        return switch (s) {
            case MET -> "met";
            case AT_RISK -> "AT RISK";
            case MISSED -> "MISSED";
        };
    }

    static String value(BigDecimal v, KpiUnit unit) {
        return Units.value(v, unit);
    }

    private static void nps(SimulationResult r, PrintStream out) {
        out.println("== Customer surveys");
        Optional<NpsResult> nps = r.nps();
        if (nps.isEmpty()) {
            out.println("  no survey answers");
        } else {
            NpsResult n = nps.get();
            out.printf(Locale.ROOT, "  NPS %s on -100 to 100 (95 %% CI %s to %s, adjusted Wald) from %s answers:"
                    + " %s %% promoters, %s %% passives, %s %% detractors%n", Units.number(n.score(), 1),
                    Units.number(n.adjustedWald().lower(), 1), Units.number(n.adjustedWald().upper(), 1),
                    count(n.responses()), Units.number(100.0 * n.promoters() / n.responses(), 1),
                    Units.number(100.0 * n.passives() / n.responses(), 1),
                    Units.number(100.0 * n.detractors() / n.responses(), 1));
        }
        r.surveys().csat().ifPresent(c -> out.printf(Locale.ROOT,
                "  CSAT %.2f of 5 from %s stage answers (top-2 box %.1f %%)%n", c.mean(), count(c.responses()),
                100 * c.topTwoBoxShare()));
        r.surveys().ces().ifPresent(c -> out.printf(Locale.ROOT, "  CES %.2f of 7 (7 = very easy) from %s answers%n",
                c.mean(), count(c.responses())));
        out.println();
    }

    private static void sla(SimulationResult r, PrintStream out) {
        out.println("== SLA compliance per target, in lifecycle order (valid feedback cases; working time on the"
                + " service calendar)");
        if (r.slaCompliance().isEmpty()) {
            out.println("  no feedback case ran an SLA target");
        }
        Table t = new Table("LRRR", "target", "met", "cases met", "breached");
        for (SlaTarget target : Units.lifecycleOrder(r.slaCompliance().keySet())) {
            Proportion p = r.slaCompliance().get(target);
            t.row(Units.name(target), Units.number(p.percent(), 1) + " %", count(p.numerator()),
                    count(p.denominator() - p.numerator()));
        }
        if (!r.slaCompliance().isEmpty()) {
            t.print(out);
        }
        out.println();
    }

    private static void workflow(SimulationResult.Workflow w, PrintStream out) {
        out.println("== Feedback workflow (quality-workflow case engine on the simulated clock)");
        out.printf(Locale.ROOT, "  %s commands executed, %s rejected; SLA monitor recorded %s warnings and %s breaches;"
                + " %s escalations%n", count(w.commands()), count(w.rejectedCommands()), count(w.slaWarnings()),
                count(w.slaBreaches()), count(w.escalations()));
        long valid = w.confirmed() + w.unreachable();
        out.printf(Locale.ROOT, "  closed: %s confirmed by the customer, %s unreachable, %s rejected as invalid; %s open"
                + " at the end%n", count(w.confirmed()), count(w.unreachable()), count(w.rejected()), count(w.open()));
        out.printf(Locale.ROOT, "  reopened after an unsatisfied follow-up: %s (%s); knowledge-base entries: %s;"
                + " agent utilisation while cases arrived: %.0f %%%n", count(w.reopened()),
                valid == 0 ? "-" : String.format(Locale.ROOT, "%.1f %%", 100.0 * w.reopened() / valid),
                count(w.knowledgeEntries()), 100 * w.agentUtilisation());
        for (String rejection : w.rejections()) {
            out.println("  rejected: " + rejection);
        }
        out.println();
    }

    private static void pareto(SimulationResult r, PrintStream out) {
        out.println("== Complaint categories (Pareto of valid feedback cases other than process suggestions;"
                + " * = vital few up to 80 %)");
        Map<FeedbackCategory, Long> complaints = new LinkedHashMap<>();
        long suggestions = 0;
        int suggestionCategories = 0;
        for (ParetoEntry<FeedbackCategory> e : r.complaints().map(Pareto::entries).orElse(List.of())) {
            if (e.category().isWithin(FeedbackCategory.PROCESS_SUGGESTION)) {
                suggestions += e.count();
                suggestionCategories++;
            } else {
                complaints.put(e.category(), e.count());
            }
        }
        Optional<Pareto<FeedbackCategory>> pareto = Pareto.of(complaints);
        if (pareto.isEmpty()) {
            out.println("  no valid complaint");
        } else {
            List<ParetoEntry<FeedbackCategory>> entries = pareto.get().entries();
            Table t = new Table("LRRRL", "category", "cases", "share", "cumulative", "");
            for (int i = 0; i < Math.min(PARETO_ROWS, entries.size()); i++) {
                ParetoEntry<FeedbackCategory> e = entries.get(i);
                t.row(e.category().code(), count(e.count()), Units.number(100 * e.share(), 1) + " %",
                        Units.number(100 * e.cumulativeShare(), 1) + " %", e.vitalFew() ? "*" : "");
            }
            if (entries.size() > PARETO_ROWS) {
                long rest = entries.subList(PARETO_ROWS, entries.size()).stream().mapToLong(ParetoEntry::count).sum();
                t.row("others (" + (entries.size() - PARETO_ROWS) + " more categories)", count(rest), "", "", "");
            }
            t.print(out);
        }
        if (suggestions > 0) {
            out.printf(Locale.ROOT, "  process suggestions, not counted as complaints: %s in %d %s%n", count(suggestions),
                    suggestionCategories, suggestionCategories == 1 ? "category" : "categories");
        }
        out.println();
    }

    private static void charts(Scenario scenario, SimulationResult r, PrintStream out) {
        out.println("== Control charts (3-sigma limits from a baseline period, Western Electric rules; as in the report)");
        for (DailyChart c : r.controlCharts()) {
            ControlChartSection section = HtmlReport.controlChart(scenario, r, c);
            boolean proportion = c.valueLabel().equals("proportion");
            out.printf(Locale.ROOT, "  %s of the %s%n", c.chartType(), lowerFirst(c.title()));
            if (!section.hasData()) {
                out.println("    no data");
                continue;
            }
            Map<Integer, ChartPoint> byIndex = new LinkedHashMap<>();
            section.points().forEach(p -> byIndex.put(p.index(), p));
            Map<Integer, List<String>> rules = new LinkedHashMap<>();
            for (RuleViolation v : section.violations()) {
                rules.computeIfAbsent(v.index(), k -> new ArrayList<>()).add(rule(v));
            }
            double centre = section.points().get(0).centre();
            int alarms = rules.size();
            String period = c.points().size() == section.points().size() ? "days" : "periods (days grouped)";
            out.printf(Locale.ROOT, "    %d %s, centre %s; %s%n", section.points().size(), period,
                    proportion ? Units.number(100 * centre, 2) + " %"
                            : Units.number(centre, 1) + " " + c.valueLabel(),
                    alarms == 0 ? "no alarm" : alarms == 1 ? "1 alarm:" : alarms + " alarms:");
            int shown = 0;
            for (Map.Entry<Integer, List<String>> e : rules.entrySet()) {
                if (shown++ == ALARM_DAYS) {
                    out.printf(Locale.ROOT, "    ... and %d more%n", rules.size() - ALARM_DAYS);
                    break;
                }
                ChartPoint p = byIndex.get(e.getKey());
                String side = p.value() > p.centre() ? "above the centre line"
                        : p.value() < p.centre() ? "below the centre line" : "on the centre line";
                String label = section.labels().isEmpty() ? "#" + (e.getKey() + 1) : section.labels().get(e.getKey());
                out.printf(Locale.ROOT, "    %s  %s  %s: %s%n", label,
                        proportion ? String.format(Locale.ROOT, "%6s %%", Units.number(100 * p.value(), 2))
                                : String.format(Locale.ROOT, "%8s", Units.number(p.value(), 1)), side,
                        String.join(", ", e.getValue()));
            }
            section.basis().ifPresent(b -> out.println("    " + b));
        }
        out.println();
    }

    private static String rule(RuleViolation v) {
        return switch (v.rule()) {
            case NELSON_1, WESTERN_ELECTRIC_1 -> "beyond the limits";
            case NELSON_2 -> "9 on one side";
            case NELSON_3 -> "6 trending";
            case NELSON_4 -> "14 alternating";
            case NELSON_5, WESTERN_ELECTRIC_2 -> "2 of 3 beyond 2 sigma";
            case NELSON_6, WESTERN_ELECTRIC_3 -> "4 of 5 beyond 1 sigma";
            case NELSON_7 -> "15 within 1 sigma";
            case NELSON_8 -> "8 outside 1 sigma";
            case WESTERN_ELECTRIC_4 -> "8 on one side of the centre";
        };
    }

    private static void surveys(Scenario scenario, SimulationResult r, PrintStream out) {
        SimulationResult.SurveyResults s = r.surveys();
        out.println("== Survey analyses");
        boolean defaults = scenario.surveys().servqual().equals(Defaults.servqual());
        s.servqual().ifPresentOrElse(q -> {
            StringBuilder b = new StringBuilder();
            q.dimensionGaps().forEach((d, g) -> b.append(b.length() > 0 ? ", " : "")
                    .append(d).append(' ').append(Units.signed(BigDecimal.valueOf(g), 2)));
            out.printf(Locale.ROOT, "  SERVQUAL gaps (perception - expectation, %s respondents%s): %s; overall %s%n",
                    count(q.respondents()), defaults ? "; built-in defaults, not measured: the scenario configures"
                            + " no SERVQUAL means" : "", b, Units.signed(BigDecimal.valueOf(q.overallGap()), 2));
        }, () -> out.println("  SERVQUAL: no respondents"));
        IpaGrid.meanCentred(s.ipa()).ifPresent(ipa -> {
            Map<IpaQuadrant, List<String>> by = new LinkedHashMap<>();
            for (IpaQuadrant q : IpaQuadrant.values()) {
                by.put(q, new ArrayList<>());
            }
            ipa.quadrants().forEach((a, q) -> by.get(q).add(a));
            StringBuilder b = new StringBuilder();
            by.forEach((q, attrs) -> {
                if (!attrs.isEmpty()) {
                    b.append(b.length() > 0 ? "; " : "").append(q.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                            .append(": ").append(String.join(", ", attrs));
                }
            });
            out.println("  importance-performance (mean-centred): " + b);
        });
        if (!s.kano().isEmpty()) {
            StringBuilder b = new StringBuilder();
            s.kano().forEach((f, counts) -> KanoTally.of(counts).classification().ifPresent(c -> b
                    .append(b.length() > 0 ? ", " : "").append(f).append(' ').append(kano(c))));
            out.println("  Kano: " + b);
        }
        out.println();
    }

    private static String kano(KanoCategory c) {
        return switch (c) {
            case MUST_BE -> "must-be";
            case ONE_DIMENSIONAL -> "one-dimensional";
            case ATTRACTIVE -> "attractive";
            case INDIFFERENT -> "indifferent";
            case REVERSE -> "reverse";
            case QUESTIONABLE -> "questionable";
        };
    }

    /**
     * Prints an improvement run.
     *
     * @param c the comparison
     * @param out where to print
     */
    public static void print(Comparison c, PrintStream out) {
        out.printf(Locale.ROOT, "== Improvement run: %s%n", c.improvement().name());
        out.println("  " + c.improvement().description());
        c.improvement().changes().forEach(ch -> out.println("  change: " + ch.describe()));
        if (c.improvement().isPlacebo()) {
            out.println("  change: none (placebo)");
        }
        out.printf(Locale.ROOT, "  before: seed %d; after: the same period with an independent random stream (seed %d)%n",
                c.before().run().seed(), c.after().run().seed());
        Table t = new Table("LRRRLRRL", "KPI", "before", "after", "change", "test", "p", "p (Holm)", "");
        for (KpiChange k : c.changes()) {
            KpiDefinition d = k.kpi();
            String flag = k.significant() ? (k.improved() ? "significantly better" : "significantly worse") : "";
            t.row((k.expected() ? "> " : "  ") + d.name(), k.before().map(v -> value(v, d.unit())).orElse("-"),
                    k.after().map(v -> value(v, d.unit())).orElse("-"), Units.change(k), test(k.test()),
                    k.result().map(x -> p(x.pValue())).orElse("-"), k.result().isPresent() ? p(k.adjustedP()) : "-",
                    flag);
        }
        t.print(out);
        out.println("  > = KPIs the change is expected to improve (judged at alpha 0.05, Holm-adjusted within"
                + " them); the others are adjusted among themselves; pp = percentage points");
        out.printf(Locale.ROOT, "  verdict: %s%n", Units.verdict(c));
        out.println();
    }

    private static String test(KpiChange.Test t) {
        return switch (t) {
            case TWO_PROPORTION_Z -> "2-proportion z";
            case MANN_WHITNEY_U -> "Mann-Whitney U";
            case WELCH_T -> "Welch t";
        };
    }

    private static String p(double p) {
        return p < 0.0001 ? "<0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A text table whose columns are as wide as their widest cell, so that nothing is cut. */
    static final class Table {
        private final String align;
        private final List<String[]> rows = new ArrayList<>();

        /**
         * A table with a header row.
         *
         * @param align one letter per column: L for left-aligned, R for right-aligned
         * @param header the header cells
         */
        Table(String align, String... header) {
            if (align.length() != header.length) {
                throw new IllegalArgumentException("align must have one letter per column (" + header.length
                        + "), but had " + align.length());
            }
            this.align = align;
            rows.add(header);
        }

        void row(String... cells) {
            if (cells.length != align.length()) {
                throw new IllegalArgumentException("a row must have " + align.length() + " cells, but had "
                        + cells.length);
            }
            rows.add(cells);
        }

        void print(PrintStream out) {
            int[] width = new int[align.length()];
            for (String[] r : rows) {
                for (int i = 0; i < r.length; i++) {
                    width[i] = Math.max(width[i], r[i].length());
                }
            }
            for (String[] r : rows) {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < r.length; i++) {
                    if (width[i] == 0) {
                        continue;
                    }
                    b.append("  ");
                    String pad = " ".repeat(width[i] - r[i].length());
                    b.append(align.charAt(i) == 'R' ? pad + r[i] : r[i] + pad);
                }
                out.println(b.toString().stripTrailing());
            }
        }
    }
}
