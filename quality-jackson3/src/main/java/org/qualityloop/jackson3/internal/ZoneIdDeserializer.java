package org.qualityloop.jackson3.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a time zone only from its id text ({@code "America/New_York"}), through
 * {@link ZoneId#of(String)}: not from a number, and not an empty text as "no zone" (the Java time
 * module's reading); an id {@link ZoneId#of(String)} does not know is refused naming the rule and
 * the start of the text.
 */
final class ZoneIdDeserializer extends StdDeserializer<ZoneId> {

    /** The longest part of a refused id repeated in the message. */
    private static final int SHOWN = 40;

    ZoneIdDeserializer() {
        super(ZoneId.class);
    }

    @Override
    public ZoneId deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (ZoneId) ctxt.handleUnexpectedToken(ZoneId.class, p);
        }
        return parse(p.getString());
    }

    /** The zone of an id, or a refusal naming the rule and (the start of) the id. */
    static ZoneId parse(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            String shown = id.length() > SHOWN ? id.substring(0, SHOWN) + "…" : id;
            throw new IllegalArgumentException("time zone must be a known id such as America/New_York, but was '"
                    + shown + "'", e);
        }
    }
}
