package com.example.consumer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoreTransaction;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;

/**
 * A user's own store, as small as it gets: plain maps behind one lock, a lock per case that
 * serialises its appends (so a unit of work holds up only its own case), positions assigned at
 * commit. Written only against the published SPI, to show it can be implemented from outside.
 */
final class TinyCaseStore implements CaseStore {

    private static final class Row {
        final List<CaseEvent> events = new ArrayList<>();
        CaseSnapshot snapshot;
        CaseSummary summary;
        Instant dueAt;
        Instant claimedUntil;

        Instant effective() {
            return claimedUntil != null ? claimedUntil : dueAt;
        }
    }

    private final Map<CaseId, Row> rows = new HashMap<>();
    private final List<CaseEvent> feed = new ArrayList<>();
    private final Map<CaseId, Object> caseLocks = new HashMap<>();

    @Override
    public AppendResult append(Append append) {
        Object lock;
        synchronized (this) {
            lock = caseLocks.computeIfAbsent(append.caseId(), k -> new Object());
        }
        synchronized (lock) {
            AppendResult refused = check(append);
            if (refused != null) {
                return refused;
            }
            // the unit of work runs before anything is written: if it throws, nothing is
            append.work().join(new StoreTransaction() {
                @Override
                public Append append() {
                    return append;
                }

                @Override
                public <T> Optional<T> resource(Class<T> type) {
                    return Optional.empty();
                }
            });
            write(append);
            return new AppendResult.Appended();
        }
    }

    private synchronized AppendResult check(Append append) {
        Row row = rows.get(append.caseId());
        if (row != null) {
            Optional<List<CaseEvent>> earlier = commandEvents(row, append.commandId());
            if (earlier.isPresent()) {
                return new AppendResult.Duplicate(earlier.get());
            }
        }
        long version = row == null ? 0 : row.events.size();
        if (version != append.expectedVersion()) {
            return new AppendResult.Conflict(append.expectedVersion(), version);
        }
        return null;
    }

    private synchronized void write(Append append) {
        Row row = rows.get(append.caseId());
        Row r = row != null ? row : new Row();
        r.events.addAll(append.events());
        append.snapshot().ifPresent(s -> r.snapshot = s);
        r.summary = append.summary();
        r.dueAt = append.summary().nextDue().orElse(null);
        r.claimedUntil = null;
        rows.put(append.caseId(), r);
        feed.addAll(append.events());
    }

    private static Optional<List<CaseEvent>> commandEvents(Row row, CommandId command) {
        List<CaseEvent> out = new ArrayList<>();
        for (CaseEvent e : row.events) {
            if (e.commandId().equals(command)) {
                out.add(e);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(out));
    }

    @Override
    public synchronized Optional<StoredCase> load(CaseId id) {
        Row row = rows.get(id);
        if (row == null) {
            return Optional.empty();
        }
        int from = row.snapshot == null ? 0 : (int) row.snapshot.version();
        return Optional.of(new StoredCase(Optional.ofNullable(row.snapshot),
                List.copyOf(row.events.subList(from, row.events.size()))));
    }

    @Override
    public synchronized List<CaseEvent> history(CaseId id) {
        Row row = rows.get(id);
        return row == null ? List.of() : List.copyOf(row.events);
    }

    @Override
    public synchronized Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command) {
        Row row = rows.get(id);
        return row == null ? Optional.empty() : commandEvents(row, command);
    }

    @Override
    public synchronized List<DueCase> due(Instant t, int limit) {
        TreeMap<Instant, List<DueCase>> byInstant = new TreeMap<>();
        for (Map.Entry<CaseId, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (r.effective() != null && !r.effective().isAfter(t)) {
                byInstant.computeIfAbsent(r.effective(), k -> new ArrayList<>())
                        .add(new DueCase(e.getKey(), r.events.size(), r.dueAt));
            }
        }
        List<DueCase> out = new ArrayList<>();
        byInstant.values().forEach(out::addAll);
        return List.copyOf(out.subList(0, Math.min(limit, out.size())));
    }

    @Override
    public synchronized Optional<Instant> nextDue() {
        return rows.values().stream().map(Row::effective).filter(i -> i != null).min(Instant::compareTo);
    }

    @Override
    public synchronized boolean claim(CaseId id, long version, Instant now, Instant until) {
        Row r = rows.get(id);
        if (r == null || r.events.size() != version || r.dueAt == null || r.dueAt.isAfter(now)
                || r.claimedUntil != null && r.claimedUntil.isAfter(now)) {
            return false;
        }
        r.claimedUntil = until;
        return true;
    }

    @Override
    public synchronized void release(CaseId id, long version, Optional<Instant> nextDue) {
        Row r = rows.get(id);
        if (r != null && r.events.size() == version) {
            r.dueAt = nextDue.map(CaseSummary::dueInstant).orElse(null);
            r.claimedUntil = null;
        }
    }

    @Override
    public synchronized Page openCases(CaseQuery query, Optional<CaseId> after, int limit) {
        TreeMap<CaseId, CaseSummary> open = new TreeMap<>();
        rows.forEach((id, r) -> {
            if (query.matches(r.summary) && after.map(a -> id.compareTo(a) > 0).orElse(true)) {
                open.put(id, r.summary);
            }
        });
        List<CaseSummary> items = new ArrayList<>(open.values());
        if (items.size() > limit) {
            List<CaseSummary> page = items.subList(0, limit);
            return new Page(page, Optional.of(page.get(limit - 1).caseId()));
        }
        return new Page(items, Optional.empty());
    }

    @Override
    public synchronized List<StoredEvent> read(long after, int limit) {
        List<StoredEvent> out = new ArrayList<>();
        for (long p = after + 1; p <= feed.size() && out.size() < limit; p++) {
            out.add(new StoredEvent(p, feed.get((int) p - 1)));
        }
        return out;
    }
}
