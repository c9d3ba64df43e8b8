package org.qualityloop.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.qualityloop.metrics.internal.Counters;
import org.qualityloop.model.internal.Checks;

/**
 * First-contact resolution (FCR) in one of its two common variants, chosen explicitly when the
 * accumulator is created; the two are not comparable, so accumulators of different variants or
 * windows refuse to merge.
 *
 * <ul>
 *   <li>{@link #resolvedAtFirstContact()}: {@code FCR = issues resolved at the first contact /
 *       all issues}, typically from the agent's disposition or a post-contact survey question.
 *   <li>{@link #noRepeatWithin(Duration)}: {@code FCR = 1 − issues with a repeat contact within
 *       the window / all issues}, measured from contact records (e.g. no repeat within 7 days).
 * </ul>
 *
 * <p>JSON form: {@code {"repeatWindow":"PT168H","issues":n,"resolved":r}}, with
 * {@code repeatWindow} omitted for the first variant, where
 * {@code resolved} counts issues resolved at the first contact (first variant) or without a
 * repeat contact in the window (second). Mutable and not thread-safe.
 */
public final class FirstContactResolution implements Mergeable<FirstContactResolution> {

    private final Duration repeatWindow;
    private long issues;
    private long resolved;

    private FirstContactResolution(Duration repeatWindow) {
        this.repeatWindow = repeatWindow;
    }

    /**
     * Creates an accumulator for the variant "resolved at first contact ÷ all issues".
     *
     * @return a new accumulator
     */
    public static FirstContactResolution resolvedAtFirstContact() {
        return new FirstContactResolution(null);
    }

    /**
     * Creates an accumulator for the variant "1 − repeat contacts within {@code window} ÷ all
     * issues".
     *
     * @param window the repeat-contact window, positive
     * @return a new accumulator
     * @throws IllegalArgumentException if the window is not positive
     */
    public static FirstContactResolution noRepeatWithin(Duration window) {
        return new FirstContactResolution(Checks.positive(window, "window"));
    }

    /**
     * Creates a "resolved at first contact ÷ all issues" accumulator from counts an analyst
     * already has, e.g. 830 of 1,000 issues resolved at the first contact.
     *
     * @param issues the number of issues, not negative
     * @param resolvedAtFirstContact the issues resolved at the first contact, between 0 and
     *     {@code issues}
     * @return a new accumulator holding the counts
     * @throws IllegalArgumentException if a count is out of range
     */
    public static FirstContactResolution resolvedAtFirstContact(long issues,
            long resolvedAtFirstContact) {
        return of(Optional.empty(), issues, resolvedAtFirstContact);
    }

    /**
     * Creates a "1 − repeat contacts within {@code window} ÷ all issues" accumulator from counts
     * an analyst already has.
     *
     * @param window the repeat-contact window, positive
     * @param issues the number of issues, not negative
     * @param withoutRepeat the issues with no repeat contact within the window, between 0 and
     *     {@code issues}
     * @return a new accumulator holding the counts
     * @throws IllegalArgumentException if the window is not positive or a count is out of range
     */
    public static FirstContactResolution noRepeatWithin(Duration window, long issues,
            long withoutRepeat) {
        Checks.notNull(window, "window");
        return of(Optional.of(window), issues, withoutRepeat);
    }

    /**
     * Creates an accumulator holding the given counts, e.g. a partial aggregate read back from
     * storage.
     *
     * @param repeatWindow the repeat-contact window, or empty for the "resolved at first contact"
     *     variant; not null
     * @param issues the number of issues, not negative
     * @param resolved the number of issues resolved at first contact, between 0 and
     *     {@code issues}
     * @return a new accumulator
     * @throws IllegalArgumentException if the window is not positive or a count is out of range
     */
    public static FirstContactResolution of(Optional<Duration> repeatWindow, long issues, long resolved) {
        FirstContactResolution fcr = Checks.notNull(repeatWindow, "repeatWindow")
                .map(window -> new FirstContactResolution(Checks.positive(window, "repeatWindow")))
                .orElseGet(FirstContactResolution::resolvedAtFirstContact);
        fcr.issues = Checks.nonNegative(issues, "issues");
        if (resolved < 0 || resolved > issues) {
            throw new IllegalArgumentException(
                    "resolved must be between 0 and " + issues + ", but was " + resolved);
        }
        fcr.resolved = resolved;
        return fcr;
    }

    /**
     * Returns the repeat-contact window, or empty for the "resolved at first contact" variant.
     *
     * @return the window of the second variant
     */
    public Optional<Duration> repeatWindow() {
        return Optional.ofNullable(repeatWindow);
    }


    /**
     * Records one issue under the "resolved at first contact" variant.
     *
     * @param resolvedAtFirstContact whether the first contact resolved it
     * @throws IllegalStateException if this accumulator uses the repeat-window variant
     */
    public void addIssue(boolean resolvedAtFirstContact) {
        if (repeatWindow != null) {
            throw new IllegalStateException("this accumulator measures repeat contacts within "
                    + repeatWindow + "; use addIssueWithRepeat");
        }
        issues = Counters.plus(issues, 1, "issues");
        if (resolvedAtFirstContact) {
            resolved = Counters.plus(resolved, 1, "resolved");
        }
    }

    /**
     * Records one issue under the repeat-window variant.
     *
     * @param repeatedWithinWindow whether the customer contacted again about it within the window
     * @throws IllegalStateException if this accumulator uses the "resolved at first contact"
     *     variant
     */
    public void addIssueWithRepeat(boolean repeatedWithinWindow) {
        if (repeatWindow == null) {
            throw new IllegalStateException(
                    "this accumulator measures resolution at first contact; use addIssue");
        }
        issues = Counters.plus(issues, 1, "issues");
        if (!repeatedWithinWindow) {
            resolved = Counters.plus(resolved, 1, "resolved");
        }
    }

    /**
     * Adds the counts of {@code other}, which must use the same variant and window.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the variants or windows differ
     */
    @Override
    public FirstContactResolution merge(FirstContactResolution other) {
        Objects.requireNonNull(other, "other");
        if (!Objects.equals(repeatWindow, other.repeatWindow)) {
            throw new IllegalArgumentException("other repeatWindow must be "
                    + repeatWindow().map(Duration::toString).orElse("absent") + ", but was "
                    + other.repeatWindow().map(Duration::toString).orElse("absent"));
        }
        long issuesSum = Counters.plus(issues, other.issues, "issues");
        long resolvedSum = Counters.plus(resolved, other.resolved, "resolved");
        issues = issuesSum;
        resolved = resolvedSum;
        return this;
    }

    /**
     * Returns the number of issues recorded.
     *
     * @return the count
     */
    public long issues() {
        return issues;
    }

    /**
     * Returns the number of issues counted as resolved under this variant.
     *
     * @return the count
     */
    public long resolved() {
        return resolved;
    }

    /**
     * Returns the FCR rate under this accumulator's variant, or empty if no issue was recorded.
     *
     * @return the rate, empty on no data
     */
    public Optional<Proportion> rate() {
        return issues == 0 ? Optional.empty() : Optional.of(Proportion.of(resolved, issues));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FirstContactResolution other
                && Objects.equals(repeatWindow, other.repeatWindow)
                && issues == other.issues && resolved == other.resolved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(repeatWindow, issues, resolved);
    }

    @Override
    public String toString() {
        return "FirstContactResolution[repeatWindow=" + repeatWindow + ", issues=" + issues
                + ", resolved=" + resolved + "]";
    }
}
