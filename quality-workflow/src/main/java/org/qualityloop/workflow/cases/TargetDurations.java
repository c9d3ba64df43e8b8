package org.qualityloop.workflow.cases;

import java.time.Duration;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The working time per target of a {@link CaseChange.SlaTargetsSet}: an unmodifiable map in
 * target order, kept as one array of alternating keys and values. Every case's history keeps one,
 * so it is small: one object and one array, instead of a tree of entries. Equality, hash code and
 * string form are those of any {@link Map} with the same entries.
 *
 * <p>Immutable and thread-safe; package-private.
 */
final class TargetDurations extends AbstractMap<SlaTarget, Duration> {

    private static final TargetDurations EMPTY = new TargetDurations(new Object[0]);

    /** Keys at even indexes, in ascending order, each followed by its value. */
    private final Object[] entries;

    private TargetDurations(Object[] entries) {
        this.entries = entries;
    }

    /**
     * Copies a map, checking every key and duration; a later key comparing equal to an earlier
     * one replaces it, as in a sorted map.
     */
    static Map<SlaTarget, Duration> copyOf(Map<SlaTarget, Duration> targets) {
        if (targets instanceof TargetDurations t) {
            return t;
        }
        if (targets.isEmpty()) {
            return EMPTY;
        }
        Object[] a = new Object[targets.size() * 2];
        int[] n = {0};
        targets.forEach((k, v) -> {
            SlaTarget key = Checks.notNull(k, "target");
            Duration value = SlaTarget.checkDuration(v, "targets[" + k + "]");
            int size = n[0];
            int i = size;
            while (i > 0 && ((SlaTarget) a[2 * (i - 1)]).compareTo(key) > 0) {
                i--;
            }
            if (i > 0 && ((SlaTarget) a[2 * (i - 1)]).compareTo(key) == 0) {
                a[2 * (i - 1) + 1] = value;
                return;
            }
            System.arraycopy(a, 2 * i, a, 2 * i + 2, 2 * (size - i));
            a[2 * i] = key;
            a[2 * i + 1] = value;
            n[0] = size + 1;
        });
        return new TargetDurations(n[0] * 2 == a.length ? a : java.util.Arrays.copyOf(a, n[0] * 2));
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public boolean isEmpty() {
        return entries.length == 0;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Duration get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (Duration) entries[i + 1];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < entries.length; i += 2) {
            if (entries[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void forEach(BiConsumer<? super SlaTarget, ? super Duration> action) {
        Checks.notNull(action, "action");
        for (int i = 0; i < entries.length; i += 2) {
            action.accept((SlaTarget) entries[i], (Duration) entries[i + 1]);
        }
    }

    /** A view made on each call, so that the map keeps no cached view of its own. */
    @Override
    public Set<SlaTarget> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<SlaTarget> iterator() {
                return new Cursor<>() {
                    @Override
                    SlaTarget at(int i) {
                        return (SlaTarget) entries[i];
                    }
                };
            }

            @Override
            public int size() {
                return TargetDurations.this.size();
            }

            @Override
            public boolean contains(Object o) {
                return containsKey(o);
            }
        };
    }

    /** A view made on each call, so that the map keeps no cached view of its own. */
    @Override
    public java.util.Collection<Duration> values() {
        return new java.util.AbstractCollection<>() {
            @Override
            public Iterator<Duration> iterator() {
                return new Cursor<>() {
                    @Override
                    Duration at(int i) {
                        return (Duration) entries[i + 1];
                    }
                };
            }

            @Override
            public int size() {
                return TargetDurations.this.size();
            }
        };
    }

    @Override
    public Set<Map.Entry<SlaTarget, Duration>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<SlaTarget, Duration>> iterator() {
                return new Cursor<>() {
                    @Override
                    Map.Entry<SlaTarget, Duration> at(int i) {
                        return new AbstractMap.SimpleImmutableEntry<>((SlaTarget) entries[i], (Duration) entries[i + 1]);
                    }
                };
            }

            @Override
            public int size() {
                return TargetDurations.this.size();
            }
        };
    }

    /** Walks the keys in order; {@link #at} reads what to return for the key at an index. */
    private abstract class Cursor<T> implements Iterator<T> {
        private int next;

        abstract T at(int i);

        @Override
        public boolean hasNext() {
            return next < entries.length;
        }

        @Override
        public T next() {
            if (next >= entries.length) {
                throw new NoSuchElementException();
            }
            T t = at(next);
            next += 2;
            return t;
        }
    }
}
