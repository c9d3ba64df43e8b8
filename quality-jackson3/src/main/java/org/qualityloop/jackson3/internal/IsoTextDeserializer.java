package org.qualityloop.jackson3.internal;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads an instant or a duration only from its ISO-8601 text, refusing the epoch numbers Jackson's
 * built-in java.time support would accept, whatever the mapper's settings; the text itself is
 * parsed by that built-in deserializer.
 *
 * @param <T> the type read
 */
final class IsoTextDeserializer<T> extends StdDeserializer<T> {

    private final ValueDeserializer<T> iso;

    IsoTextDeserializer(Class<T> type, ValueDeserializer<T> iso) {
        super(type);
        this.iso = iso;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        return iso.deserialize(p, ctxt);
    }
}
