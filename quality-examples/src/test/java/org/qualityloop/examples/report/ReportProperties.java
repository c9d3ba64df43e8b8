package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;
import static org.qualityloop.examples.report.ReportInvariants.pathPoints;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.AttributeChart;
import org.qualityloop.metrics.analysis.ControlCharts;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.Pareto;
import org.qualityloop.metrics.analysis.RunRules;
import org.qualityloop.metrics.analysis.XmrChart;
import org.w3c.dom.Element;

/**
 * Any data the sections accept renders a page that passes {@link ReportInvariants}: well-formed,
 * self-contained, no NaN or Infinity, every mark inside its chart, and one mark per value.
 */
class ReportProperties {

    private static Element onlySvg(ReportSection section) {
        List<Element> svgs = elements(assertValidPage(QualityReport.builder("Property").add(section).build().toHtml()),
                SVG, "svg");
        assertThat(svgs).hasSize(section.hasData() ? 1 : 0);
        return svgs.isEmpty() ? null : svgs.get(0);
    }

    @Provide
    Arbitrary<List<Optional<NpsResult>>> npsSeries() {
        Arbitrary<NpsResult> result = Combinators.combine(Arbitraries.longs().between(0, 500),
                Arbitraries.longs().between(0, 500), Arbitraries.longs().between(0, 500))
                .filter((p, s, d) -> p + s + d > 0).as(NpsResult::of);
        return result.optional(0.8).list().ofMinSize(0).ofMaxSize(60);
    }

    @Property(tries = 200)
    void npsTrend_anySeries_rendersAValidChartWithAPointPerPeriodWithData(
            @ForAll("npsSeries") List<Optional<NpsResult>> series,
            @ForAll @DoubleRange(min = -100, max = 100) double target) {
        List<String> periods = new ArrayList<>();
        Map<String, NpsTrendSection.Point> points = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            periods.add("P" + (i + 1));
            int k = i;
            series.get(i).ifPresent(r -> points.put("P" + (k + 1), NpsTrendSection.Point.of(r)));
        }
        Element svg = onlySvg(new NpsTrendSection("NPS", periods, points, OptionalDouble.of(target)));
        if (svg != null) {
            assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(points.size());
            assertThat(marks(svg, "circle", "point")).hasSize(points.size());
        }
    }

    @Property(tries = 200)
    void slaTrend_anySeries_rendersAValidChartWithALinePerTarget(
            @ForAll @Size(max = 5) List<@Size(max = 30) List<@LongRange(min = -1, max = 20) Long>> met,
            @ForAll @IntRange(min = 0, max = 100) int target) {
        int n = met.stream().mapToInt(List::size).max().orElse(0);
        List<String> periods = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            periods.add("P" + (i + 1));
        }
        List<SlaTrendSection.Series> series = new ArrayList<>();
        for (int s = 0; s < met.size(); s++) {
            Map<String, Proportion> values = new LinkedHashMap<>();
            for (int i = 0; i < met.get(s).size(); i++) {
                long m = met.get(s).get(i);
                if (m >= 0) {
                    values.put("P" + (i + 1), Proportion.of(m, 20));
                }
            }
            series.add(new SlaTrendSection.Series("target-" + s, values));
        }
        Element svg = onlySvg(new SlaTrendSection("SLA", periods, series, OptionalDouble.of(target)));
        if (svg != null) {
            assertThat(marks(svg, "g", "series")).hasSize(series.size());
            assertThat(marks(svg, "circle", "point"))
                    .hasSize(series.stream().mapToInt(s -> s.compliance().size()).sum());
        }
    }

    @Property(tries = 200)
    void individualsChart_anyValues_rendersAValidChartMarkingEveryViolatedPoint(
            @ForAll @Size(min = 2, max = 60) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
        XmrChart chart = ControlCharts.xmr(values.stream().mapToDouble(Double::doubleValue).toArray()).orElseThrow();
        ControlChartSection section = ControlChartSection.individuals("XmR", chart, RunRules.nelson(chart.individuals()));
        Element svg = onlySvg(section);
        long violated = section.violations().stream().mapToInt(v -> v.index()).distinct().count();
        assertThat(marks(svg, "path", "violation")).hasSize((int) violated);
        assertThat(marks(svg, "circle", "point")).hasSize(values.size() - (int) violated);
    }

    @Property(tries = 200)
    void pChart_anyCounts_rendersAValidChart(
            @ForAll @Size(min = 1, max = 40) List<@LongRange(min = 1, max = 5000) Long> sizes,
            @ForAll @DoubleRange(min = 0, max = 1) double share) {
        long[] n = sizes.stream().mapToLong(Long::longValue).toArray();
        long[] defects = new long[n.length];
        for (int i = 0; i < n.length; i++) {
            defects[i] = Math.round(n[i] * share * ((i % 3) / 2.0));
        }
        AttributeChart chart = ControlCharts.p(defects, n).orElseThrow();
        Element svg = onlySvg(ControlChartSection.attribute("p", chart, RunRules.westernElectric(chart.points())));
        assertThat(pathPoints(marks(svg, "path", "line").get(0).getAttribute("d"))).isEqualTo(n.length);
    }

    @Property(tries = 200)
    void pareto_anyCounts_rendersABarPerCategory(
            @ForAll @Size(max = 40) List<@LongRange(min = 0, max = 100_000) Long> counts) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < counts.size(); i++) {
            byCategory.put("category " + i, counts.get(i));
        }
        ParetoSection section = Pareto.of(byCategory).map(p -> ParetoSection.of("Pareto", p))
                .orElseGet(() -> ParetoSection.noData("Pareto"));
        Element svg = onlySvg(section);
        if (svg != null) {
            assertThat(marks(svg, "rect", "bar")).hasSize(counts.size());
        }
    }

    @Property(tries = 200)
    void servqualAndIpa_anyRatings_renderValidCharts(
            @ForAll @Size(max = 12) List<@DoubleRange(min = -6, max = 6) Double> gaps,
            @ForAll @Size(max = 12) List<@DoubleRange(min = 1, max = 7) Double> ratings) {
        Map<String, Double> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < gaps.size(); i++) {
            dimensions.put("dimension " + i, gaps.get(i));
        }
        onlySvg(new ServqualSection("Gaps", dimensions, gaps.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow())));
        Map<String, IpaPoint> points = new LinkedHashMap<>();
        for (int i = 0; i + 1 < ratings.size(); i += 2) {
            points.put("attribute " + i, new IpaPoint(ratings.get(i), ratings.get(i + 1)));
        }
        Element svg = onlySvg(IpaGrid.meanCentred(points)
                .map(a -> ImportancePerformanceSection.of("IPA", a, points))
                .orElseGet(() -> ImportancePerformanceSection.noData("IPA")));
        if (svg != null) {
            assertThat(marks(svg, "circle", "attribute")).hasSize(points.size());
        }
    }

    @Property(tries = 300)
    void paretoLabels_anyDistinctCategories_readDifferentlyAndKeepTheirFullNameInATooltip(
            @ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.constraints.StringLength(min = 1, max = 60)
                    @net.jqwik.api.constraints.LowerChars @net.jqwik.api.constraints.Chars({'/', '-', ' ', 'M', 'W'})
                    String> names) {
        // Lower case and the widest capitals, never spelling "NaN", which the page check forbids.
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (String name : names) {
            if (!name.isBlank()) {
                byCategory.put(name.strip(), (long) byCategory.size() + 1);
            }
        }
        net.jqwik.api.Assume.that(!byCategory.isEmpty());
        Element svg = onlySvg(ParetoSection.of("Categories", Pareto.of(byCategory).orElseThrow()));
        List<Element> labels = elements(elements(svg, SVG, "g").stream()
                .filter(g -> g.getAttribute("class").equals("axis axis-bottom")).findFirst().orElseThrow(), SVG, "text");
        List<String> shown = new ArrayList<>();
        List<String> tooltips = new ArrayList<>();
        for (Element label : labels) {
            String tooltip = elements(label, SVG, "title").get(0).getTextContent();
            tooltips.add(tooltip);
            shown.add(label.getTextContent().substring(tooltip.length()));
        }
        assertThat(tooltips).containsExactlyInAnyOrderElementsOf(byCategory.keySet());
        assertThat(shown).doesNotHaveDuplicates();
    }
}
