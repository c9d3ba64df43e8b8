package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.qualityloop.model.calendar.BusinessCalendar;

/**
 * Reads an instant or a duration only from its ISO-8601 text, refusing the epoch numbers the Java
 * time module would accept, whatever the mapper's settings; the text itself is parsed by that
 * module's deserializer. An instant must lie in the range a business calendar supports
 * ({@link BusinessCalendar#MIN_SUPPORTED_INSTANT} to {@link BusinessCalendar#MAX_SUPPORTED_INSTANT},
 * years 1 to 9999), a duration must be shorter than 100 years ({@link #MAX_DURATION} either way),
 * so that no value read can make later arithmetic overflow or a calendar search run for ages.
 *
 * @param <T> the type read
 */
final class IsoTextDeserializer<T> extends StdDeserializer<T> {

    /** The longest duration read, either sign: 36,524 days, just under 100 years. */
    static final Duration MAX_DURATION = Duration.ofDays(36_524);

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
        T value = iso.deserialize(p, ctxt);
        if (value instanceof Instant instant && (instant.isBefore(BusinessCalendar.MIN_SUPPORTED_INSTANT)
                || instant.isAfter(BusinessCalendar.MAX_SUPPORTED_INSTANT))) {
            throw new IllegalArgumentException("instant must be between " + BusinessCalendar.MIN_SUPPORTED_INSTANT
                    + " and " + BusinessCalendar.MAX_SUPPORTED_INSTANT + ", but was " + instant);
        }
        if (value instanceof Duration duration && duration.abs().compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be at most " + MAX_DURATION
                    + " either way, but was " + duration);
        }
        return value;
    }
}
