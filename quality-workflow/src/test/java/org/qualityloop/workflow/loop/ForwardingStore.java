package org.qualityloop.workflow.loop;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;

/** A store passing every call to another, for tests that change one behaviour. */
class ForwardingStore implements CaseStore {

    private final CaseStore inner;

    ForwardingStore(CaseStore inner) {
        this.inner = inner;
    }

    @Override
    public AppendResult append(Append append) {
        return inner.append(append);
    }

    @Override
    public Optional<StoredCase> load(CaseId id) {
        return inner.load(id);
    }

    @Override
    public List<CaseEvent> history(CaseId id) {
        return inner.history(id);
    }

    @Override
    public Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command) {
        return inner.eventsOf(id, command);
    }

    @Override
    public List<DueCase> due(Instant t, int limit) {
        return inner.due(t, limit);
    }

    @Override
    public Optional<Instant> nextDue() {
        return inner.nextDue();
    }

    @Override
    public boolean claim(CaseId id, long version, Instant now, Instant until) {
        return inner.claim(id, version, now, until);
    }

    @Override
    public void release(CaseId id, long version, Optional<Instant> nextDue) {
        inner.release(id, version, nextDue);
    }

    @Override
    public Page openCases(CaseQuery query, Optional<CaseId> after, int limit) {
        return inner.openCases(query, after, limit);
    }

    @Override
    public List<StoredEvent> read(long after, int limit) {
        return inner.read(after, limit);
    }
}
