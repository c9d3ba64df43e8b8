package org.qualityloop.jackson3.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Refuses a duplicate key, at any depth, inside a case event or a change, whatever the mapper's
 * settings: a mapper without strict duplicate detection would otherwise keep the last value of a
 * key, so a history could say two things at once. The object is copied once while its keys are
 * checked, then read by the type's own deserializer; a parser that already detects duplicates is
 * read directly. The refusal is the parser's own ({@code Duplicate Object property "<key>"}), so
 * it reads as it does with the strict mapper.
 */
final class UniqueKeysDeserializer extends DelegatingDeserializer {

    /** Wraps the deserializers of {@link CaseEvent} and {@link CaseChange}. */
    static final class Modifier extends ValueDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier beanDescRef, ValueDeserializer<?> deserializer) {
            Class<?> type = beanDescRef.getBeanClass();
            return type == CaseEvent.class || type == CaseChange.class
                    ? new UniqueKeysDeserializer(deserializer) : deserializer;
        }
    }

    UniqueKeysDeserializer(ValueDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> newDelegatee) {
        return new UniqueKeysDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
        JsonParser checked = checked(p, ctxt);
        return _delegatee.deserialize(checked, ctxt);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer) {
        JsonParser checked = checked(p, ctxt);
        return _delegatee.deserializeWithType(checked, ctxt, typeDeserializer);
    }

    /** The object at the parser's position, its keys checked, as a parser at its start. */
    private static JsonParser checked(JsonParser p, DeserializationContext ctxt) {
        boolean atStart = p.hasToken(JsonToken.START_OBJECT);
        if (!atStart && !p.hasToken(JsonToken.PROPERTY_NAME)
                || p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)) {
            return p;
        }
        TokenBuffer copy = ctxt.bufferForInputBuffering(p);
        Deque<Set<String>> keys = new ArrayDeque<>();
        int depth = 0;
        JsonToken t = p.currentToken();
        if (!atStart) {
            // Jackson is already inside the object (its type id was read first): open it again.
            copy.writeStartObject();
            keys.push(new HashSet<>());
            depth = 1;
        }
        while (true) {
            if (t == null) {
                return ctxt.reportInputMismatch(CaseChange.class, "unexpected end of input inside an object");
            }
            switch (t) {
                case START_OBJECT -> {
                    keys.push(new HashSet<>());
                    depth++;
                }
                case START_ARRAY -> depth++;
                case END_OBJECT -> {
                    keys.pop();
                    depth--;
                }
                case END_ARRAY -> depth--;
                case PROPERTY_NAME -> {
                    String key = p.currentName();
                    if (!keys.peek().add(key)) {
                        throw new StreamReadException(p, "Duplicate Object property \"" + key + "\"");
                    }
                }
                default -> {
                }
            }
            copy.copyCurrentEvent(p);
            if (depth == 0) {
                break;
            }
            t = p.nextToken();
        }
        JsonParser replay = copy.asParser(ctxt, p);
        replay.nextToken();
        return replay;
    }
}
