package org.qualityloop.jackson3;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.qualityloop.jackson3.internal.Refusals;
import org.qualityloop.workflow.cases.CaseEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The JSON form of a case's history (the versioned history format) with Jackson 3, for
 * integrators who keep it in their own store (a table row per event, a document, an event log).
 * The shape is documented in {@code docs/workflow.md} and is the same as that of
 * {@code org.qualityloop.jackson.CaseHistoryJson} for Jackson 2: one object per {@link CaseEvent},
 * with a {@code schema} version on every event.
 *
 * <p>Reading checks each event's {@code schema}: an event written by a newer version of the
 * library is refused with a message saying so. Schema 1 is the only shape so far; when a later
 * version changes it, reading converts older events to the current shape before binding them, so
 * histories stored years ago stay readable. Reading is as strict as {@link QualityLoopJson}:
 * unknown properties and broken rules are refused with the type's own message, prefixed by the
 * event's position in a history.
 *
 * <p>Thread-safe: one shared, immutable mapper.
 */
public final class CaseHistoryJson {

    private static final JsonMapper MAPPER = QualityLoopJson.mapper();

    private CaseHistoryJson() {
    }

    /**
     * Returns a new mapper configured for the documented shape, e.g. to bind events inside a
     * larger document.
     *
     * @return a new mapper; use {@link #read(String)} or {@link #readEvent(String)} to get the
     *     schema check and the position of a refused event in the message
     */
    public static JsonMapper mapper() {
        return QualityLoopJson.mapper();
    }

    /**
     * Writes one event.
     *
     * @param event the event, not null
     * @return the JSON object
     */
    public static String write(CaseEvent event) {
        return text(MAPPER.valueToTree(Objects.requireNonNull(event, "event")));
    }

    /**
     * Writes a history as a JSON array, in order.
     *
     * @param history the events, not null
     * @return the JSON array
     */
    public static String write(List<CaseEvent> history) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CaseEvent e : Objects.requireNonNull(history, "history")) {
            array.add(MAPPER.<JsonNode>valueToTree(Objects.requireNonNull(e, "event")));
        }
        return text(array);
    }

    /**
     * Reads one event.
     *
     * @param json a JSON object, not null
     * @return the event
     * @throws IllegalArgumentException when the JSON is malformed, of a newer schema, or breaks a
     *     rule of the event or its change
     */
    public static CaseEvent readEvent(String json) {
        return bind(tree(json), "event");
    }

    /**
     * Reads a history written by {@link #write(List)} (or by any version of it, with either JSON
     * module).
     *
     * @param json a JSON array of events, not null
     * @return the events, in order; unmodifiable
     * @throws IllegalArgumentException when the JSON is malformed or an event is refused; the
     *     message names the event's index
     */
    public static List<CaseEvent> read(String json) {
        JsonNode root = tree(json);
        if (!root.isArray()) {
            throw new IllegalArgumentException("a case history must be a JSON array, but was a "
                    + root.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        List<CaseEvent> events = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            events.add(bind(root.get(i), "history[" + i + "]"));
        }
        return List.copyOf(events);
    }

    private static JsonNode tree(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot read a case history from JSON: " + Refusals.rule(e), e);
        }
    }

    private static CaseEvent bind(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        JsonNode schema = node.get("schema");
        if (schema == null || !schema.isInt()) {
            throw new IllegalArgumentException(where + ": schema must be an integer between 1 and "
                    + CaseEvent.SCHEMA_VERSION + ", but was " + (schema == null ? "missing" : schema.toString()));
        }
        // Schema 1 is the current shape, so no event needs converting yet. A later schema adds its
        // conversion of the older shape here, before binding; CaseEvent refuses newer schemas.
        try {
            return QualityLoopJson.read(node, CaseEvent.class);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }
}
