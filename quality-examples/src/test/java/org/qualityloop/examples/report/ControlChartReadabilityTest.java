package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.qualityloop.examples.report.ControlChartSection.DailySample;
import org.qualityloop.examples.report.ControlChartSection.Span;
import org.qualityloop.metrics.analysis.ChartPoint;
import org.w3c.dom.Element;

/**
 * Control charts of a daily measure as a quality engineer would set them up: limits from a
 * baseline after the start-up (phase I) held for the whole run (phase II), clipped at the
 * measure's bounds, long runs grouped into weeks or months, alarms marked above or below the
 * centre line and calendar closures shaded. The worked examples follow the p-chart and XmR
 * formulas of the NIST/SEMATECH e-Handbook of Statistical Methods, 6.3.3.2 and 6.3.2.2, by hand.
 */
class ControlChartReadabilityTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Test
    void dailyShares_limitsComeFromTheBaseline_notTheStartUpNorTheLastTinyDay() {
        List<DailySample> days = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            days.add(new DailySample(FIRST.plusDays(i), 100, 0)); // start-up: no complaint yet
        }
        for (int i = 7; i < 35; i++) {
            days.add(new DailySample(FIRST.plusDays(i), 100, 10)); // baseline: p = 0.10
        }
        for (int i = 35; i < 45; i++) {
            days.add(new DailySample(FIRST.plusDays(i), 100, 30)); // a shift up to 0.30
        }
        days.add(new DailySample(FIRST.plusDays(45), 4, 1)); // the last, tiny day
        ControlChartSection s = ControlChartSection.dailyShares("Complaint share", days, Set.of());

        // p̄ = 280 / 2800 = 0.10 from 2026-09-08 to 2026-10-05; at n = 100, σ = sqrt(0.1 × 0.9 / 100)
        // = 0.03, limits 0.01 and 0.19; at n = 4, σ = 0.15, limits 0 (truncated) and 0.55.
        assertThat(s.points()).hasSize(46).allSatisfy(p -> assertThat(p.centre()).isCloseTo(0.10, within(1e-12)));
        ChartPoint typical = s.points().get(20);
        assertThat(typical.lowerLimit()).isCloseTo(0.01, within(1e-12));
        assertThat(typical.upperLimit()).isCloseTo(0.19, within(1e-12));
        ChartPoint tiny = s.points().get(45);
        assertThat(tiny.lowerLimit()).isZero();
        assertThat(tiny.upperLimit()).isCloseTo(0.55, within(1e-12));
        assertThat(s.basis().orElseThrow()).contains("baseline of 28 days, 2026-09-08 to 2026-10-05")
                .contains("2026-09-01 to 2026-09-07");
        assertThat(s.spans()).extracting(Span::kind).containsExactly(Span.Kind.START_UP, Span.Kind.BASELINE);

        Element svg = chart(s);
        List<String> limits = elements(marks(svg, "g", "limit-labels").get(0), SVG, "text").stream()
                .map(Element::getTextContent).toList();
        assertThat(limits).containsExactly("UCL 0.19", "CL 0.10", "LCL 0.01");
        // The start-up's zero days lie below the limit but are not alarms; the shift's days are, above.
        List<Element> alarms = marks(svg, "path", "violation");
        assertThat(alarms).isNotEmpty().allSatisfy(a -> assertThat(a.getAttribute("class")).contains("above"));
        assertThat(s.violations()).allSatisfy(v -> assertThat(v.index()).isGreaterThanOrEqualTo(35));
        assertThat(marks(svg, "g", "start-up")).hasSize(1);
    }

    @Test
    void dailyMeans_aTimeGetsNoNegativeLimit_andAClosureIsShadedAndLeftOutOfTheBaseline() {
        // Mondays to Sundays 2026-09-21 to 2026-09-28 closed: a backlog of 50 minutes.
        Set<LocalDate> closed = new TreeSet<>();
        List<DailySample> days = new ArrayList<>();
        for (int i = 0; i < 46; i++) {
            LocalDate day = FIRST.plusDays(i);
            boolean shut = !day.isBefore(LocalDate.of(2026, 9, 21)) && !day.isAfter(LocalDate.of(2026, 9, 28));
            if (shut) {
                closed.add(day);
            }
            double minutes = i < 7 ? 0.5 : shut ? 50 : i % 2 == 0 ? 2 : 4;
            days.add(new DailySample(day, 10, 10 * minutes));
        }
        ControlChartSection s = ControlChartSection.dailyMeans("First response", "working minutes", days, closed);

        // Baseline: 13 days to 2026-09-20 and 15 from 2026-09-29, alternating 2 and 4: x̄ = 3,
        // MR̄ = 2, σ = MR̄ / d₂ = 2 / (2/√π) = √π; UCL = 3 + 3√π = 8.317…, LCL = 3 − 3√π < 0, clipped to 0.
        double ucl = 3 + 3 * Math.sqrt(Math.PI);
        assertThat(s.points()).hasSize(46).allSatisfy(p -> {
            assertThat(p.centre()).isCloseTo(3, within(1e-9));
            assertThat(p.upperLimit()).isCloseTo(ucl, within(1e-9));
            assertThat(p.lowerLimit()).isZero();
        });
        assertThat(s.spans()).filteredOn(sp -> sp.kind() == Span.Kind.CLOSED).singleElement().satisfies(sp -> {
            assertThat(sp.first()).isEqualTo(20);
            assertThat(sp.last()).isEqualTo(27);
            assertThat(sp.label()).isEqualTo("closed by the calendar: 2026-09-21 to 2026-09-28 (8 days)");
        });
        assertThat(s.basis().orElseThrow()).contains("2026-09-08 to 2026-10-13");

        Element svg = chart(s);
        assertThat(marks(svg, "g", "closed")).hasSize(1);
        List<String> limits = elements(marks(svg, "g", "limit-labels").get(0), SVG, "text").stream()
                .map(Element::getTextContent).toList();
        assertThat(limits).containsExactly("UCL 8.3", "CL 3.0", "LCL 0.0");
        assertThat(marks(svg, "path", "violation")).hasSize(8)
                .allSatisfy(a -> assertThat(a.getAttribute("class")).contains("above"));
        assertThat(String.join(" ", elements(svg, SVG, "text").stream().map(Element::getTextContent).toList()))
                .contains("alarm above the centre line").doesNotContain("alarm below");
    }

    @Test
    void longRun_isGroupedSoThatNoChartHasMoreThanItsMostPoints_andTheReportStaysSmall() {
        String threeYears = page(1_150);
        String eightYears = page(2_900);
        for (String html : List.of(threeYears, eightYears)) {
            var doc = assertValidPage(html);
            for (Element svg : elements(doc, SVG, "svg")) {
                int points = marks(svg, "circle", "point").size() + marks(svg, "path", "violation").size();
                assertThat(points).isBetween(2, ControlChartSection.MAX_POINTS);
            }
            assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        }
        // 1,150 days (about a million cases at the harness's 870 a day) are 165 ISO weeks, more than
        // a chart shows, so they are 39 months; 2,900 days are 96 months. The page grows with the
        // points, not with the days.
        assertThat(threeYears).contains("grouped into months").contains(">2026-09<");
        assertThat(eightYears.length()).isLessThan(3 * threeYears.length());

        String hundredDays = page(100);
        assertThat(hundredDays).doesNotContain("grouped into");
        String fourHundred = page(400);
        assertThat(fourHundred).contains("grouped into weeks (ISO weeks)").contains(">2026-W36<");
    }

    @Test
    void spans_outsideTheSlots_areRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ControlChartSection("t", "p chart", "share",
                List.of(new ChartPoint(0, 0.1, 0.1, 0.01, 0.07, 0.13)), List.of(), List.of("d1"),
                List.of(new Span(0, 1, Span.Kind.CLOSED, "closed")), java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("spans[0].last must be below the number of slots (1), but was 1");
    }

    /** A page with a p chart and an individuals chart over {@code n} days with a weekly pattern. */
    private static String page(int n) {
        List<DailySample> shares = new ArrayList<>();
        List<DailySample> times = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate day = FIRST.plusDays(i);
            int weekday = day.getDayOfWeek().getValue();
            shares.add(new DailySample(day, 870 + 13L * weekday, 80 + (i * 7919L) % 29));
            times.add(new DailySample(day, 90, 90 * (20.0 + weekday * 3 + (i * 104_729L) % 11)));
        }
        Set<LocalDate> closed = new TreeSet<>();
        for (int y = 2026; y < 2026 + n / 365 + 1; y++) {
            for (int d = 1; d <= 7; d++) {
                closed.add(LocalDate.of(y, 10, d));
            }
        }
        return QualityReport.builder("Long run")
                .add(ControlChartSection.dailyShares("Share with feedback", shares, closed))
                .add(ControlChartSection.dailyMeans("First response", "working minutes", times, closed))
                .build().toHtml();
    }

    private static Element chart(ControlChartSection s) {
        var doc = assertValidPage(QualityReport.builder("Chart").add(s).build().toHtml());
        return elements(doc, SVG, "svg").get(0);
    }
}
