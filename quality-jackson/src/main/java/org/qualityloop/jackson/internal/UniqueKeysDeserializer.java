package org.qualityloop.jackson.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * Refuses a duplicate key, at any depth, inside a case event or a change, whatever the mapper's
 * settings: a mapper without strict duplicate detection would otherwise keep the last value of a
 * key, so a history could say two things at once. The object is copied once while its keys are
 * checked, then read by the type's own deserializer; a parser that already detects duplicates is
 * read directly. The refusal is the parser's own ({@code Duplicate field '<key>'}), so it reads
 * as it does with the strict mapper.
 */
final class UniqueKeysDeserializer extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    /** Wraps the deserializers of {@link CaseEvent} and {@link CaseChange}. */
    static final class Modifier extends BeanDeserializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                JsonDeserializer<?> deserializer) {
            Class<?> type = beanDesc.getBeanClass();
            return type == CaseEvent.class || type == CaseChange.class
                    ? new UniqueKeysDeserializer(deserializer) : deserializer;
        }
    }

    UniqueKeysDeserializer(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
        return new UniqueKeysDeserializer(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonParser checked = checked(p, ctxt);
        return _delegatee.deserialize(checked, ctxt);
    }

    @Override
    public Object deserializeWithType(JsonParser p, DeserializationContext ctxt, TypeDeserializer typeDeserializer)
            throws IOException {
        JsonParser checked = checked(p, ctxt);
        return _delegatee.deserializeWithType(checked, ctxt, typeDeserializer);
    }

    /** The object at the parser's position, its keys checked, as a parser at its start. */
    private static JsonParser checked(JsonParser p, DeserializationContext ctxt) throws IOException {
        boolean atStart = p.hasToken(JsonToken.START_OBJECT);
        if (!atStart && !p.hasToken(JsonToken.FIELD_NAME)
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
                case FIELD_NAME -> {
                    String key = p.currentName();
                    if (!keys.peek().add(key)) {
                        throw new JsonParseException(p, "Duplicate field '" + key + "'");
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
        JsonParser replay = copy.asParser(p);
        replay.nextToken();
        return replay;
    }
}
