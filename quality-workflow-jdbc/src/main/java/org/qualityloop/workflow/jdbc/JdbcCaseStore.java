package org.qualityloop.workflow.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CaseState;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.jdbc.internal.PayloadCodec;
import org.qualityloop.workflow.jdbc.internal.Sql;
import org.qualityloop.workflow.jdbc.internal.SqlStates;
import org.qualityloop.workflow.store.Append;
import org.qualityloop.workflow.store.AppendResult;
import org.qualityloop.workflow.store.CaseQuery;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.CaseStoreException;
import org.qualityloop.workflow.store.CaseSummary;
import org.qualityloop.workflow.store.DueCase;
import org.qualityloop.workflow.store.Erasure;
import org.qualityloop.workflow.store.Page;
import org.qualityloop.workflow.store.PersonalData;
import org.qualityloop.workflow.store.PersonalDataErasure;
import org.qualityloop.workflow.store.StoreTransaction;
import org.qualityloop.workflow.store.StoredCase;
import org.qualityloop.workflow.store.StoredEvent;

/**
 * A {@link CaseStore} on PostgreSQL or H2 over plain JDBC, on a {@link DataSource} the integrator
 * owns (any pool). The tables and the scripts that create them are described in docs/jdbc.md and
 * installed by {@link JdbcSchema}; building a store checks the installed schema version.
 *
 * <pre>{@code
 * JdbcCaseStore store = JdbcCaseStore.builder(dataSource).migrate().build();
 * CaseService service = CaseService.builder(lifecycle, policy, clock).store(store).build();
 * }</pre>
 *
 * <p><b>Appends</b> run in one transaction per command: the case row's version is compared and
 * set (a new case is inserted), which serialises appends to one case; the events are inserted
 * (a unique key on case, command id and the event's rank within the command catches a retried
 * command); the snapshot (when the snapshot policy keeps it) and the summary with its due entry
 * are written; the caller's {@code UnitOfWork} joins with the same {@link Connection}
 * ({@code tx.resource(Connection.class)}); last, positions in the global feed are taken from a
 * one-row counter, and the transaction commits. A unique-key violation (SQLState 23505) rolls
 * back, and the store re-reads to answer {@link AppendResult.Duplicate} or
 * {@link AppendResult.Conflict}; a serialization failure or deadlock (40001, 40P01) is retried up
 * to three times. Any failure rolls the transaction back before anything else is done on the
 * connection; a lost connection or timeout is thrown as {@link CaseStoreException} naming the
 * case and the command.
 *
 * <p><b>The global feed</b>: positions come from the counter row, updated as the last write of
 * the appending transaction. The row's lock is held until the commit, so positions are taken in
 * commit order and a reader resuming after a position never skips an event committed later.
 * Appends to different cases run in parallel up to that last step; their commits are serialised
 * by the counter.
 *
 * <p><b>The due index</b> is kept in the summary rows. {@link #claim} locks the case's row with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED} (both databases): a row another instance is appending
 * to or claiming is skipped, never waited on.
 *
 * <p><b>Personal data</b> is kept apart ({@link PersonalDataErasure}): events, snapshots and so
 * the feed are stored {@linkplain PersonalData#split(CaseEvent) split}, without it, and each case's
 * {@link PersonalData} in a table of its own ({@code ql_personal_data}, indexed by customer),
 * written in the append's transaction and joined back on every read. {@link #eraseCustomer} and
 * {@link #eraseCase} delete those rows and mark the cases erased ({@code ql_case_erased}) in one
 * transaction holding the cases' rows locked, the lock every append to them takes first: an append
 * in flight either commits before the erasure (which then erases what it wrote) or runs after it
 * and finds the case marked, so personal data it offers (a snapshot from an engine that read the
 * case before) is not kept.
 *
 * <p><b>On an H2 file database</b> the stores of one JVM run one write transaction at a time,
 * as SQLite does: appends (with their unit of work: keep it short), claims, erasures, and the
 * statements that write in auto-commit mode (releases, the due query, which locks rows, and
 * checkpoints); reads run in parallel. H2 writes a commit to its file in the committing thread
 * only when no other thread is writing the file at that moment, and otherwise acknowledges it
 * with its changes still in memory until the next write, which a killed process loses. Writes to
 * the same file from outside the store (the integrator's own transactions, or other processes
 * through H2's server mode) are not covered and can still delay the write of a store's commit:
 * give the store a file of its own. An H2 database in memory, and PostgreSQL, run appends side by
 * side.
 *
 * <p>Texts holding U+0000 are refused with a {@link CaseStoreException} (PostgreSQL's jsonb cannot
 * store them; H2 refuses them too, so that a history moves between databases unchanged).
 * Thread-safe: the store holds no state of its own besides its configuration (and, on an H2
 * file, the lock its writes share with the other stores on that file in the JVM).
 */
public final class JdbcCaseStore implements CaseStore, PersonalDataErasure {

    private static final int ATTEMPTS = 3;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Sql sql;
    private final int snapshotEvery;
    /**
     * On an H2 file database, the lock the stores on that database in this JVM hold through each
     * write transaction, from its first statement to its commit (or through a statement that
     * writes in auto-commit mode); null on other databases. H2 writes a commit to its file in the
     * committing thread only when no other thread is writing the file at that moment; otherwise
     * the commit returns with its changes in memory until the next write, and a process killed
     * meanwhile loses a commit it acknowledged. Holding the lock only around commits was not
     * enough: the statements of transactions still running write the file now and then too.
     */
    private final ReentrantLock writeGate;
    private static final ConcurrentHashMap<String, ReentrantLock> H2_FILE_GATES = new ConcurrentHashMap<>();

    private JdbcCaseStore(Builder b, Dialect dialect, Optional<String> h2File) {
        this.dataSource = b.dataSource;
        this.dialect = dialect;
        this.sql = dialect == Dialect.POSTGRESQL ? Sql.postgresql() : Sql.h2();
        this.writeGate = h2File.map(f -> H2_FILE_GATES.computeIfAbsent(f, k -> new ReentrantLock())).orElse(null);
        this.snapshotEvery = b.snapshotEvery;
    }

    /**
     * Starts a store on a database.
     *
     * @param dataSource the database, not null; the integrator owns it (and its pool)
     * @return a builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * An H2 database in a file, for embedded use: H2 must be on the class path (or module path,
     * as module {@code com.h2database}). The URL sets {@code WRITE_DELAY=0}, so that every commit
     * is written to the file when it returns; H2's default delay of half a second loses the last
     * commits on a crash. Even so H2 writes a commit at once only when no other thread is writing
     * the file, so the stores on such a file run one write transaction at a time (see the class
     * comment).
     *
     * @param file the database file, without H2's {@code .mv.db} suffix, not null
     * @return a data source on {@code jdbc:h2:file:<file>;WRITE_DELAY=0;DB_CLOSE_DELAY=-1} (the database stays
     *     open until the JVM ends or {@code SHUTDOWN} is executed, rather than being opened anew per connection)
     * @throws IllegalStateException when H2 is not present
     */
    public static DataSource h2File(Path file) {
        Objects.requireNonNull(file, "file");
        return h2("jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;DB_CLOSE_DELAY=-1");
    }

    /**
     * An H2 database in memory, kept while the JVM runs, for tests and simulations.
     *
     * @param name the database's name, not null; stores built on the same name share it
     * @return a data source on {@code jdbc:h2:mem:<name>;DB_CLOSE_DELAY=-1}
     * @throws IllegalArgumentException when the name is blank or holds {@code ;} or {@code :}
     * @throws IllegalStateException when H2 is not present
     */
    public static DataSource h2InMemory(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.contains(";") || name.contains(":")) {
            throw new IllegalArgumentException("name must be non-blank without ';' or ':', but was " + name);
        }
        return h2("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    }

    private static DataSource h2(String url) {
        try {
            Class<?> type = Class.forName("org.h2.jdbcx.JdbcDataSource");
            Object ds = type.getConstructor().newInstance();
            type.getMethod("setURL", String.class).invoke(ds, url);
            return (DataSource) ds;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IllegalStateException("H2 (com.h2database:h2 2.x) must be on the class path to use an H2 store", e);
        }
    }

    /**
     * Returns the dialect this store speaks.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    /** Takes the write lock of an H2 file database (see {@link #writeGate}); nothing elsewhere. */
    private void lockWrites() {
        if (writeGate != null) {
            writeGate.lock();
        }
    }

    private void unlockWrites() {
        if (writeGate != null) {
            writeGate.unlock();
        }
    }

    /** The file of an H2 database, or empty when it is in memory. */
    private static Optional<String> h2File(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT DATABASE_PATH()")) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new CaseStoreException("could not read the H2 database's path (SQLState " + e.getSQLState() + ")", e);
        }
    }

    // ------------------------------------------------------------------ appends

    @Override
    public AppendResult append(Append append) {
        Objects.requireNonNull(append, "append");
        List<String> payloads = new ArrayList<>(append.events().size());
        for (CaseEvent e : append.events()) {
            payloads.add(PayloadCodec.event(PersonalData.split(e).withoutPersonalData()));
        }
        Optional<CaseSnapshot> snapshot = append.snapshot().filter(s -> keeps(append));
        Optional<String> snapshotJson = snapshot.map(s -> PayloadCodec.snapshot(PersonalData.split(s)
                .withoutPersonalData()));
        personalData(append).ifPresent(d -> PayloadCodec.checkPersonalData(d, append.commandId()));
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            lockWrites();
            try (Connection c = dataSource.getConnection()) {
                Optional<AppendResult> r = attempt(c, append, payloads, snapshot, snapshotJson);
                if (r.isPresent()) {
                    return r.get();
                }
            } catch (SQLException e) {
                SqlStates kind = SqlStates.of(e);
                if (kind != SqlStates.RETRY) {
                    throw failure(append, kind, e);
                }
                last = e;
            } finally {
                unlockWrites();
            }
        }
        throw new CaseStoreException("appending command " + append.commandId() + " to case " + append.caseId()
                + " failed " + ATTEMPTS + " times" + (last == null ? " on a case created and rolled back meanwhile"
                : " on serialization failures or deadlocks (SQLState " + last.getSQLState() + ")")
                + "; nothing was written: retry with the same command id", last);
    }

    private boolean keeps(Append append) {
        return append.version() / snapshotEvery > append.expectedVersion() / snapshotEvery;
    }

    private static CaseStoreException failure(Append append, SqlStates kind, SQLException e) {
        String what = "command " + append.commandId() + " on case " + append.caseId();
        String state = " (SQLState " + e.getSQLState() + ")";
        switch (kind) {
            case CONNECTION:
                return new CaseStoreException("the connection failed while appending " + what + state
                        + "; whether it was written is unknown: retry with the same command id", e);
            case TIMEOUT:
                return new CaseStoreException("appending " + what + " timed out" + state
                        + "; whether it was written is unknown: retry with the same command id", e);
            default:
                return new CaseStoreException("appending " + what + " failed" + state
                        + "; it was rolled back unless the failure was in the commit itself", e);
        }
    }

    /** One attempt; empty when it must be retried. */
    private Optional<AppendResult> attempt(Connection c, Append append, List<String> payloads,
            Optional<CaseSnapshot> snapshot, Optional<String> snapshotJson) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (autoCommit) {
            c.setAutoCommit(false);
        }
        try {
            boolean written;
            try {
                written = write(c, append, payloads, snapshot, snapshotJson);
            } catch (SQLException e) {
                c.rollback();
                if (SqlStates.of(e) != SqlStates.UNIQUE_VIOLATION) {
                    throw e;
                }
                written = false;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
            if (!written) {
                c.rollback();
                c.setAutoCommit(true);
                return reread(c, append);
            }
            c.commit();
            return Optional.of(new AppendResult.Appended());
        } catch (SQLException e) {
            rollbackQuietly(c, e);
            throw e;
        } finally {
            if (!c.isClosed() && c.getAutoCommit() != autoCommit) {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable first) {
        try {
            if (!c.isClosed() && !c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException e) {
            first.addSuppressed(e);
        }
    }

    /** After a failed check: a duplicate, a conflict, or (when nothing differs) a retry. */
    private Optional<AppendResult> reread(Connection c, Append append) throws SQLException {
        List<CaseEvent> earlier = eventsOf(c, append.caseId(), append.commandId());
        if (!earlier.isEmpty()) {
            return Optional.of(new AppendResult.Duplicate(earlier));
        }
        long actual = version(c, append.caseId());
        if (actual != append.expectedVersion()) {
            return Optional.of(new AppendResult.Conflict(append.expectedVersion(), actual));
        }
        return Optional.empty();
    }

    /** Writes the append in the open transaction; false when the version check failed. */
    private boolean write(Connection c, Append append, List<String> payloads, Optional<CaseSnapshot> snapshot,
            Optional<String> snapshotJson) throws SQLException {
        String id = append.caseId().value();
        // PostgreSQL: positions first, with the transaction id (V3__feed_sequence.sql); H2: last.
        long firstPosition = sql.positionsFirst ? takePositions(c, append) : 0;
        boolean fresh = append.expectedVersion() == 0;
        if (fresh) {
            try (PreparedStatement p = c.prepareStatement(Sql.INSERT_CASE)) {
                p.setString(1, id);
                p.setLong(2, append.version());
                p.executeUpdate();
            }
        } else {
            try (PreparedStatement p = c.prepareStatement(Sql.UPDATE_CASE)) {
                p.setLong(1, append.version());
                p.setString(2, id);
                p.setLong(3, append.expectedVersion());
                if (p.executeUpdate() != 1) {
                    return false;
                }
            }
        }
        writeEvents(c, append, payloads);
        if (snapshot.isPresent()) {
            try (PreparedStatement p = c.prepareStatement(sql.upsertSnapshot)) {
                p.setString(1, id);
                p.setLong(2, snapshot.get().version());
                p.setInt(3, snapshot.get().schema());
                p.setString(4, snapshotJson.orElseThrow());
                p.executeUpdate();
            }
        }
        writeSummary(c, append.summary(), fresh);
        append.work().join(new Transaction(append, c));
        long first = sql.positionsFirst ? firstPosition : takePositions(c, append) - append.events().size() + 1;
        try (PreparedStatement p = c.prepareStatement(sql.insertFeed)) {
            for (int i = 0; i < append.events().size(); i++) {
                p.setLong(1, first + i);
                p.setString(2, id);
                p.setLong(3, append.events().get(i).sequence());
                p.addBatch();
            }
            p.executeBatch();
        }
        return true;
    }

    /** Takes the positions of an append's events: the first or the last, as {@link Sql#takePositions} says. */
    private long takePositions(Connection c, Append append) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql.takePositions)) {
            p.setInt(1, append.events().size());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Inserts the events of an append, without personal data, and the case's personal data
     * beside them: the one place event payloads are written.
     */
    private void writeEvents(Connection c, Append append, List<String> payloads) throws SQLException {
        writePersonalData(c, personalData(append));
        try (PreparedStatement p = c.prepareStatement(sql.insertEvent)) {
            for (int i = 0; i < append.events().size(); i++) {
                CaseEvent e = append.events().get(i);
                p.setString(1, e.caseId().value());
                p.setLong(2, e.sequence());
                p.setString(3, e.commandId().value());
                p.setInt(4, i);
                p.setString(5, e.type().name());
                p.setObject(6, time(e.at().truncatedTo(ChronoUnit.MICROS)));
                p.setString(7, payloads.get(i));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /**
     * The personal data an append offers: from its received event, else from the snapshot it
     * keeps; a case has one record whichever it comes from.
     */
    private Optional<PersonalData> personalData(Append append) {
        CaseEvent first = append.events().get(0);
        if (first.change() instanceof CaseChange.Received) {
            Optional<PersonalData> d = PersonalData.split(first).personalData();
            if (d.isPresent()) {
                return d;
            }
        }
        return append.snapshot().filter(s -> keeps(append)).flatMap(s -> PersonalData.split(s).personalData());
    }

    /**
     * Keeps a case's personal data unless the case holds some already or was erased; runs after
     * the case row was inserted or its version set, so holding the row's lock, which erasure
     * takes too.
     */
    private static void writePersonalData(Connection c, Optional<PersonalData> data) throws SQLException {
        if (data.isEmpty()) {
            return;
        }
        PersonalData d = data.get();
        try (PreparedStatement p = c.prepareStatement(Sql.INSERT_PERSONAL_DATA)) {
            setOptional(p, 1, d.customer().map(CustomerId::value));
            setOptional(p, 2, d.name());
            setOptional(p, 3, d.phone());
            setOptional(p, 4, d.email());
            setOptional(p, 5, d.text());
            p.setString(6, d.caseId().value());
            p.executeUpdate();
        }
    }

    private static void writeSummary(Connection c, CaseSummary s, boolean fresh) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(fresh ? Sql.INSERT_SUMMARY : Sql.UPDATE_SUMMARY)) {
            p.setLong(1, s.version());
            p.setString(2, s.state().name());
            p.setBoolean(3, s.isOpen());
            setOptional(p, 4, s.owner().map(org.qualityloop.model.AgentId::value));
            setOptional(p, 5, s.team().map(org.qualityloop.model.TeamId::value));
            setOptional(p, 6, s.priority().map(Enum::name));
            StringBuilder overdue = new StringBuilder(",");
            for (SlaTarget t : s.overdue()) {
                overdue.append(t.code()).append(',');
            }
            p.setString(7, overdue.toString());
            setInstant(p, 8, s.nextDue());
            setInstant(p, 9, s.nextDue());
            p.setObject(10, time(s.updatedAt().truncatedTo(ChronoUnit.MICROS)));
            p.setString(11, s.caseId().value());
            if (p.executeUpdate() != 1) {
                throw new CaseStoreException("the summary of case " + s.caseId() + " is missing", null);
            }
        }
    }

    /** The append's transaction as a unit of work sees it. */
    private static final class Transaction implements StoreTransaction {
        private final Append append;
        private final Connection connection;

        Transaction(Append append, Connection connection) {
            this.append = append;
            this.connection = connection;
        }

        @Override
        public Append append() {
            return append;
        }

        @Override
        public <T> Optional<T> resource(Class<T> type) {
            Objects.requireNonNull(type, "type");
            return type == Connection.class ? Optional.of(type.cast(connection)) : Optional.empty();
        }
    }

    // ------------------------------------------------------------------ reads

    @Override
    public Optional<StoredCase> load(CaseId id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = dataSource.getConnection()) {
            Optional<CaseSnapshot> snapshot = Optional.empty();
            try (PreparedStatement p = c.prepareStatement(Sql.SNAPSHOT)) {
                p.setString(1, id.value());
                try (ResultSet rs = p.executeQuery()) {
                    if (rs.next() && rs.getInt(2) == CaseSnapshot.SCHEMA_VERSION) {
                        snapshot = readableSnapshot(rs.getString(3));
                    }
                }
            }
            List<CaseEvent> events = events(c, id, snapshot.map(CaseSnapshot::version).orElse(0L));
            if (snapshot.isEmpty() && events.isEmpty()) {
                return Optional.empty();
            }
            if (snapshot.isPresent() || startsCase(events)) {
                Optional<PersonalData> d = personalData(c, id);
                snapshot = snapshot.map(s -> PersonalData.join(s, d));
                events = PersonalData.join(events, d);
            }
            return Optional.of(new StoredCase(snapshot, events));
        } catch (SQLException e) {
            throw readFailure("loading case " + id, e);
        }
    }

    /**
     * A kept snapshot, unless it is of another schema than this library writes (then the case is
     * replayed from its events: never misread). A snapshot of the current schema that cannot be
     * read is an error, not a silent replay.
     */
    private static Optional<CaseSnapshot> readableSnapshot(String json) {
        try {
            return Optional.of(PayloadCodec.readSnapshot(json));
        } catch (IllegalArgumentException e) {
            if (PayloadCodec.snapshotSchema(json) != CaseSnapshot.SCHEMA_VERSION) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<CaseEvent> history(CaseId id) {
        Objects.requireNonNull(id, "id");
        try (Connection c = dataSource.getConnection()) {
            return joined(c, id, events(c, id, 0));
        } catch (SQLException e) {
            throw readFailure("reading the history of case " + id, e);
        }
    }

    private static List<CaseEvent> events(Connection c, CaseId id, long after) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.EVENTS_AFTER)) {
            p.setString(1, id.value());
            p.setLong(2, after);
            try (ResultSet rs = p.executeQuery()) {
                List<CaseEvent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(PayloadCodec.readEvent(rs.getString(1)));
                }
                return Collections.unmodifiableList(out);
            }
        }
    }

    @Override
    public Optional<List<CaseEvent>> eventsOf(CaseId id, CommandId command) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
        try (Connection c = dataSource.getConnection()) {
            List<CaseEvent> events = eventsOf(c, id, command);
            return events.isEmpty() ? Optional.empty() : Optional.of(events);
        } catch (SQLException e) {
            throw readFailure("reading the events of command " + command + " on case " + id, e);
        }
    }

    /** The events of a command on a case, joined with the case's personal data. */
    private static List<CaseEvent> eventsOf(Connection c, CaseId id, CommandId command) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.EVENTS_OF_COMMAND)) {
            p.setString(1, id.value());
            p.setString(2, command.value());
            try (ResultSet rs = p.executeQuery()) {
                List<CaseEvent> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(PayloadCodec.readEvent(rs.getString(1)));
                }
                return joined(c, id, Collections.unmodifiableList(out));
            }
        }
    }

    /** Whether events start with a case's received event, the one event that holds personal data. */
    private static boolean startsCase(List<CaseEvent> events) {
        return !events.isEmpty() && events.get(0).change() instanceof CaseChange.Received;
    }

    /** A case's events joined with its personal data, read only when they start with the received event. */
    private static List<CaseEvent> joined(Connection c, CaseId id, List<CaseEvent> events) throws SQLException {
        return startsCase(events) ? PersonalData.join(events, personalData(c, id)) : events;
    }

    /** A case's personal data, or empty when it has none (or it was erased). */
    private static Optional<PersonalData> personalData(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.PERSONAL_DATA + " = ?")) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(personalData(rs)) : Optional.empty();
            }
        }
    }

    /** The personal data of several cases, by case, in chunks of at most 500 ids per statement. */
    private static Map<CaseId, PersonalData> personalData(Connection c, List<CaseId> ids) throws SQLException {
        Map<CaseId, PersonalData> out = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<CaseId> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            StringBuilder q = new StringBuilder(Sql.PERSONAL_DATA).append(" IN (?");
            q.append(", ?".repeat(chunk.size() - 1)).append(')');
            try (PreparedStatement p = c.prepareStatement(q.toString())) {
                for (int i = 0; i < chunk.size(); i++) {
                    p.setString(i + 1, chunk.get(i).value());
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        PersonalData d = personalData(rs);
                        out.put(d.caseId(), d);
                    }
                }
            }
        }
        return out;
    }

    private static PersonalData personalData(ResultSet rs) throws SQLException {
        return new PersonalData(CaseId.of(rs.getString(1)), Optional.ofNullable(rs.getString(2)).map(CustomerId::of),
                Optional.ofNullable(rs.getString(3)), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), Optional.ofNullable(rs.getString(6)));
    }

    private static long version(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.CASE_VERSION)) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    // ------------------------------------------------------------------ the due index

    @Override
    public List<DueCase> due(Instant t, int limit) {
        Objects.requireNonNull(t, "t");
        requireLimit(limit);
        lockWrites(); // the query locks rows (FOR UPDATE), which H2 writes
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(Sql.DUE)) {
            p.setObject(1, time(t.truncatedTo(ChronoUnit.MICROS)));
            p.setInt(2, limit);
            try (ResultSet rs = p.executeQuery()) {
                List<DueCase> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DueCase(CaseId.of(rs.getString(1)), rs.getLong(2), instant(rs, 3)));
                }
                return out;
            }
        } catch (SQLException e) {
            throw readFailure("reading the due index up to " + t, e);
        } finally {
            unlockWrites();
        }
    }

    @Override
    public Optional<Instant> nextDue() {
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(Sql.NEXT_DUE);
                ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(instant(rs, 1)) : Optional.empty();
        } catch (SQLException e) {
            throw readFailure("reading the next due instant", e);
        }
    }

    @Override
    public boolean claim(CaseId id, long version, Instant now, Instant until) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("until must be after now " + now + ", but was " + until);
        }
        lockWrites();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                boolean claimed = claim(c, id, version, now, CaseSummary.dueInstant(until));
                c.commit();
                return claimed;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            if (SqlStates.of(e) == SqlStates.RETRY) {
                return false;
            }
            throw readFailure("claiming case " + id + " at version " + version, e);
        } finally {
            unlockWrites();
        }
    }

    private static boolean claim(Connection c, CaseId id, long version, Instant now, Instant until)
            throws SQLException {
        OffsetDateTime at = time(now.truncatedTo(ChronoUnit.MICROS));
        try (PreparedStatement p = c.prepareStatement(Sql.CLAIMABLE)) {
            p.setString(1, id.value());
            p.setLong(2, version);
            p.setObject(3, at);
            p.setObject(4, at);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(Sql.CLAIM)) {
            p.setObject(1, time(until));
            p.setObject(2, time(until));
            p.setString(3, id.value());
            return p.executeUpdate() == 1;
        }
    }

    @Override
    public void release(CaseId id, long version, Optional<Instant> nextDue) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nextDue, "nextDue");
        Optional<Instant> due = nextDue.map(CaseSummary::dueInstant);
        lockWrites();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(Sql.RELEASE)) {
            setInstant(p, 1, due);
            setInstant(p, 2, due);
            p.setString(3, id.value());
            p.setLong(4, version);
            p.executeUpdate();
        } catch (SQLException e) {
            throw readFailure("releasing the claim on case " + id + " at version " + version, e);
        } finally {
            unlockWrites();
        }
    }

    // ------------------------------------------------------------------ queries and the feed

    @Override
    public Page openCases(CaseQuery query, Optional<CaseId> after, int limit) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(after, "after");
        requireLimit(limit);
        StringBuilder q = new StringBuilder("SELECT case_id, version, state, owner_id, team_id, priority, overdue,"
                + " next_due, updated_at FROM ql_case_summary WHERE is_open = TRUE");
        List<Object> args = new ArrayList<>();
        after.ifPresent(a -> {
            q.append(" AND case_id > ?");
            args.add(a.value());
        });
        query.state().ifPresent(s -> {
            q.append(" AND state = ?");
            args.add(s.name());
        });
        query.owner().ifPresent(o -> {
            q.append(" AND owner_id = ?");
            args.add(o.value());
        });
        query.team().ifPresent(t -> {
            q.append(" AND team_id = ?");
            args.add(t.value());
        });
        query.overdue().ifPresent(t -> {
            q.append(" AND overdue LIKE ? ESCAPE '!'");
            args.add("%," + t.code().replace("_", "!_") + ",%");
        });
        q.append(" ORDER BY case_id LIMIT ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(q.toString())) {
            int i = 1;
            for (Object a : args) {
                p.setString(i++, (String) a);
            }
            p.setInt(i, limit);
            List<CaseSummary> items = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    items.add(summary(rs));
                }
            }
            Optional<CaseId> next = items.size() == limit ? Optional.of(items.get(limit - 1).caseId()) : Optional.empty();
            return new Page(items, next);
        } catch (SQLException e) {
            throw readFailure("reading a page of open cases", e);
        }
    }

    private static CaseSummary summary(ResultSet rs) throws SQLException {
        java.util.Set<SlaTarget> overdue = new java.util.TreeSet<>();
        for (String t : rs.getString(7).split(",")) {
            if (!t.isEmpty()) {
                overdue.add(SlaTarget.of(t));
            }
        }
        return new CaseSummary(CaseId.of(rs.getString(1)), rs.getLong(2), CaseState.valueOf(rs.getString(3)),
                Optional.ofNullable(rs.getString(4)).map(org.qualityloop.model.AgentId::of),
                Optional.ofNullable(rs.getString(5)).map(org.qualityloop.model.TeamId::of),
                Optional.ofNullable(rs.getString(6)).map(org.qualityloop.model.Priority::valueOf), overdue,
                optionalInstant(rs, 8), instant(rs, 9));
    }

    @Override
    public List<StoredEvent> read(long after, int limit) {
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative, but was " + after);
        }
        requireLimit(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql.readFeed)) {
            p.setLong(1, after);
            p.setInt(2, limit);
            List<StoredEvent> out = new ArrayList<>();
            LinkedHashSet<CaseId> received = new LinkedHashSet<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    StoredEvent e = new StoredEvent(rs.getLong(1), PayloadCodec.readEvent(rs.getString(2)));
                    if (e.event().change() instanceof CaseChange.Received) {
                        received.add(e.event().caseId());
                    }
                    out.add(e);
                }
            }
            if (received.isEmpty()) {
                return out;
            }
            Map<CaseId, PersonalData> personal = personalData(c, List.copyOf(received));
            for (int i = 0; i < out.size(); i++) {
                StoredEvent e = out.get(i);
                PersonalData d = personal.get(e.event().caseId());
                if (d != null && e.event().change() instanceof CaseChange.Received) {
                    out.set(i, new StoredEvent(e.position(), PersonalData.join(e.event(), Optional.of(d))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw readFailure("reading the feed after position " + after, e);
        }
    }

    // ------------------------------------------------------------------ erasure

    /**
     * Erases a customer's personal data from every case opened for their feedback, in one
     * transaction: finds the cases by the customer index of {@code ql_personal_data}, locks their
     * {@code ql_case} rows in id order (waiting for appends to them in flight), deletes their
     * personal data and marks them erased. An append that waited for the erasure finds the case
     * marked and keeps no personal data; a case whose first append commits after the erasure
     * began is not erased by it. A deadlock or serialization failure is retried, up to three
     * attempts.
     *
     * @param customer the customer, not null
     * @return what was erased; {@link Erasure#none()} when nothing (left) to erase
     * @throws CaseStoreException when the database failed; the erasure was rolled back unless the
     *     failure was in the commit itself, and erasing again is safe
     */
    @Override
    public Erasure eraseCustomer(CustomerId customer) {
        Objects.requireNonNull(customer, "customer");
        return erase("erasing the personal data of customer " + customer, c -> {
            List<CaseId> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(Sql.CASES_OF_CUSTOMER)) {
                p.setString(1, customer.value());
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids.add(CaseId.of(rs.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Erases the personal data of one case, in one transaction holding the case's row locked:
     * deletes it and marks the case erased. The way to erase anonymous feedback, which no
     * customer id finds.
     *
     * @param caseId the case, not null
     * @return what was erased; {@link Erasure#none()} when the case is unknown or nothing (left) to erase
     * @throws CaseStoreException when the database failed; the erasure was rolled back unless the
     *     failure was in the commit itself, and erasing again is safe
     */
    @Override
    public Erasure eraseCase(CaseId caseId) {
        Objects.requireNonNull(caseId, "caseId");
        return erase("erasing the personal data of case " + caseId, c -> List.of(caseId));
    }

    /** Finds the cases to erase, in the erasing transaction. */
    @FunctionalInterface
    private interface CasesToErase {
        List<CaseId> find(Connection c) throws SQLException;
    }

    private Erasure erase(String what, CasesToErase cases) {
        SQLException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            lockWrites();
            try (Connection c = dataSource.getConnection()) {
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    List<CaseId> ids = new ArrayList<>(cases.find(c));
                    Collections.sort(ids);
                    List<PersonalData> erased = new ArrayList<>();
                    for (CaseId id : ids) {
                        eraseLocked(c, id).ifPresent(erased::add);
                    }
                    c.commit();
                    return Erasure.of(erased);
                } catch (SQLException | RuntimeException e) {
                    rollbackQuietly(c, e);
                    throw e;
                } finally {
                    if (!c.isClosed()) {
                        c.setAutoCommit(autoCommit);
                    }
                }
            } catch (SQLException e) {
                SqlStates kind = SqlStates.of(e);
                if (kind != SqlStates.RETRY) {
                    String why = kind == SqlStates.CONNECTION ? "the connection failed"
                            : kind == SqlStates.TIMEOUT ? "timed out" : "failed";
                    throw new CaseStoreException(what + ": " + why + " (SQLState " + e.getSQLState() + "); it was"
                            + " rolled back unless the failure was in the commit itself, and erasing again is safe", e);
                }
                last = e;
            } finally {
                unlockWrites();
            }
        }
        throw new CaseStoreException(what + " met serialization failures or deadlocks " + ATTEMPTS + " times (SQLState "
                + last.getSQLState() + "); nothing was erased, and erasing again is safe", last);
    }

    /**
     * Erases one case in the open transaction: locks its row, then deletes its personal data and
     * marks it erased; empty when the case is unknown or held no personal data.
     */
    private static Optional<PersonalData> eraseLocked(Connection c, CaseId id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(Sql.LOCK_CASE)) {
            p.setString(1, id.value());
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
            }
        }
        Optional<PersonalData> d = personalData(c, id);
        try (PreparedStatement p = c.prepareStatement(Sql.MARK_ERASED)) {
            p.setString(1, id.value());
            p.setString(2, id.value());
            p.executeUpdate();
        }
        if (d.isPresent()) {
            try (PreparedStatement p = c.prepareStatement(Sql.DELETE_PERSONAL_DATA)) {
                p.setString(1, id.value());
                p.executeUpdate();
            }
        }
        return d;
    }

    // ------------------------------------------------------------------ checkpoints

    /**
     * Saves a reader's position in the global feed under a name, replacing the one saved before.
     * To save it with the reader's own writes, run the same statement on the reader's connection.
     *
     * @param name the reader's name, not blank, at most 200 characters
     * @param position the last position it handled, not negative
     * @throws CaseStoreException when the database failed
     */
    public void saveCheckpoint(String name, long position) {
        checkName(name);
        if (position < 0) {
            throw new IllegalArgumentException("position must not be negative, but was " + position);
        }
        lockWrites();
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(sql.upsertCheckpoint)) {
            p.setString(1, name);
            p.setLong(2, position);
            p.executeUpdate();
        } catch (SQLException e) {
            throw readFailure("saving checkpoint " + name, e);
        } finally {
            unlockWrites();
        }
    }

    /**
     * The position a reader saved under a name.
     *
     * @param name the reader's name, not blank, at most 200 characters
     * @return the position, or empty when none was saved
     * @throws CaseStoreException when the database failed
     */
    public OptionalLong checkpoint(String name) {
        checkName(name);
        try (Connection c = dataSource.getConnection(); PreparedStatement p = c.prepareStatement(Sql.CHECKPOINT)) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw readFailure("reading checkpoint " + name, e);
        }
    }

    private static void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("name must be non-blank and at most 200 characters, but was "
                    + (name.length() > 200 ? name.length() + " characters long" : "blank"));
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void requireLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, but was " + limit);
        }
    }

    private static CaseStoreException readFailure(String what, SQLException e) {
        SqlStates kind = SqlStates.of(e);
        String why = kind == SqlStates.CONNECTION ? "the connection failed" : kind == SqlStates.TIMEOUT ? "timed out"
                : "failed";
        return new CaseStoreException(what + ": " + why + " (SQLState " + e.getSQLState() + ")", e);
    }

    private static OffsetDateTime time(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static void setInstant(PreparedStatement p, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            p.setObject(index, time(at.get()));
        } else {
            p.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static void setOptional(PreparedStatement p, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            p.setString(index, value.get());
        } else {
            p.setNull(index, Types.VARCHAR);
        }
    }

    private static Instant instant(ResultSet rs, int index) throws SQLException {
        return rs.getObject(index, OffsetDateTime.class).toInstant();
    }

    private static Optional<Instant> optionalInstant(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    @Override
    public String toString() {
        return "JdbcCaseStore[" + dialect + ", snapshotEvery=" + snapshotEvery + "]";
    }

    /**
     * Configures a {@link JdbcCaseStore}.
     */
    public static final class Builder {
        private final DataSource dataSource;
        private Dialect dialect;
        private int snapshotEvery = 10;
        private boolean migrate;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * Sets the database's dialect instead of detecting it from the driver's product name.
         *
         * @param value the dialect, not null
         * @return this builder
         */
        public Builder dialect(Dialect value) {
            this.dialect = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Keeps the snapshot the engine offers whenever an append crosses a multiple of this many
         * events (10 by default; 1 keeps every snapshot). A load reads the latest snapshot and at
         * most about this many events after it.
         *
         * @param events the interval, from 1
         * @return this builder
         */
        public Builder snapshotEvery(int events) {
            if (events < 1) {
                throw new IllegalArgumentException("snapshotEvery must be at least 1, but was " + events);
            }
            this.snapshotEvery = events;
            return this;
        }

        /**
         * Installs or upgrades the schema when the store is built ({@link JdbcSchema#migrate()});
         * without it, building only checks the schema version.
         *
         * @return this builder
         */
        public Builder migrate() {
            this.migrate = true;
            return this;
        }

        /**
         * Builds the store, after migrating if asked, and checks the schema version.
         *
         * @return the store
         * @throws IllegalStateException when the schema is missing, older or newer than this
         *     library's ({@link JdbcSchema#check()})
         * @throws CaseStoreException when the database could not be reached
         */
        public JdbcCaseStore build() {
            Dialect d = dialect != null ? dialect : Dialect.detect(dataSource);
            JdbcSchema schema = JdbcSchema.of(dataSource, d);
            if (migrate) {
                schema.migrate();
            }
            schema.check();
            return new JdbcCaseStore(this, d, d == Dialect.H2 ? h2File(dataSource) : Optional.empty());
        }
    }
}
