package org.qualityloop.workflow.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.model.internal.Checks;

/**
 * What one erasure removed ({@link PersonalDataErasure}): the cases whose personal data is gone
 * and how many values of each personal field went with it. Holds identifiers and counts only,
 * never personal data, so it may be logged or kept as the record that a deletion request was
 * carried out. Immutable.
 *
 * @param cases the cases whose personal data was erased, in id order, distinct; unmodifiable
 * @param fields per personal field, how many values were erased (each count positive; a field
 *     none of the cases held is absent); unmodifiable, in {@link PersonalField} order
 */
public record Erasure(List<CaseId> cases, Map<PersonalField, Integer> fields) {

    private static final Erasure NONE = new Erasure(List.of(), Map.of());

    /**
     * Validates and copies.
     *
     * @param cases the cases whose personal data was erased, distinct
     * @param fields per personal field, how many values were erased, each positive
     * @throws IllegalArgumentException when a case is listed twice, a count is not positive, or
     *     fields are counted without a case
     */
    public Erasure {
        List<CaseId> copy = Checks.listCopy(cases, "cases");
        TreeSet<CaseId> sorted = new TreeSet<>(copy);
        if (sorted.size() != copy.size()) {
            throw new IllegalArgumentException("cases must be distinct, but held " + copy.size() + " entries for "
                    + sorted.size() + " cases");
        }
        cases = List.copyOf(sorted);
        EnumMap<PersonalField, Integer> counts = new EnumMap<>(PersonalField.class);
        Checks.mapCopy(fields, "fields").forEach((f, n) -> counts.put(f, Checks.between(n, 1, Integer.MAX_VALUE,
                "fields[" + f + "]")));
        fields = java.util.Collections.unmodifiableMap(counts);
        if (cases.isEmpty() && !fields.isEmpty()) {
            throw new IllegalArgumentException("fields must be empty when no case was erased, but counted " + fields);
        }
    }

    /**
     * Returns the erasure that removed nothing: what erasing an unknown or already erased customer
     * or case gives.
     *
     * @return the empty erasure
     */
    public static Erasure none() {
        return NONE;
    }

    /**
     * Returns the erasure of the given records: their cases, and their fields counted.
     *
     * @param erased the records a store removed, not null; one per case
     * @return the erasure
     * @throws IllegalArgumentException when two records are of one case
     */
    public static Erasure of(Collection<PersonalData> erased) {
        Checks.notNull(erased, "erased");
        List<CaseId> ids = new ArrayList<>(erased.size());
        EnumMap<PersonalField, Integer> counts = new EnumMap<>(PersonalField.class);
        for (PersonalData d : erased) {
            ids.add(Checks.notNull(d, "erased[]").caseId());
            d.fields().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        return ids.isEmpty() ? NONE : new Erasure(ids, counts);
    }

    /**
     * Tells whether nothing was erased.
     *
     * @return true when no case's personal data was erased
     */
    public boolean isEmpty() {
        return cases.isEmpty();
    }

    /**
     * Returns this erasure together with another, as one.
     *
     * @param other the other erasure, not null; of other cases
     * @return the sum
     * @throws IllegalArgumentException when both erased one case
     */
    public Erasure plus(Erasure other) {
        Checks.notNull(other, "other");
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<CaseId> all = new ArrayList<>(cases);
        all.addAll(other.cases);
        EnumMap<PersonalField, Integer> counts = new EnumMap<>(PersonalField.class);
        counts.putAll(fields);
        other.fields.forEach((f, n) -> counts.merge(f, n, Integer::sum));
        return new Erasure(all, counts);
    }
}
