package org.qualityloop.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.model.KpiId;
import org.qualityloop.model.StageId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiStatus;

/**
 * A KPI scorecard: every KPI definition of a programme next to its measured value and its grade
 * (met, at risk, missed), overall and per process stage, with the number of KPIs in each grade.
 *
 * <p>Each measured value is graded by {@link KpiDefinition#status(BigDecimal)}, so the definition's
 * direction (higher or lower is better), target and at-risk threshold decide; this class adds no
 * rule of its own. A KPI without a measured value is reported as having no data: its row has no
 * status and it is counted under {@link Counts#noData()}, never as met or missed.
 *
 * <p>Rows keep the order of the definitions. A KPI belongs to the stage of its definition's
 * {@link KpiDefinition#stage()}; KPIs without a stage appear overall and in
 * {@link #rowsWithoutStage()}.
 *
 * <p>JSON form: {@code {"rows":[{"definition":{...},"measured":96.2,"status":"MET"},
 * {"definition":{...},"measured":null,"status":null}]}}; reading checks every status against its
 * definition again. Immutable and thread-safe.
 */
public final class KpiScorecard {

    private final List<Row> rows;
    private final Map<KpiId, Row> byId;
    private final Map<StageId, List<Row>> byStage;
    private final List<Row> withoutStage;

    private KpiScorecard(List<Row> rows) {
        this.rows = rows;
        Map<KpiId, Row> ids = new LinkedHashMap<>();
        Map<StageId, List<Row>> stages = new LinkedHashMap<>();
        List<Row> unstaged = new ArrayList<>();
        for (Row row : rows) {
            KpiId id = row.definition().id();
            if (ids.putIfAbsent(id, row) != null) {
                throw new IllegalArgumentException(
                        "definitions must have distinct ids, but '" + id.value() + "' was defined more than once");
            }
            Optional<StageId> stage = row.definition().stage();
            if (stage.isPresent()) {
                stages.computeIfAbsent(stage.get(), s -> new ArrayList<>()).add(row);
            } else {
                unstaged.add(row);
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
        Map<StageId, List<Row>> frozen = new LinkedHashMap<>();
        stages.forEach((stage, list) -> frozen.put(stage, List.copyOf(list)));
        this.byStage = Collections.unmodifiableMap(frozen);
        this.withoutStage = List.copyOf(unstaged);
    }

    /**
     * Grades measured values against their KPI definitions.
     *
     * @param definitions the KPI definitions, not null, no null element, distinct ids; their order
     *     is the order of the rows; may be empty
     * @param measured the measured value per KPI id, in each KPI's unit, not null, no null key or
     *     value; a KPI missing from the map is reported as having no data
     * @return the scorecard
     * @throws IllegalArgumentException if two definitions share an id, or a value is given for an
     *     id that no definition has (the message names the id)
     * @throws NullPointerException if an argument, element, key or value is null
     */
    public static KpiScorecard of(Collection<KpiDefinition> definitions, Map<KpiId, BigDecimal> measured) {
        List<KpiDefinition> defs = Checks.listCopy(definitions, "definitions");
        Map<KpiId, BigDecimal> values = Checks.mapCopy(measured, "measured");
        Set<KpiId> known = new HashSet<>();
        for (KpiDefinition definition : defs) {
            known.add(definition.id());
        }
        Set<String> unknown = new TreeSet<>();
        for (KpiId id : values.keySet()) {
            if (!known.contains(id)) {
                unknown.add(id.value());
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "measured must only hold values for defined KPIs, but had unknown KPI ids " + unknown);
        }
        List<Row> rows = new ArrayList<>(defs.size());
        for (KpiDefinition definition : defs) {
            rows.add(Row.of(definition, Optional.ofNullable(values.get(definition.id()))));
        }
        return new KpiScorecard(List.copyOf(rows));
    }

    /**
     * Rebuilds a scorecard from its rows, e.g. read from JSON; every row's status is checked
     * against its definition.
     *
     * @param rows the rows, not null, no null element, distinct KPI ids
     * @return the scorecard
     * @throws IllegalArgumentException if two rows share a KPI id or a row is inconsistent
     */
    public static KpiScorecard ofRows(List<Row> rows) {
        return new KpiScorecard(Checks.listCopy(rows, "rows"));
    }

    /**
     * Returns every row, in the order of the definitions.
     *
     * @return an unmodifiable list
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Returns the row of one KPI.
     *
     * @param id the KPI's id, not null
     * @return the row, or empty if no definition has that id
     */
    public Optional<Row> row(KpiId id) {
        return Optional.ofNullable(byId.get(Checks.notNull(id, "id")));
    }

    /**
     * Returns the rows of the KPIs that belong to a stage, grouped by stage in the order the
     * stages first appear among the definitions.
     *
     * @return an unmodifiable map of unmodifiable lists; empty if no KPI has a stage
     */
    public Map<StageId, List<Row>> rowsByStage() {
        return byStage;
    }

    /**
     * Returns the rows of the KPIs that belong to no stage (programme-wide KPIs).
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<Row> rowsWithoutStage() {
        return withoutStage;
    }

    /**
     * Returns the number of KPIs per grade over the whole scorecard.
     *
     * @return the counts; all zero for a scorecard without definitions
     */
    public Counts counts() {
        return Counts.of(rows);
    }

    /**
     * Returns the number of KPIs per grade among those of one stage.
     *
     * @param stage the stage, not null
     * @return the counts; all zero when no KPI belongs to the stage
     */
    public Counts counts(StageId stage) {
        return Counts.of(byStage.getOrDefault(Checks.notNull(stage, "stage"), List.of()));
    }

    /**
     * Returns the number of KPIs per grade among those that belong to no stage.
     *
     * @return the counts; all zero when every KPI has a stage
     */
    public Counts countsWithoutStage() {
        return Counts.of(withoutStage);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KpiScorecard other && rows.equals(other.rows);
    }

    @Override
    public int hashCode() {
        return rows.hashCode();
    }

    @Override
    public String toString() {
        return "KpiScorecard[" + counts() + "]";
    }

    /**
     * One KPI on the scorecard: its definition, the measured value if there is one and the grade
     * of that value. Immutable and thread-safe.
     *
     * @param definition the KPI, not null
     * @param measured the measured value in the KPI's unit; empty when there is no data
     * @param status {@code definition.status(measured)} when a value is present; empty when there
     *     is no data
     */
    public record Row(KpiDefinition definition, Optional<BigDecimal> measured, Optional<KpiStatus> status) {

        /**
         * Validates the row.
         *
         * @param definition the KPI, not null
         * @param measured the measured value in the KPI's unit; empty when there is no data
         * @param status {@code definition.status(measured)} when a value is present; empty when
         *     there
         *     is no data
         * @throws NullPointerException naming the field when an argument is null
         * @throws IllegalArgumentException if the status is not the definition's grade of the
         *     measured value, or is present without a value
         */
        public Row {
            Checks.notNull(definition, "definition");
            Checks.notNull(measured, "measured");
            Checks.notNull(status, "status");
            Optional<KpiStatus> expected = measured.map(definition::status);
            if (!expected.equals(status)) {
                throw new IllegalArgumentException("status of KPI '" + definition.id().value() + "' must be "
                        + expected.map(KpiStatus::name).orElse("absent (no data)") + ", but was "
                        + status.map(KpiStatus::name).orElse("absent"));
            }
        }

        /**
         * Grades a measured value, or records that there is no data.
         *
         * @param definition the KPI, not null
         * @param measured the measured value, empty when there is no data; not null
         * @return the row
         */
        public static Row of(KpiDefinition definition, Optional<BigDecimal> measured) {
            Checks.notNull(definition, "definition");
            Checks.notNull(measured, "measured");
            return new Row(definition, measured, measured.map(definition::status));
        }

        /**
         * Tells whether a value was measured for this KPI.
         *
         * @return false when the KPI has no data
         */
        public boolean hasData() {
            return measured.isPresent();
        }
    }

    /**
     * The number of KPIs in each grade. Immutable and thread-safe.
     *
     * @param met KPIs whose value reaches the target, not negative
     * @param atRisk KPIs whose value misses the target but is within the at-risk threshold, not
     *     negative
     * @param missed KPIs whose value is beyond the at-risk threshold, not negative
     * @param noData KPIs without a measured value, not negative
     */
    public record Counts(int met, int atRisk, int missed, int noData) {

        /**
         * Validates the counts.
         *
         * @param met KPIs whose value reaches the target, not negative
         * @param atRisk KPIs whose value misses the target but is within the at-risk threshold, not
         *     negative
         * @param missed KPIs whose value is beyond the at-risk threshold, not negative
         * @param noData KPIs without a measured value, not negative
         * @throws IllegalArgumentException if a count is negative
         */
        public Counts {
            Checks.nonNegative(met, "met");
            Checks.nonNegative(atRisk, "atRisk");
            Checks.nonNegative(missed, "missed");
            Checks.nonNegative(noData, "noData");
        }

        static Counts of(Collection<Row> rows) {
            int met = 0;
            int atRisk = 0;
            int missed = 0;
            int noData = 0;
            for (Row row : rows) {
                if (row.status().isEmpty()) {
                    noData++;
                } else {
                    switch (row.status().get()) {
                        case MET -> met++;
                        case AT_RISK -> atRisk++;
                        case MISSED -> missed++;
                    }
                }
            }
            return new Counts(met, atRisk, missed, noData);
        }

        /**
         * Returns the number of KPIs counted, with or without data.
         *
         * @return {@code met + atRisk + missed + noData}
         */
        public int total() {
            return met + atRisk + missed + noData;
        }
    }
}
