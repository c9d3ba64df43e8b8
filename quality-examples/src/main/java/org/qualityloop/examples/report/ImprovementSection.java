package org.qualityloop.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.kpi.KpiDefinition;
import org.qualityloop.model.kpi.KpiDirection;

/**
 * The verdict of an improvement and every KPI before and after it, drawn as paired bars per KPI
 * with the difference in the KPI's unit (points for NPS, percentage points for rates) and its
 * significance test. {@link QualityReport.Builder#improvement} puts it first in the report, right
 * after the headline.
 *
 * <p>The verdict judges the KPIs the change names ({@link Change#expected()}): a real change must
 * improve each of them significantly; a placebo (a run in which nothing changed) must move none
 * of them significantly. The section {@linkplain #hasData() has no data} when it has no KPI.
 * Immutable and thread-safe.
 *
 * @param title the section's heading, such as {@code "Improvement: faster approval"}; not blank
 * @param description what the change did, in words; not blank
 * @param placebo whether the run changed nothing, to test the comparison for false alarms
 * @param alpha the family-wise significance level the tests were judged at, in (0, 1)
 * @param changes one entry per KPI, in display order; not null, may be empty
 */
public record ImprovementSection(String title, String description, boolean placebo, double alpha,
        List<ImprovementSection.Change> changes) implements ReportSection {

    /**
     * Validates and copies the fields.
     *
     * @param title the section's heading; not blank
     * @param description what the change did, in words; not blank
     * @param placebo whether the run changed nothing
     * @param alpha the family-wise significance level, in (0, 1)
     * @param changes one entry per KPI, in display order; not null, may be empty
     * @throws IllegalArgumentException if a text is blank or alpha is outside (0, 1)
     * @throws NullPointerException naming the field if an argument or element is null
     */
    public ImprovementSection {
        title = Inputs.title(title);
        Valid.notBlank(description, "description");
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be between 0 and 1 exclusive, but was " + alpha);
        }
        changes = Valid.listCopy(changes, "changes");
    }

    /**
     * One KPI before and after the change.
     *
     * @param kpi the KPI, not null
     * @param before the value before, if measured
     * @param after the value after, if measured
     * @param test the test's name, such as {@code "Mann–Whitney U"}; not blank
     * @param pValue the test's p-value in [0, 1], or empty when no test could run
     * @param adjustedP the p-value adjusted for the other KPIs tested (Holm), in [0, 1], or
     *     empty when no test could run
     * @param significant whether the adjusted p-value is below the level
     * @param expected whether the change names this KPI as one it should improve
     */
    public record Change(KpiDefinition kpi, Optional<BigDecimal> before, Optional<BigDecimal> after, String test,
            OptionalDouble pValue, OptionalDouble adjustedP, boolean significant, boolean expected) {

        /**
         * Validates the change.
         *
         * @param kpi the KPI, not null
         * @param before the value before, if measured
         * @param after the value after, if measured
         * @param test the test's name; not blank
         * @param pValue the p-value in [0, 1], or empty
         * @param adjustedP the adjusted p-value in [0, 1], or empty
         * @param significant whether the adjusted p-value is below the level
         * @param expected whether the change names this KPI
         * @throws IllegalArgumentException if the test is blank, a p-value is outside [0, 1], or
         *     the change is significant without an adjusted p-value
         * @throws NullPointerException naming the field if an argument is null
         */
        public Change {
            Valid.notNull(kpi, "kpi");
            Valid.notNull(before, "before");
            Valid.notNull(after, "after");
            Valid.notBlank(test, "test");
            Valid.notNull(pValue, "pValue");
            Valid.notNull(adjustedP, "adjustedP");
            pValue.ifPresent(p -> Valid.between(p, 0, 1, "pValue"));
            adjustedP.ifPresent(p -> Valid.between(p, 0, 1, "adjustedP"));
            if (significant && adjustedP.isEmpty()) {
                throw new IllegalArgumentException("significant must be false without an adjustedP, but was true");
            }
        }

        /**
         * Returns the difference after minus before.
         *
         * @return the difference in the KPI's unit (points for NPS, percentage points for
         *     rates), or empty when a value is missing
         */
        public OptionalDouble difference() {
            return before.isPresent() && after.isPresent()
                    ? OptionalDouble.of(after.get().subtract(before.get()).doubleValue()) : OptionalDouble.empty();
        }

        /**
         * Tells whether the value moved in the KPI's better direction.
         *
         * @return true when both values are measured and the after value is better
         */
        public boolean improved() {
            if (before.isEmpty() || after.isEmpty()) {
                return false;
            }
            int sign = after.get().compareTo(before.get());
            return kpi.direction() == KpiDirection.HIGHER_IS_BETTER ? sign > 0 : sign < 0;
        }

        /**
         * Returns the outcome in words: {@code significantly better}, {@code significantly
         * worse}, {@code no significant change} or {@code not tested}.
         *
         * @return the outcome
         */
        public String outcome() {
            if (adjustedP.isEmpty()) {
                return "not tested";
            }
            if (!significant) {
                return "no significant change";
            }
            return improved() ? "significantly better" : "significantly worse";
        }
    }

    /**
     * Tells whether the change passed: a real change improved every KPI it names significantly
     * (and names at least one); a placebo moved none of them significantly.
     *
     * @return the verdict
     */
    public boolean passed() {
        List<Change> named = named();
        if (placebo) {
            return named.stream().noneMatch(Change::significant);
        }
        return !named.isEmpty() && named.stream().allMatch(c -> c.significant() && c.improved());
    }

    private List<Change> named() {
        return changes.stream().filter(Change::expected).toList();
    }

    /**
     * Returns the verdict in a sentence that names the KPIs by their display names, such as
     * {@code "Significant improvement of Approval turnaround time."}.
     *
     * @return the sentence
     */
    public String verdict() {
        String names = names(named());
        if (named().isEmpty()) {
            return placebo ? "No KPI was named to judge the placebo by." : "The change names no KPI to judge it by.";
        }
        if (placebo) {
            return passed() ? "No significant change of " + names + ", as a placebo should show."
                    : "A significant change of " + names + " although nothing changed: a false alarm.";
        }
        if (passed()) {
            return "Significant improvement of " + names + ".";
        }
        List<Change> failed = named().stream().filter(c -> !(c.significant() && c.improved())).toList();
        return "No significant improvement of " + names
                + (failed.size() < named().size() ? ": " + names(failed) + " did not improve significantly." : ".");
    }

    private static String names(List<Change> changes) {
        List<String> names = new ArrayList<>();
        for (Change c : changes) {
            names.add(c.kpi().name());
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * Returns the changes in the order the chart draws them: the KPIs the change names first, then
     * the others, each group in the given order.
     *
     * @return the changes, reordered
     */
    public List<Change> chartOrder() {
        List<Change> out = new ArrayList<>(named());
        changes.stream().filter(c -> !c.expected()).forEach(out::add);
        return out;
    }

    /**
     * Tells whether there is a KPI to compare.
     *
     * @return {@code false} when there is no change
     */
    @Override
    public boolean hasData() {
        return !changes.isEmpty();
    }
}
