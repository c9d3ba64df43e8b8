package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qualityloop.examples.report.ReportInvariants.SVG;
import static org.qualityloop.examples.report.ReportInvariants.XHTML;
import static org.qualityloop.examples.report.ReportInvariants.assertValidPage;
import static org.qualityloop.examples.report.ReportInvariants.elements;
import static org.qualityloop.examples.report.ReportInvariants.marks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.Proportion;
import org.qualityloop.metrics.analysis.IpaGrid;
import org.qualityloop.metrics.analysis.IpaPoint;
import org.qualityloop.metrics.analysis.Pareto;
import org.w3c.dom.Document;

class ReportEscapingTest {

    private static final String NASTY = "<b>&\"";

    private static QualityReport nastyReport() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(NASTY, 9L);
        counts.put("O'Brien's ]]> <!-- -->", 3L);
        Map<String, IpaPoint> points = new LinkedHashMap<>();
        points.put(NASTY, new IpaPoint(4, 2));
        points.put("plain", new IpaPoint(2, 4));
        return QualityReport.builder("Report " + NASTY)
                .subtitle("subtitle " + NASTY)
                .add(SummarySection.of("Run " + NASTY).with(NASTY, NASTY))
                .add(new NpsTrendSection("NPS " + NASTY, List.of(NASTY, "next"),
                        Map.of(NASTY, NpsTrendSection.Point.of(NpsResult.of(5, 3, 2))), OptionalDouble.of(10)))
                .add(new SlaTrendSection("SLA " + NASTY, List.of(NASTY),
                        List.of(new SlaTrendSection.Series(NASTY, Map.of(NASTY, Proportion.of(1, 2)))),
                        OptionalDouble.empty()))
                .add(ParetoSection.of("Pareto " + NASTY, Pareto.of(counts).orElseThrow()))
                .add(new ServqualSection("Gaps " + NASTY, Map.of(NASTY, -0.5), OptionalDouble.empty()))
                .add(ImportancePerformanceSection.of("IPA " + NASTY, IpaGrid.meanCentred(points)
                        .orElseThrow(), points))
                .add(ControlChartSection.individuals("XmR " + NASTY, ReportFixtures.resolutionHours(), List.of())
                        .withValueLabel(NASTY))
                .build();
    }

    @Test
    void text_withMarkupCharacters_rendersAsTextEverywhere() {
        String html = nastyReport().toHtml();
        Document doc = assertValidPage(html);
        assertThat(elements(doc, XHTML, "b")).isEmpty();
        assertThat(elements(doc, "*", "b")).isEmpty();
        assertThat(html).doesNotContain(NASTY).contains("&lt;b&gt;&amp;&quot;");
        assertThat(elements(doc, XHTML, "h1").get(0).getTextContent()).isEqualTo("Report " + NASTY);
        assertThat(elements(doc, XHTML, "title").get(0).getTextContent()).isEqualTo("Report " + NASTY);
        assertThat(elements(doc, XHTML, "th").get(0).getTextContent()).isEqualTo(NASTY);
        assertThat(elements(doc, XHTML, "td").get(0).getTextContent()).isEqualTo(NASTY);
        assertThat(elements(doc, XHTML, "h2")).allSatisfy(h2 -> assertThat(h2.getTextContent()).endsWith(NASTY));
        assertThat(marks(doc.getDocumentElement(), "rect", "bar").get(0).getTextContent()).startsWith(NASTY + ": 9");
        assertThat(marks(doc.getDocumentElement(), "rect", "bar").get(1).getTextContent())
                .startsWith("O'Brien's ]]> <!-- -->: 3");
        assertThat(marks(doc.getDocumentElement(), "g", "series").get(0).getAttribute("data-series")).isEqualTo(NASTY);
        assertThat(marks(doc.getDocumentElement(), "circle", "attribute").get(0).getTextContent()).startsWith(NASTY + ":");
        assertThat(elements(doc, SVG, "text")).anySatisfy(t -> assertThat(t.getTextContent()).isEqualTo(NASTY));
    }

    @Test
    void text_withCharactersXmlForbids_isReplacedSoThePageStaysWellFormed() {
        String title = "bell\u0007 null\u0000 lone\uD800 surrogate, pair \uD83D\uDE00, tab\tok";
        Document doc = assertValidPage(QualityReport.builder(title).add(SummarySection.of("Run").with("k\u001B", "v"))
                .build().toHtml());
        assertThat(elements(doc, XHTML, "h1").get(0).getTextContent())
                .isEqualTo("bell\uFFFD null\uFFFD lone\uFFFD surrogate, pair \uD83D\uDE00, tab\tok");
        assertThat(elements(doc, XHTML, "th").get(0).getTextContent()).isEqualTo("k\uFFFD");
    }

    @Test
    void escape_handlesEveryMarkupCharacter() {
        assertThat(Markup.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    }
}
