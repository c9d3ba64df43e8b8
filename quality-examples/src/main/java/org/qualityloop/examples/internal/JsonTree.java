package org.qualityloop.examples.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualityloop.examples.scenario.ScenarioFormatException;

/**
 * A JSON document read into a tree that remembers where every value starts, so that an error
 * found while interpreting the document can name its line and column. Duplicate keys are
 * rejected. Not exported.
 */
final class JsonTree {

    /** The node factory; it keeps decimals as written (a KPI target of 4.0 stays 4.0). */
    private static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

    /** A value with its path and location. */
    abstract static class Node {
        final String path;
        final int line;
        final int column;

        Node(String path, int line, int column) {
            this.path = path;
            this.line = line;
            this.column = column;
        }

        abstract String kind();

        abstract JsonNode toJackson();
    }

    /** An object: its fields in document order. */
    static final class Obj extends Node {
        final Map<String, Node> fields = new LinkedHashMap<>();

        Obj(String path, int line, int column) {
            super(path, line, column);
        }

        @Override
        String kind() {
            return "an object";
        }

        @Override
        JsonNode toJackson() {
            ObjectNode o = FACTORY.objectNode();
            fields.forEach((k, v) -> o.set(k, v.toJackson()));
            return o;
        }
    }

    /** An array. */
    static final class Arr extends Node {
        final List<Node> items = new ArrayList<>();

        Arr(String path, int line, int column) {
            super(path, line, column);
        }

        @Override
        String kind() {
            return "an array";
        }

        @Override
        JsonNode toJackson() {
            ArrayNode a = FACTORY.arrayNode();
            items.forEach(i -> a.add(i.toJackson()));
            return a;
        }
    }

    /** A string, number, boolean or null. */
    static final class Scalar extends Node {
        final JsonNode value;

        Scalar(String path, int line, int column, JsonNode value) {
            super(path, line, column);
            this.value = value;
        }

        @Override
        String kind() {
            if (value.isTextual()) {
                return "a string";
            }
            if (value.isNumber()) {
                return "a number";
            }
            if (value.isBoolean()) {
                return "a boolean";
            }
            return "null";
        }

        @Override
        JsonNode toJackson() {
            return value;
        }
    }

    private final String source;
    private final Node root;

    private JsonTree(String source, Node root) {
        this.source = source;
        this.root = root;
    }

    static JsonTree parse(String json, String source) {
        JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioFormatException(source, "", 1, 1, "the document is empty", null);
            }
            Node root = read(p, "", source);
            if (p.nextToken() != null) {
                JsonLocation l = p.currentTokenLocation();
                throw new ScenarioFormatException(source, "", l.getLineNr(), l.getColumnNr(),
                        "unexpected content after the end of the document", null);
            }
            return new JsonTree(source, root);
        } catch (JsonParseException e) {
            JsonLocation l = e.getLocation();
            throw new ScenarioFormatException(source, "", l == null ? 1 : l.getLineNr(), l == null ? 1 : l.getColumnNr(),
                    "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ScenarioFormatException(source, "", 1, 1, "cannot read the document: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser p, String path, String source) throws IOException {
        JsonLocation l = p.currentTokenLocation();
        int line = l.getLineNr();
        int column = l.getColumnNr();
        JsonNodeFactory f = FACTORY;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                Obj o = new Obj(path, line, column);
                while (next(p, path, source) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    next(p, path, source);
                    o.fields.put(name, read(p, child, source));
                }
                return o;
            }
            case START_ARRAY -> {
                Arr a = new Arr(path, line, column);
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.items.add(read(p, path + "[" + i++ + "]", source));
                }
                return a;
            }
            case VALUE_STRING -> {
                return new Scalar(path, line, column, f.textNode(p.getText()));
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                try {
                    return new Scalar(path, line, column, p.currentToken() == JsonToken.VALUE_NUMBER_INT
                            ? f.numberNode(p.getBigIntegerValue()) : f.numberNode(p.getDecimalValue()));
                } catch (NumberFormatException | StreamConstraintsException e) {
                    throw new ScenarioFormatException(source, path, line, column, outOfRange(path, p.getText()), e);
                }
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Scalar(path, line, column, f.booleanNode(p.getBooleanValue()));
            }
            case VALUE_NULL -> {
                return new Scalar(path, line, column, f.nullNode());
            }
            default -> throw new ScenarioFormatException(source, path, line, column,
                    "unexpected " + p.currentToken(), null);
        }
    }

    /**
     * Moves to the next token of an object; a number too long to read (the parser reads a field's
     * value with its name) is reported at its field.
     */
    private static JsonToken next(JsonParser p, String path, String source) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            JsonLocation l = p.currentLocation();
            String name = p.currentName();
            String field = name == null ? path : path.isEmpty() ? name : path + "." + name;
            throw new ScenarioFormatException(source, field, l.getLineNr(), l.getColumnNr(),
                    lastName(field) + " must be a number of at most "
                            + p.streamReadConstraints().getMaxNumberLength() + " digits, but was longer", e);
        }
    }

    /**
     * The rule a number broke that no double can hold.
     *
     * @param path the field's path
     * @param text the number as written
     * @return the message: the field, the range and the value (shortened when long)
     */
    static String outOfRange(String path, String text) {
        String shown = text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
        return lastName(path) + " must be a number between " + -Double.MAX_VALUE + " and " + Double.MAX_VALUE
                + ", but was " + shown;
    }

    private static String lastName(String path) {
        int dot = path.lastIndexOf('.');
        String last = dot < 0 ? path : path.substring(dot + 1);
        int b = last.indexOf('[');
        return b < 0 ? last : last.substring(0, b);
    }

    Node root() {
        return root;
    }

    String source() {
        return source;
    }

    /**
     * The deepest node on a path such as {@code steps[3].duration.median}, starting from a node.
     *
     * @param from where the path starts
     * @param relative the path, relative to {@code from}; empty for {@code from} itself
     * @return the node the path reaches, or the last one it passes through
     */
    static Node locate(Node from, List<Object> relative) {
        Node n = from;
        for (Object step : relative) {
            Node next = null;
            if (step instanceof String name && n instanceof Obj o) {
                next = o.fields.get(name);
            } else if (step instanceof Integer i && n instanceof Arr a && i >= 0 && i < a.items.size()) {
                next = a.items.get(i);
            }
            if (next == null) {
                return n;
            }
            n = next;
        }
        return n;
    }

    /**
     * Parses a path text such as {@code steps[3].use} into field names and indices.
     *
     * @param path the path text
     * @return the steps
     */
    static List<Object> steps(String path) {
        List<Object> out = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int b = part.indexOf('[');
            String name = b < 0 ? part : part.substring(0, b);
            if (!name.isEmpty()) {
                out.add(name);
            }
            while (b >= 0) {
                int e = part.indexOf(']', b);
                if (e < 0) {
                    break;
                }
                try {
                    out.add(Integer.parseInt(part.substring(b + 1, e)));
                } catch (NumberFormatException ex) {
                    break;
                }
                b = part.indexOf('[', e);
            }
        }
        return out;
    }

    ScenarioFormatException error(Node at, String problem) {
        return new ScenarioFormatException(source, at.path, at.line, at.column, problem, null);
    }

    ScenarioFormatException error(Node at, String problem, Throwable cause) {
        return new ScenarioFormatException(source, at.path, at.line, at.column, problem, cause);
    }
}
