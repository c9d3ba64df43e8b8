package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads an instant or a duration only from its ISO-8601 text, refusing the epoch numbers the Java
 * time module would accept, whatever the mapper's settings; the text itself is parsed by that
 * module's deserializer.
 *
 * @param <T> the type read
 */
final class IsoTextDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient JsonDeserializer<T> iso;

    IsoTextDeserializer(Class<T> type, JsonDeserializer<T> iso) {
        super(type);
        this.iso = iso;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        return iso.deserialize(p, ctxt);
    }
}
