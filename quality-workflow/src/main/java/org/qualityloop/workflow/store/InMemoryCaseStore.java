package org.qualityloop.workflow.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;

/**
 * A {@link CaseStore} in memory: for tests, simulations and single-process deployments, and the
 * reference the contract suite of {@code quality-workflow-testkit} runs against.
 *
 * <p>Keeps every event, the latest snapshot offered, and per open case its summary and due entry.
 * A case that is neither open nor due (closed or rejected) is kept compactly, since most cases
 * held are such: its events column by column (each event's command, actor and change in one
 * array, their instants in another), and no snapshot, so reading it replays its history. A
 * command that reopens it unpacks it again. The global feed holds each event's case and place,
 * not the event.
 * Appends to one case are serialised by a lock of that case (the {@link UnitOfWork} runs under
 * it); appends to different cases run in parallel and meet only to take feed positions, which
 * are assigned at commit, so the feed is in commit order. Readers take no case lock: a case's
 * state is one immutable entry, replaced on every append. The due index is a skip list ordered
 * by due instant (or lease end): {@link #due} finding k entries costs O(k + log n). Open-case
 * queries scan the summaries in id order from the cursor.
 *
 * <p>Personal data is kept apart ({@link PersonalDataErasure}): events and snapshots are held
 * {@linkplain PersonalData#split(CaseEvent) split}, each case's {@link PersonalData} in a map of
 * its own, and every read joins it back; {@link #eraseCustomer} and {@link #eraseCase} remove it
 * under the case's lock. Thread-safe.
 */
public final class InMemoryCaseStore implements CaseStore, PersonalDataErasure {

    private static final CaseEvent[] NO_EVENTS = new CaseEvent[0];
    private static final int FEED_SHIFT = 10;
    private static final int FEED_CHUNK = 1 << FEED_SHIFT;
    private static final AppendResult APPENDED = new AppendResult.Appended();

    private final ConcurrentHashMap<CaseId, Holder> cases = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<DueKey> dueIndex = new ConcurrentSkipListSet<>();
    private final ConcurrentSkipListMap<CaseId, CaseSummary> open = new ConcurrentSkipListMap<>();
    private final Object feedLock = new Object();
    /**
     * The feed: the case of the event at each position (position i + 1) and its index in that
     * case, in chunks of {@link #FEED_CHUNK} (entry i in chunk {@code i >>> FEED_SHIFT}), so that a
     * growing feed copies nothing and keeps no spare room beyond its last chunk.
     */
    private Holder[][] feedCase = new Holder[16][];
    private int[][] feedIndex = new int[16][];
    private int feedSize;
    /** Each case's personal data, apart from its events and snapshot. */
    private final ConcurrentHashMap<CaseId, PersonalData> personal = new ConcurrentHashMap<>();
    /** The cases of each customer holding personal data; a value set is changed only inside a compute of its key. */
    private final ConcurrentHashMap<CustomerId, Set<CaseId>> byCustomer = new ConcurrentHashMap<>();
    /** The cases erased: personal data offered for them again is dropped. */
    private final Set<CaseId> erased = ConcurrentHashMap.newKeySet();

    /** Creates an empty store. */
    public InMemoryCaseStore() {
    }

    /** An entry of the due index: when a case's due entry is next answered by {@link #due}. */
    private record DueKey(Instant at, CaseId id) implements Comparable<DueKey> {
        @Override
        public int compareTo(DueKey o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    /** A case's lock and its current entry. */
    private static final class Holder {
        volatile Entry entry;
    }

    /**
     * A case as stored, immutable as seen by readers: an append writes past the end of the shared
     * array (or into a copy) and publishes a new entry; only the newest entry is appended to. The
     * snapshot is kept as offered (its {@code Optional} too, so a read allocates no wrapper); the
     * summary is not kept here: only an open case needs it, in {@link #open}. A compacted case is
     * a {@link Compacted} entry: its events in columns instead of {@link #events}, and no
     * snapshot.
     */
    private static class Entry {
        final CaseId id;
        /** The events, in an array that may have room past {@link #size}; null when compacted. */
        final CaseEvent[] events;
        final int size;
        final Optional<CaseSnapshot> snapshot;
        /** The due instant, or null; the lease end when claimed, or null. */
        final Instant dueAt;
        final Instant claimedUntil;
        final DueKey key;

        Entry(CaseId id, CaseEvent[] events, int size, Optional<CaseSnapshot> snapshot, Instant dueAt,
                Instant claimedUntil, DueKey previous) {
            this.id = id;
            this.events = events;
            this.size = size;
            this.snapshot = snapshot;
            this.dueAt = dueAt;
            this.claimedUntil = claimedUntil;
            Instant at = claimedUntil != null ? claimedUntil : dueAt;
            this.key = at == null ? null : previous != null && previous.at().equals(at) ? previous : new DueKey(at, id);
        }

        Entry withDue(Instant due, Instant claim) {
            return new Entry(id, events, size, snapshot, due, claim, key);
        }

        CaseEvent event(int i) {
            return events[i];
        }

        CommandId commandAt(int i) {
            return events[i].commandId();
        }

        int indexOf(CommandId command) {
            for (int i = size - 1; i >= 0; i--) {
                if (commandAt(i).equals(command)) {
                    return i;
                }
            }
            return -1;
        }

        List<CaseEvent> range(int from, int to) {
            return Collections.unmodifiableList(Arrays.asList(events).subList(from, to));
        }

        List<CaseEvent> commandEvents(int last) {
            CommandId command = commandAt(last);
            int first = last;
            while (first > 0 && commandAt(first - 1).equals(command)) {
                first--;
            }
            return range(first, last + 1);
        }
    }

    /**
     * A compacted case: its events column by column, in the entry itself (one object per case
     * fewer): for event i, its command, actor and change at {@code refs[3i]} to
     * {@code refs[3i + 2]}, and its instant as the epoch second {@code base + times[2i]} and the
     * nanosecond {@code times[2i + 1]}. Its case, sequence (i + 1) and schema (the current one:
     * only such events are compacted) are implied. Immutable.
     */
    private static final class Compacted extends Entry {
        final Object[] refs;
        final long base;
        final int[] times;

        Compacted(CaseId id, Object[] refs, long base, int[] times, int size, Instant dueAt, Instant claimedUntil,
                DueKey previous) {
            super(id, null, size, Optional.empty(), dueAt, claimedUntil, previous);
            this.refs = refs;
            this.base = base;
            this.times = times;
        }

        @Override
        Entry withDue(Instant due, Instant claim) {
            return new Compacted(id, refs, base, times, size, due, claim, key);
        }

        @Override
        CaseEvent event(int i) {
            return CaseEvent.of(id, i + 1L, (CommandId) refs[3 * i], (Actor) refs[3 * i + 1],
                    Instant.ofEpochSecond(base + times[2 * i], times[2 * i + 1]), (CaseChange) refs[3 * i + 2]);
        }

        @Override
        CommandId commandAt(int i) {
            return (CommandId) refs[3 * i];
        }

        @Override
        List<CaseEvent> range(int from, int to) {
            CaseEvent[] out = new CaseEvent[to - from];
            for (int i = from; i < to; i++) {
                out[i - from] = event(i);
            }
            return Arrays.asList(out);
        }
    }

    @Override
    public AppendResult append(Append append) {
        Checks.notNull(append, "append");
        while (true) {
            Holder h = cases.computeIfAbsent(append.caseId(), k -> new Holder());
            synchronized (h) {
                if (cases.get(append.caseId()) != h) {
                    continue; // dropped by a failed first append while this one waited
                }
                return appendLocked(h, append);
            }
        }
    }

    private AppendResult appendLocked(Holder h, Append append) {
        Entry e = h.entry;
        {
            try {
                if (e != null) {
                    int i = e.indexOf(append.commandId());
                    if (i >= 0) {
                        return new AppendResult.Duplicate(joined(append.caseId(), e.commandEvents(i)));
                    }
                }
                long version = e == null ? 0 : e.size;
                if (version != append.expectedVersion()) {
                    return new AppendResult.Conflict(append.expectedVersion(), version);
                }
                append.work().join(new StoreTransaction() {
                    @Override
                    public Append append() {
                        return append;
                    }

                    @Override
                    public <T> Optional<T> resource(Class<T> type) {
                        Checks.notNull(type, "type");
                        return Optional.empty();
                    }
                });
                commit(h, e, append);
                return APPENDED;
            } finally {
                if (h.entry == null) {
                    cases.remove(append.caseId(), h);
                }
            }
        }
    }

    /** Writes an append that passed its checks; called holding the case's lock. */
    private void commit(Holder h, Entry e, Append append) {
        List<CaseEvent> more = keepApart(append.caseId(), append.events());
        CaseEvent[] array = e == null ? NO_EVENTS : e.events != null ? e.events : unpack(e);
        int size = e == null ? 0 : e.size;
        int needed = size + more.size();
        if (needed > array.length) {
            array = Arrays.copyOf(array, Math.max(needed, Math.max(8, array.length * 2)));
        }
        for (int i = 0; i < more.size(); i++) {
            array[size + i] = more.get(i);
        }
        CaseSummary summary = append.summary();
        Instant due = summary.nextDue().orElse(null);
        Entry next = summary.isOpen() || due != null ? null : compact(append.caseId(), array, needed, e);
        if (next == null) {
            Optional<CaseSnapshot> snapshot = append.snapshot().isPresent() ? keptApart(append.snapshot())
                    : e == null ? Optional.empty() : e.snapshot;
            next = new Entry(append.caseId(), array, needed, snapshot, due, null, e == null ? null : e.key);
        }
        reindex(e, next);
        if (summary.isOpen()) {
            open.put(summary.caseId(), summary);
        } else {
            open.remove(summary.caseId());
        }
        h.entry = next;
        synchronized (feedLock) {
            for (int i = 0; i < more.size(); i++) {
                int chunk = feedSize >>> FEED_SHIFT;
                if (chunk == feedCase.length) {
                    feedCase = Arrays.copyOf(feedCase, chunk * 2);
                    feedIndex = Arrays.copyOf(feedIndex, chunk * 2);
                }
                if (feedCase[chunk] == null) {
                    feedCase[chunk] = new Holder[FEED_CHUNK];
                    feedIndex[chunk] = new int[FEED_CHUNK];
                }
                feedCase[chunk][feedSize & (FEED_CHUNK - 1)] = h;
                feedIndex[chunk][feedSize & (FEED_CHUNK - 1)] = size + i;
                feedSize++;
            }
        }
    }

    /** The events of a compacted entry, in an array with room for a few more. */
    private static CaseEvent[] unpack(Entry e) {
        CaseEvent[] out = new CaseEvent[e.size + 8];
        for (int i = 0; i < e.size; i++) {
            out[i] = e.event(i);
        }
        return out;
    }

    /**
     * The entry of a case neither open nor due holding its first {@code size} events in columns,
     * or null when one of them is of an older schema
     * (kept as it is, so that it reads back as written) or their instants span more seconds than
     * an {@code int} holds (some 68 years either way).
     */
    private static Compacted compact(CaseId id, CaseEvent[] events, int size, Entry previous) {
        long base = events[0].at().getEpochSecond();
        int[] times = new int[2 * size];
        for (int i = 0; i < size; i++) {
            CaseEvent ev = events[i];
            long delta = ev.at().getEpochSecond() - base;
            if (ev.schema() != CaseEvent.SCHEMA_VERSION || delta != (int) delta) {
                return null;
            }
            times[2 * i] = (int) delta;
            times[2 * i + 1] = ev.at().getNano();
        }
        Object[] refs = new Object[3 * size];
        for (int i = 0; i < size; i++) {
            CaseEvent ev = events[i];
            refs[3 * i] = ev.commandId();
            refs[3 * i + 1] = ev.actor();
            refs[3 * i + 2] = ev.change();
        }
        return new Compacted(id, refs, base, times, size, null, null, previous == null ? null : previous.key);
    }

    /** The events without personal data, keeping theirs; called holding the case's lock. */
    private List<CaseEvent> keepApart(CaseId id, List<CaseEvent> events) {
        if (!(events.get(0).change() instanceof CaseChange.Received r) || !r.feedback().hasPersonalData()) {
            return events; // only a case's first event carries personal data, if its feedback holds any
        }
        CaseEvent[] out = events.toArray(CaseEvent[]::new);
        for (int i = 0; i < out.length; i++) {
            out[i] = keepApart(PersonalData.split(out[i]));
        }
        return Arrays.asList(out);
    }

    /**
     * The snapshot offered, without personal data, keeping its personal data; called holding the
     * case's lock. A snapshot holding none (the feedback is split off on the case's first append)
     * is kept as offered, its {@code Optional} too, with no split made.
     */
    private Optional<CaseSnapshot> keptApart(Optional<CaseSnapshot> offered) {
        CaseSnapshot s = offered.get();
        return s.feedback().hasPersonalData() ? Optional.of(keepApart(PersonalData.split(s))) : offered;
    }

    /** Keeps a split's personal data unless its case has it already or was erased; called holding the case's lock. */
    private <T> T keepApart(PersonalData.Split<T> split) {
        split.personalData().ifPresent(d -> {
            if (!personal.containsKey(d.caseId()) && !erased.contains(d.caseId())) {
                personal.put(d.caseId(), d);
                d.customer().ifPresent(c -> byCustomer.compute(c, (k, ids) -> {
                    Set<CaseId> set = ids == null ? ConcurrentHashMap.newKeySet() : ids;
                    set.add(d.caseId());
                    return set;
                }));
            }
        });
        return split.withoutPersonalData();
    }

    private List<CaseEvent> joined(CaseId id, List<CaseEvent> events) {
        PersonalData d = personal.get(id);
        return d == null ? events : PersonalData.join(events, Optional.of(d));
    }

    private void reindex(Entry old, Entry next) {
        DueKey before = old == null ? null : old.key;
        if (before != null && !before.equals(next.key)) {
            dueIndex.remove(before);
        }
        if (next.key != null) {
            dueIndex.add(next.key);
        }
    }

    @Override
    public Optional<StoredCase> load(CaseId id) {
        Entry e = entry(id);
        if (e == null) {
            return Optional.empty();
        }
        int from = e.snapshot.isEmpty() ? 0 : (int) e.snapshot.get().version();
        PersonalData p = personal.get(id);
        if (p == null) {
            return Optional.of(new StoredCase(e.snapshot, from == e.size ? List.of() : e.range(from, e.size)));
        }
        Optional<PersonalData> d = Optional.of(p);
        return Optional.of(new StoredCase(e.snapshot.map(s -> PersonalData.join(s, d)),
                from == e.size ? List.of() : PersonalData.join(e.range(from, e.size), d)));
    }

    @Override
    public List<CaseEvent> history(CaseId id) {
        Entry e = entry(id);
        return e == null ? List.of() : joined(id, e.range(0, e.size));
    }

    @Override
    public Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command) {
        Checks.notNull(command, "command");
        Entry e = entry(id);
        if (e == null) {
            return Optional.empty();
        }
        int last = e.indexOf(command);
        return last < 0 ? Optional.empty() : Optional.of(joined(id, e.commandEvents(last)));
    }

    private Entry entry(CaseId id) {
        Holder h = cases.get(Checks.notNull(id, "id"));
        return h == null ? null : h.entry;
    }

    @Override
    public List<DueCase> due(Instant t, int limit) {
        Checks.notNull(t, "t");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        List<DueCase> out = new ArrayList<>(Math.min(limit, 64));
        for (DueKey k : dueIndex) {
            if (k.at().isAfter(t) || out.size() >= limit) {
                break;
            }
            Entry e = entry(k.id());
            if (e != null && k.equals(e.key)) {
                out.add(new DueCase(k.id(), e.size, e.dueAt));
            }
        }
        return out;
    }

    @Override
    public Optional<Instant> nextDue() {
        Iterator<DueKey> it = dueIndex.iterator();
        return it.hasNext() ? Optional.of(it.next().at()) : Optional.empty();
    }

    @Override
    public boolean claim(CaseId id, long version, Instant now, Instant until) {
        Checks.notNull(id, "id");
        Checks.notNull(now, "now");
        Checks.notNull(until, "until");
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("until must be after now " + now + ", but was " + until);
        }
        Holder h = cases.get(id);
        if (h == null) {
            return false;
        }
        synchronized (h) {
            Entry e = h.entry;
            if (e == null || e.size != version || e.dueAt == null || e.dueAt.isAfter(now)
                    || e.claimedUntil != null && e.claimedUntil.isAfter(now)) {
                return false;
            }
            Entry next = e.withDue(e.dueAt, until);
            reindex(e, next);
            h.entry = next;
            return true;
        }
    }

    @Override
    public void release(CaseId id, long version, Optional<Instant> nextDue) {
        Checks.notNull(nextDue, "nextDue");
        Holder h = cases.get(Checks.notNull(id, "id"));
        if (h == null) {
            return;
        }
        synchronized (h) {
            Entry e = h.entry;
            if (e == null || e.size != version) {
                return;
            }
            Entry next = e.withDue(nextDue.map(CaseSummary::dueInstant).orElse(null), null);
            reindex(e, next);
            h.entry = next;
        }
    }

    @Override
    public Page openCases(CaseQuery query, Optional<CaseId> after, int limit) {
        Checks.notNull(query, "query");
        Checks.notNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        Map<CaseId, CaseSummary> from = after.isPresent() ? open.tailMap(after.get(), false) : open;
        List<CaseSummary> items = new ArrayList<>(Math.min(limit, 64));
        for (CaseSummary s : from.values()) {
            if (query.matches(s)) {
                items.add(s);
                if (items.size() == limit) {
                    return new Page(items, Optional.of(s.caseId()));
                }
            }
        }
        return new Page(items, Optional.empty());
    }

    @Override
    public List<StoredEvent> read(long after, int limit) {
        Checks.nonNegative(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
        synchronized (feedLock) {
            if (after >= feedSize) {
                return List.of();
            }
            int from = (int) after;
            int to = (int) Math.min(feedSize, after + limit);
            List<StoredEvent> out = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                CaseEvent ev = feedCase[i >>> FEED_SHIFT][i & (FEED_CHUNK - 1)].entry
                        .event(feedIndex[i >>> FEED_SHIFT][i & (FEED_CHUNK - 1)]);
                PersonalData d = ev.change() instanceof CaseChange.Received ? personal.get(ev.caseId()) : null;
                out.add(new StoredEvent(i + 1L, d == null ? ev : PersonalData.join(ev, Optional.of(d))));
            }
            return out;
        }
    }

    @Override
    public Erasure eraseCustomer(CustomerId customer) {
        Checks.notNull(customer, "customer");
        Set<CaseId> ids = byCustomer.get(customer);
        Erasure out = Erasure.none();
        if (ids != null) {
            for (CaseId id : List.copyOf(ids)) {
                out = out.plus(eraseCase(id));
            }
        }
        return out;
    }

    @Override
    public Erasure eraseCase(CaseId caseId) {
        Holder h = cases.get(Checks.notNull(caseId, "caseId"));
        if (h == null) {
            return Erasure.none();
        }
        synchronized (h) {
            erased.add(caseId);
            PersonalData d = personal.remove(caseId);
            if (d == null) {
                return Erasure.none();
            }
            d.customer().ifPresent(c -> byCustomer.computeIfPresent(c, (k, set) -> {
                set.remove(caseId);
                return set.isEmpty() ? null : set;
            }));
            return Erasure.of(List.of(d));
        }
    }

    /**
     * Returns the number of cases held.
     *
     * @return the number of cases held
     */
    public int size() {
        return cases.size();
    }

    @Override
    public String toString() {
        return "InMemoryCaseStore[cases=" + cases.size() + ", open=" + open.size() + "]";
    }
}
