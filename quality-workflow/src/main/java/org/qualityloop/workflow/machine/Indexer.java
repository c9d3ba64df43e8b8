package org.qualityloop.workflow.machine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the values of a state or event type to dense indexes: ordinals for enums, a hash map
 * otherwise. Immutable once built; package-private.
 */
abstract sealed class Indexer<T> {

    /** The values in index order. */
    final List<T> values;

    private Indexer(List<T> values) {
        this.values = List.copyOf(values);
    }

    /** The index of {@code value}, or -1 if it is not one of the values. */
    abstract int indexOf(T value);

    final int size() {
        return values.size();
    }

    final T value(int index) {
        return values.get(index);
    }

    /**
     * An indexer over every constant of {@code type} when it is an enum, otherwise over
     * {@code used} in encounter order.
     */
    static <T> Indexer<T> of(Class<T> type, List<T> used) {
        T[] constants = type.getEnumConstants();
        if (constants != null) {
            return new ForEnum<>(type, List.of(constants));
        }
        List<T> distinct = new ArrayList<>();
        Map<T, Integer> index = new HashMap<>();
        for (T value : used) {
            if (index.putIfAbsent(value, distinct.size()) == null) {
                distinct.add(value);
            }
        }
        return new ForObjects<>(distinct, index);
    }

    private static final class ForEnum<T> extends Indexer<T> {
        private final Class<T> type;

        ForEnum(Class<T> type, List<T> constants) {
            super(constants);
            this.type = type;
        }

        @Override
        int indexOf(T value) {
            // Exact class first (the common case); constants with a body are subclasses.
            if (value.getClass() == type || type.isInstance(value)) {
                return ((Enum<?>) value).ordinal();
            }
            return -1;
        }
    }

    private static final class ForObjects<T> extends Indexer<T> {
        private final Map<T, Integer> index;

        ForObjects(List<T> values, Map<T, Integer> index) {
            super(values);
            this.index = Map.copyOf(index);
        }

        @Override
        int indexOf(T value) {
            Integer i = index.get(value);
            return i == null ? -1 : i;
        }
    }
}
