package org.qualityloop.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qualityloop.metrics.KpiScorecard;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.qualityloop.metrics.analysis.ControlRule;
import org.qualityloop.metrics.analysis.IpaQuadrant;
import org.qualityloop.metrics.analysis.RuleViolation;
import org.qualityloop.model.StageId;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;
import org.qualityloop.model.kpi.KpiStatus;

/**
 * Renders a {@link QualityReport} as one self-contained page: the document, its inline style
 * sheet, a table of contents, and each section as a card holding a chart with its caption, a
 * table, or a "no data" note.
 *
 * <p>Stateless and thread-safe.
 */
final class Page {

    /** The XHTML namespace, declared on the root element so that XML tools read the page too. */
    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private static final String STYLE = String.join("\n",
            ":root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f4f5f7;--card:#ffffff}",
            "*{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%}",
            "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"
                    + "\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,\"Noto Sans\",\"DejaVu Sans\",sans-serif}",
            "main{max-width:980px;margin:0 auto;padding:32px 20px 40px}",
            "header{margin:0 0 20px}",
            "h1{font-size:26px;line-height:1.25;margin:0 0 4px}",
            ".subtitle{margin:0;color:var(--muted)}",
            "nav{margin:16px 0 0;font-size:14px}",
            "nav ol{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:6px 8px}",
            "nav a{display:inline-block;padding:2px 10px;border:1px solid var(--line);border-radius:999px;"
                    + "background:var(--card);color:var(--ink);text-decoration:none}",
            "nav a:hover,nav a:focus{border-color:#0072B2;color:#0072B2}",
            "section{background:var(--card);border:1px solid var(--line);border-radius:10px;"
                    + "padding:18px 22px 16px;margin:0 0 20px;box-shadow:0 1px 2px rgba(16,24,40,.04)}",
            "h2{font-size:18px;line-height:1.3;margin:0 0 10px}",
            "figure{margin:0}",
            "svg.chart{display:block;width:100%;height:auto;overflow:visible}",
            "svg.chart text{font-family:inherit}",
            "svg.chart circle:hover,svg.chart path.violation:hover,svg.chart rect.bar:hover{opacity:.75}",
            "figcaption,.caption{margin:8px 0 0;color:var(--muted);font-size:13px}",
            "figcaption ul{margin:4px 0 0;padding-left:18px}",
            ".table-wrap{overflow-x:auto}",
            "table{border-collapse:collapse;width:100%;font-size:14px}",
            "caption{caption-side:top;text-align:left;color:var(--muted);font-size:13px;padding:0 0 8px}",
            "th,td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}",
            "thead th{font-size:12px;font-weight:600;text-transform:uppercase;letter-spacing:.04em;"
                    + "color:var(--muted);border-bottom:2px solid var(--line)}",
            "tbody th{font-weight:600;width:35%}",
            ".num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}",
            ".threshold{display:block;color:var(--muted);font-size:12px}",
            ".status{display:inline-block;min-width:74px;padding:1px 9px;border-radius:999px;font-size:12px;"
                    + "font-weight:600;white-space:nowrap}",
            ".status.met{background:#dcfce7;color:#14532d}",
            ".status.at-risk{background:#fef3c7;color:#7c2d12}",
            ".status.missed{background:#fee2e2;color:#7f1d1d}",
            ".status.no-data{background:#f3f4f6;color:#374151}",
            ".counts{margin:10px 0 0;color:var(--muted);font-size:13px}",
            ".no-data-note{margin:0;padding:18px;border:1px dashed #d1d5db;border-radius:8px;color:var(--muted);"
                    + "text-align:center;background:#fafafa}",
            "footer{color:var(--muted);font-size:12px;text-align:center}",
            Panels.STYLE,
            "@media (max-width:600px){main{padding:20px 10px}section{padding:14px 12px}th,td{padding:6px}}",
            "@media print{body{background:#fff}section{break-inside:avoid;box-shadow:none}nav{display:none}}");

    private Page() {
    }

    static String render(QualityReport report) {
        Markup m = new Markup();
        m.raw("<!DOCTYPE html>\n");
        m.open("html", "xmlns", XHTML, "lang", "en", "xml:lang", "en").raw("\n");
        m.open("head").raw("\n");
        m.leaf("meta", "charset", "utf-8");
        m.leaf("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        m.element("title", report.title());
        m.open("style").raw("\n").raw(STYLE).raw("\n").close("style");
        m.close("head");
        m.open("body").raw("\n");
        m.open("main").raw("\n");
        m.open("header").raw("\n");
        m.element("h1", report.title());
        report.subtitle().ifPresent(subtitle -> m.element("p", subtitle, "class", "subtitle"));
        List<ReportSection> sections = report.sections();
        if (sections.size() > 1) {
            m.open("nav", "aria-label", "Sections").raw("\n").open("ol").raw("\n");
            for (int i = 0; i < sections.size(); i++) {
                m.open("li").inline("a", sections.get(i).title(), "href", "#" + id(i)).close("li");
            }
            m.close("ol").close("nav");
        }
        m.close("header");
        for (int i = 0; i < sections.size(); i++) {
            section(m, id(i), sections.get(i));
        }
        m.close("main");
        m.element("footer", "Quality Loop report \u00B7 self-contained: no scripts, no network access.");
        m.close("body");
        m.close("html");
        return m.toString();
    }

    private static String id(int i) {
        return "section-" + (i + 1);
    }

    private static void section(Markup m, String id, ReportSection section) {
        m.open("section", "id", id, "class", "section " + kind(section), "aria-labelledby", id + "-heading")
                .raw("\n");
        m.element("h2", section.title(), "id", id + "-heading");
        if (!section.hasData()) {
            m.element("p", noData(section), "class", "no-data-note", "role", "note");
        } else if (Panels.render(m, id, section)) {
            // a headline, improvement, survey or insight section
        } else if (section instanceof NpsTrendSection s) {
            figure(m, () -> TrendCharts.nps(m, id + "-chart", s), () -> npsCaption(m, s));
        } else if (section instanceof SlaTrendSection s) {
            figure(m, () -> TrendCharts.sla(m, id + "-chart", s), () -> slaCaption(m, s));
        } else if (section instanceof ControlChartSection s) {
            figure(m, () -> ControlChartSvg.render(m, id + "-chart", s), () -> controlCaption(m, s));
        } else if (section instanceof ParetoSection s) {
            figure(m, () -> BarCharts.pareto(m, id + "-chart", s), () -> paretoCaption(m, s));
        } else if (section instanceof ServqualSection s) {
            figure(m, () -> BarCharts.servqual(m, id + "-chart", s), () -> m.text(
                    "Gap = perception \u2212 expectation, on the questionnaire's scale. Below zero the service "
                            + "falls short of what customers expect; the overall gap is the mean of the "
                            + "dimension gaps."));
        } else if (section instanceof ImportancePerformanceSection s) {
            figure(m, () -> IpaSvg.render(m, id + "-chart", s), () -> ipaCaption(m, s));
        } else if (section instanceof ScorecardSection s) {
            scorecard(m, s.scorecard());
        } else if (section instanceof SummarySection s) {
            summary(m, s);
        }
        m.close("section");
    }

    private static String kind(ReportSection section) {
        if (Panels.kind(section).isPresent()) {
            return Panels.kind(section).get();
        } else if (section instanceof NpsTrendSection) {
            return "nps-trend";
        } else if (section instanceof SlaTrendSection) {
            return "sla-trend";
        } else if (section instanceof ControlChartSection) {
            return "control-chart";
        } else if (section instanceof ParetoSection) {
            return "pareto";
        } else if (section instanceof ServqualSection) {
            return "servqual";
        } else if (section instanceof ImportancePerformanceSection) {
            return "importance-performance";
        } else if (section instanceof ScorecardSection) {
            return "scorecard";
        }
        return "summary";
    }

    private static String noData(ReportSection section) {
        if (Panels.noData(section).isPresent()) {
            return Panels.noData(section).get();
        } else if (section instanceof NpsTrendSection) {
            return "No data: no period has NPS responses.";
        } else if (section instanceof SlaTrendSection) {
            return "No data: no case with an SLA target was decided in any period.";
        } else if (section instanceof ControlChartSection) {
            return "No data: there are no samples to chart.";
        } else if (section instanceof ParetoSection) {
            return "No data: no category has a count.";
        } else if (section instanceof ServqualSection) {
            return "No data: there are no SERVQUAL responses.";
        } else if (section instanceof ImportancePerformanceSection) {
            return "No data: no attribute was rated.";
        } else if (section instanceof ScorecardSection) {
            return "No data: the scorecard has no KPIs.";
        }
        return "No data: nothing to summarise.";
    }

    private static void figure(Markup m, Runnable chart, Runnable caption) {
        m.open("figure").raw("\n");
        chart.run();
        m.open("figcaption");
        caption.run();
        m.close("figcaption");
        m.close("figure");
    }

    private static void npsCaption(Markup m, NpsTrendSection s) {
        String last = null;
        for (String period : s.periods()) {
            if (s.points().containsKey(period)) {
                last = period;
            }
        }
        NpsTrendSection.Point p = s.points().get(last);
        m.text("Net Promoter Score per period, on its \u2212100 to 100 scale; the shaded band is each period's "
                + "95\u00A0% confidence interval and a gap is a period without responses. Latest: " + last
                + ", NPS " + Fmt.number(p.score(), 1) + " from " + p.responses()
                + (p.responses() == 1 ? " response" : " responses")
                + s.target().stream().mapToObj(t -> ", target " + Fmt.compact(t, 1)).findFirst().orElse("") + ".");
    }

    private static void slaCaption(Markup m, SlaTrendSection s) {
        m.text("Share of decided cases that met each SLA target, per period; a gap is a period in which no case "
                + "of that target was decided"
                + s.target().stream().mapToObj(t -> ". The dashed line is the target of " + Fmt.compact(t, 1) + "\u00A0%")
                        .findFirst().orElse("") + ".");
    }

    private static void controlCaption(Markup m, ControlChartSection s) {
        boolean varying = false;
        ChartPoint first = s.points().get(0);
        for (ChartPoint p : s.points()) {
            varying |= p.upperLimit() != first.upperLimit() || p.lowerLimit() != first.lowerLimit();
        }
        m.text("This " + s.chartType() + " shows the points in time order, the centre line and the \u00B13\u03C3 "
                + "control limits" + (varying ? ", stepped where the sample size changes; the limits printed on "
                        + "the right are those of a sample of median size" : "") + ".");
        s.basis().ifPresent(b -> m.text(" " + b));
        for (ControlChartSection.Span span : s.spans()) {
            if (span.kind() == ControlChartSection.Span.Kind.CLOSED) {
                m.text(" Shaded: " + span.label() + ".");
            }
        }
        if (s.violations().isEmpty()) {
            m.text(" No point breaks a run rule.");
            return;
        }
        Map<Integer, String> labelOf = new LinkedHashMap<>();
        Map<Integer, Boolean> aboveAt = new LinkedHashMap<>();
        for (int i = 0; i < s.points().size(); i++) {
            ChartPoint p = s.points().get(i);
            labelOf.put(p.index(), s.labels().isEmpty() ? Integer.toString(p.index() + 1) : s.labels().get(p.index()));
            aboveAt.put(p.index(), p.value() >= p.centre());
        }
        long above = s.violations().stream().map(RuleViolation::index).distinct().filter(aboveAt::get).count();
        long all = s.violations().stream().map(RuleViolation::index).distinct().count();
        m.text(" Triangles mark the points that break a run rule, pointing up for an alarm above the centre line ("
                + above + ") and down for one below it (" + (all - above) + "):");
        Map<ControlRule, List<String>> byRule = new LinkedHashMap<>();
        for (ControlRule rule : ControlRule.values()) {
            List<String> at = new ArrayList<>();
            for (RuleViolation v : s.violations()) {
                String label = labelOf.get(v.index()) + (aboveAt.get(v.index()) ? " (above)" : " (below)");
                if (v.rule() == rule && !at.contains(label)) {
                    at.add(label);
                }
            }
            if (!at.isEmpty()) {
                byRule.put(rule, at);
            }
        }
        m.open("ul", "class", "violations").raw("\n");
        byRule.forEach((rule, at) -> m.element("li", ControlChartSvg.describe(rule) + " \u2014 at "
                + (s.labels().isEmpty() ? (at.size() == 1 ? "sample " : "samples ") : "") + String.join(", ", at)
                + "."));
        m.close("ul");
    }

    private static void paretoCaption(Markup m, ParetoSection s) {
        long total = s.bars().stream().mapToLong(ParetoSection.Bar::count).sum();
        List<ParetoSection.Bar> vital = s.bars().stream().filter(ParetoSection.Bar::vitalFew).toList();
        double share = vital.isEmpty() ? 0 : vital.get(vital.size() - 1).cumulativeShare();
        m.text("Categories by count, largest first, with the cumulative share on the right axis. The vital few ("
                + vital.size() + " of " + s.bars().size() + ": "
                + vital.stream().limit(5).map(ParetoSection.Bar::category).collect(Collectors.joining(", "))
                + (vital.size() > 5 ? " and " + (vital.size() - 5) + " more" : "")
                + ") make up " + Fmt.percentOfShare(share, 1) + " of " + total + ".");
    }

    private static void ipaCaption(Markup m, ImportancePerformanceSection s) {
        List<String> focus = s.attributes().stream().filter(a -> a.quadrant() == IpaQuadrant.CONCENTRATE_HERE)
                .map(ImportancePerformanceSection.Attribute::name).toList();
        m.text("Each attribute placed by its mean performance and importance; the dashed crosshairs at "
                + "performance " + Fmt.number(s.performanceCrosshair(), 2) + " and importance "
                + Fmt.number(s.importanceCrosshair(), 2) + " divide the grid into the four quadrants. "
                + (focus.isEmpty() ? "No attribute is in \u201Cconcentrate here\u201D."
                        : "Concentrate here: " + String.join(", ", focus) + "."));
    }

    private static void scorecard(Markup m, KpiScorecard scorecard) {
        KpiScorecard.Counts c = scorecard.counts();
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "scorecard").raw("\n");
        m.element("caption", "Each KPI's measured value graded against its target: " + c.met() + " met, "
                + c.atRisk() + " at risk, " + c.missed() + " missed, " + c.noData() + " without data.");
        m.open("thead").open("tr");
        m.inline("th", "KPI", "scope", "col").inline("th", "Stage", "scope", "col")
                .inline("th", "Value", "scope", "col", "class", "num")
                .inline("th", "Target", "scope", "col", "class", "num")
                .inline("th", "Status", "scope", "col");
        m.close("tr").close("thead");
        m.open("tbody").raw("\n");
        for (KpiScorecard.Row row : scorecard.rows()) {
            KpiDefinition d = row.definition();
            m.open("tr");
            m.inline("td", d.name(), "title", d.id().value());
            m.inline("td", d.stage().map(StageId::value).orElse("\u2014"),
                    "title", d.stage().isEmpty() ? "programme-wide" : null);
            m.inline("td", row.measured().map(v -> Texts.value(v, d.unit())).orElse("\u2014"), "class", "num");
            boolean higher = d.direction() == KpiDirection.HIGHER_IS_BETTER;
            m.open("td", "class", "num").text((higher ? "\u2265\u00A0" : "\u2264\u00A0") + Texts.limit(d.target(), d.unit()));
            if (d.atRisk().compareTo(d.target()) != 0) {
                m.inline("span", "at risk " + (higher ? "from " : "up to ") + Texts.limit(d.atRisk(), d.unit()),
                        "class", "threshold");
            }
            m.raw("</td>");
            m.open("td").inline("span", statusText(row.status().orElse(null)),
                    "class", "status " + statusClass(row.status().orElse(null))).raw("</td>");
            m.close("tr");
        }
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    private static void summary(Markup m, SummarySection s) {
        m.open("div", "class", "table-wrap").raw("\n");
        m.open("table", "class", "summary").raw("\n");
        m.element("caption", "The run this report describes.");
        m.open("tbody").raw("\n");
        s.entries().forEach((key, value) -> m.open("tr").inline("th", key, "scope", "row").inline("td", value)
                .close("tr"));
        m.close("tbody");
        m.close("table");
        m.close("div");
    }

    private static String statusText(KpiStatus status) {
        if (status == null) {
            return "\u2013 no data";
        }
        return switch (status) {
            case MET -> "\u2713 met";
            case AT_RISK -> "\u25B2 at risk";
            case MISSED -> "\u2715 missed";
        };
    }

    private static String statusClass(KpiStatus status) {
        if (status == null) {
            return "no-data";
        }
        return switch (status) {
            case MET -> "met";
            case AT_RISK -> "at-risk";
            case MISSED -> "missed";
        };
    }
}
