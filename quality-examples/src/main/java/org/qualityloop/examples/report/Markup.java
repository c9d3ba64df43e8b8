package org.qualityloop.examples.report;

/**
 * A small writer of XHTML-compatible markup: every element is closed, every attribute value is
 * quoted and every text is escaped, so the output parses with an XML parser as well as with a
 * browser's HTML parser.
 *
 * <p>Attributes are given as name/value pairs; a pair whose value is {@code null} is left out.
 * A newline follows every closing tag and every empty element, which keeps the page readable
 * without changing what it shows.
 *
 * <p>Mutable and not thread-safe: one instance renders one page.
 */
final class Markup {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens an element: {@code <name a="v">}. */
    Markup open(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append('>');
        return this;
    }

    /** Closes an element: {@code </name>}. */
    Markup close(String name) {
        out.append("</").append(name).append(">\n");
        return this;
    }

    /** Writes an empty element: {@code <name a="v"/>}. */
    Markup leaf(String name, String... attributes) {
        out.append('<').append(name);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** Writes an element holding only text: {@code <name a="v">text</name>}. */
    Markup element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    /** Writes an element holding only text, with no newline after it (for inline content). */
    Markup inline(String name, String text, String... attributes) {
        open(name, attributes).text(text);
        out.append("</").append(name).append('>');
        return this;
    }

    /** Writes escaped text. */
    Markup text(String text) {
        escape(text, out);
        return this;
    }

    /** Writes trusted markup as it is (constant styles and the document type only). */
    Markup raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "attributes must be name/value pairs, but had " + attributes.length + " strings");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"");
                escape(attributes[i + 1], out);
                out.append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes text for element content and attribute values. Characters that XML does not allow
     * at all (most C0 controls, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD, so no
     * input can make the page malformed.
     */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        escape(text, b);
        return b.toString();
    }

    private static void escape(String text, StringBuilder b) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        b.append(c);
                    } else {
                        b.append('\uFFFD');
                    }
                }
            }
        }
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }
}
