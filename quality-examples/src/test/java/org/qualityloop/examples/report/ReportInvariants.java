package org.qualityloop.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The checks every rendered page must pass, shared by the example tests and the properties, and
 * small DOM helpers to find data marks.
 */
final class ReportInvariants {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    static final String SVG = "http://www.w3.org/2000/svg";

    private static final Pattern URL = Pattern.compile("https?://[^\"'\\s<>)]*");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final List<String> COORDINATES = List.of("x", "y", "cx", "cy", "x1", "y1", "x2", "y2");

    private ReportInvariants() {
    }

    /** Parses the page with the JDK's XML parser, namespace-aware; fails if it is not well-formed. */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page must be well-formed XML, but parsing failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks what holds for any page: well-formed, an HTML5 document type, UTF-8, a language, no
     * script, no reference to the network other than the namespace names, no NaN or Infinity,
     * and every chart's marks and text labels within its view box.
     *
     * @return the parsed page
     */
    static Document assertValidPage(String html) {
        assertThat(html).startsWith("<!DOCTYPE html>\n");
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("<link").doesNotContainIgnoringCase("<img")
                .doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(")
                .doesNotContain("NaN").doesNotContain("Infinity");
        Matcher urls = URL.matcher(html);
        while (urls.find()) {
            assertThat(urls.group()).as("a URL in the page").isIn(XHTML, SVG);
        }
        Document doc = parse(html);
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("html");
        assertThat(root.getNamespaceURI()).isEqualTo(XHTML);
        assertThat(root.getAttribute("lang")).isEqualTo("en");
        List<Element> metas = elements(doc, XHTML, "meta");
        assertThat(metas).anySatisfy(meta -> assertThat(meta.getAttribute("charset")).isEqualTo("utf-8"));
        assertThat(elements(doc, XHTML, "title")).hasSize(1);
        for (Element svg : elements(doc, SVG, "svg")) {
            assertChartWithinViewBox(svg);
            assertTextWithinViewBox(svg);
        }
        return doc;
    }

    private static void assertChartWithinViewBox(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        String[] labelledBy = svg.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        assertThat(firstChild(svg, "title").getAttribute("id")).isEqualTo(labelledBy[0]);
        assertThat(firstChild(svg, "title").getTextContent()).isNotBlank();
        assertThat(firstChild(svg, "desc").getAttribute("id")).isEqualTo(labelledBy[1]);
        NodeList all = svg.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            NamedNodeMap attributes = e.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                String name = attributes.item(a).getNodeName();
                String value = attributes.item(a).getNodeValue();
                if (COORDINATES.contains(name)) {
                    double v = Double.parseDouble(value);
                    double limit = name.startsWith("x") || name.equals("cx") ? width : height;
                    assertThat(v).as("%s of <%s class=%s>", name, e.getLocalName(), e.getAttribute("class"))
                            .isBetween(-0.5, limit + 0.5);
                } else if (name.equals("width") || name.equals("height") || name.equals("r")) {
                    assertThat(Double.parseDouble(value)).as("%s of <%s>", name, e.getLocalName())
                            .isBetween(0.0, Math.max(width, height));
                } else if (name.equals("d")) {
                    List<Double> numbers = numbers(value);
                    for (int k = 0; k + 1 < numbers.size(); k += 2) {
                        assertThat(numbers.get(k)).as("x in path %s", value).isBetween(-0.5, width + 0.5);
                        assertThat(numbers.get(k + 1)).as("y in path %s", value).isBetween(-0.5, height + 0.5);
                    }
                }
            }
        }
    }

    private static final Pattern ROTATE = Pattern.compile("rotate\\((-?[\\d.]+) (-?[\\d.]+) (-?[\\d.]+)\\)");

    /**
     * Checks that every text label of a chart lies wholly within its view box, so that no label
     * is cut at the chart's edge. A label's box is estimated from its own text (not a tooltip
     * inside it), its font size (inherited from the {@code <svg>}), its anchor and its rotation,
     * with advances on the wide side for a sans-serif face: 0.62 em a glyph and 0.72 em for a
     * capital (DejaVu Sans, the face Chromium falls back to on Linux, averages about 0.6 em for
     * lower case and digits), an ascent of 0.8 em and a descent of 0.25 em.
     */
    static void assertTextWithinViewBox(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        for (Element text : elements(svg, SVG, "text")) {
            StringBuilder own = new StringBuilder();
            for (Node n = text.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n.getNodeType() == Node.TEXT_NODE) {
                    own.append(n.getNodeValue());
                }
            }
            String label = own.toString().strip();
            if (label.isEmpty()) {
                continue;
            }
            double size = Double.parseDouble(inherited(text, "font-size", "16"));
            double w = 0;
            for (int cp : label.codePoints().toArray()) {
                w += (Character.isUpperCase(cp) ? 0.72 : 0.62) * size;
            }
            String anchor = text.getAttribute("text-anchor");
            double x = Double.parseDouble(text.getAttribute("x"));
            double y = Double.parseDouble(text.getAttribute("y"));
            double x0 = anchor.equals("middle") ? x - w / 2 : anchor.equals("end") ? x - w : x;
            double[][] corners = {{x0, y - 0.8 * size}, {x0 + w, y - 0.8 * size}, {x0, y + 0.25 * size},
                {x0 + w, y + 0.25 * size}};
            Matcher rotate = ROTATE.matcher(text.getAttribute("transform"));
            if (rotate.find()) {
                double a = Math.toRadians(Double.parseDouble(rotate.group(1)));
                double cx = Double.parseDouble(rotate.group(2));
                double cy = Double.parseDouble(rotate.group(3));
                for (double[] c : corners) {
                    double dx = c[0] - cx;
                    double dy = c[1] - cy;
                    c[0] = cx + dx * Math.cos(a) - dy * Math.sin(a);
                    c[1] = cy + dx * Math.sin(a) + dy * Math.cos(a);
                }
            }
            for (double[] c : corners) {
                assertThat(c[0]).as("x extent of the label \"%s\" in chart %s", label, svg.getAttribute("aria-labelledby"))
                        .isBetween(-0.5, width + 0.5);
                assertThat(c[1]).as("y extent of the label \"%s\" in chart %s", label, svg.getAttribute("aria-labelledby"))
                        .isBetween(-0.5, height + 0.5);
            }
        }
    }

    private static String inherited(Element e, String attribute, String otherwise) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attribute)) {
                return el.getAttribute(attribute);
            }
        }
        return otherwise;
    }

    /** The elements of a namespace and local name anywhere below a node, in document order. */
    static List<Element> elements(Node parent, String namespace, String localName) {
        NodeList list = parent instanceof Document d ? d.getElementsByTagNameNS(namespace, localName)
                : ((Element) parent).getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    /** The SVG elements of a local name whose class list holds {@code cssClass}. */
    static List<Element> marks(Node parent, String localName, String cssClass) {
        return elements(parent, SVG, localName).stream()
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass)).toList();
    }

    /** The {@code <section>} elements of the page, in order. */
    static List<Element> sections(Document doc) {
        return elements(doc, XHTML, "section");
    }

    /** The section whose class list holds {@code kind}, such as {@code nps-trend}. */
    static List<Element> sections(Document doc, String kind) {
        return sections(doc).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(kind))
                .toList();
    }

    /** The number of points of a path's data: one per move or line command. */
    static int pathPoints(String d) {
        int count = 0;
        for (char c : d.toCharArray()) {
            if (c == 'M' || c == 'L') {
                count++;
            }
        }
        return count;
    }

    /** The number of separate runs of a path: one per move command. */
    static int pathRuns(String d) {
        return (int) d.chars().filter(c -> c == 'M').count();
    }

    static List<Double> numbers(String text) {
        List<Double> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        return numbers;
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new AssertionError("<" + parent.getLocalName() + "> must have a <" + localName + "> child");
    }
}
