package org.qualityloop.metrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
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
@JsonPropertyOrder({"repeatWindow", "issues", "resolved"})
public final class FirstContactResolution {

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

    @JsonCreator
    static FirstContactResolution fromJson(
            @JsonProperty("repeatWindow") Duration repeatWindow,
            @JsonProperty(value = "issues", required = true) long issues,
            @JsonProperty(value = "resolved", required = true) long resolved) {
        FirstContactResolution fcr = repeatWindow == null ? resolvedAtFirstContact()
                : noRepeatWithin(repeatWindow);
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

    @JsonProperty("repeatWindow")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    Duration jsonRepeatWindow() {
        return repeatWindow;
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
        issues++;
        if (resolvedAtFirstContact) {
            resolved++;
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
        issues++;
        if (!repeatedWithinWindow) {
            resolved++;
        }
    }

    /**
     * Adds the counts of {@code other}, which must use the same variant and window.
     *
     * @param other another accumulator, not null
     * @return this accumulator
     * @throws IllegalArgumentException if the variants or windows differ
     */
    public FirstContactResolution merge(FirstContactResolution other) {
        Objects.requireNonNull(other, "other");
        if (!Objects.equals(repeatWindow, other.repeatWindow)) {
            throw new IllegalArgumentException("other repeatWindow must be "
                    + repeatWindow().map(Duration::toString).orElse("absent") + ", but was "
                    + other.repeatWindow().map(Duration::toString).orElse("absent"));
        }
        issues += other.issues;
        resolved += other.resolved;
        return this;
    }

    /**
     * Returns the number of issues recorded.
     *
     * @return the count
     */
    @JsonProperty("issues")
    public long issues() {
        return issues;
    }

    /**
     * Returns the number of issues counted as resolved under this variant.
     *
     * @return the count
     */
    @JsonProperty("resolved")
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
