package org.qualityloop.model;

import java.util.List;
import java.util.Optional;
import org.qualityloop.model.internal.Checks;

/**
 * What a piece of feedback is about, from an extensible taxonomy. The seed documents classify
 * feedback as a technical issue, service attitude, process suggestion, product or quality; those
 * are the {@linkplain #defaults() defaults}, and users add their own with {@link #of(String)}.
 *
 * <p>A category may refine another: its code is the parent's code, a {@code '/'} and its own
 * segment, for example {@code technical-issue/payment}. {@link #parent()} returns the broader
 * category and {@link #isWithin(FeedbackCategory)} tells whether one category falls under
 * another, so reports can roll sub-categories up. Each segment follows the {@link Channel} code
 * rule; at most 128 characters in all. Immutable and thread-safe.
 *
 * @param code the category's code, not null
 */
public record FeedbackCategory(String code) implements Comparable<FeedbackCategory> {

    /** A defect of a system: an app crash, a failed payment, a wrong fare (技術問題). */
    public static final FeedbackCategory TECHNICAL_ISSUE = new FeedbackCategory("technical-issue");
    /** How staff treated the customer (服務態度). */
    public static final FeedbackCategory SERVICE_ATTITUDE = new FeedbackCategory("service-attitude");
    /** A suggestion to change a process (流程建議). */
    public static final FeedbackCategory PROCESS_SUGGESTION = new FeedbackCategory("process-suggestion");
    /** The product itself: a room, a seat, a route, an itinerary (產品). */
    public static final FeedbackCategory PRODUCT = new FeedbackCategory("product");
    /** The quality of what was delivered (質量). */
    public static final FeedbackCategory QUALITY = new FeedbackCategory("quality");
    /** Anything that fits no other category. */
    public static final FeedbackCategory OTHER = new FeedbackCategory("other");

    private static final List<FeedbackCategory> DEFAULTS = List.of(
            TECHNICAL_ISSUE, SERVICE_ATTITUDE, PROCESS_SUGGESTION, PRODUCT, QUALITY, OTHER);

    /**
     * Validates the code.
     *
     * @param code the category's code, not null
     * @throws IllegalArgumentException naming {@code category} when it breaks the rule
     */
    public FeedbackCategory {
        Checks.notNull(code, "category");
        if (code.length() > Checks.MAX_ID_LENGTH) {
            throw new IllegalArgumentException("category must be at most " + Checks.MAX_ID_LENGTH
                    + " characters, but was " + code.length() + " characters");
        }
        for (String segment : code.split("/", -1)) {
            try {
                Checks.code(segment, "category");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("category must be '/'-separated segments of"
                        + " lower-case letters, digits, '-' or '_' each starting with a letter,"
                        + " but was '" + Checks.shown(code) + "'", e);
            }
        }
    }

    /**
     * Returns the category with the given code.
     *
     * @param code the category's code, not null
     * @return the category
     */
    public static FeedbackCategory of(String code) {
        return new FeedbackCategory(code);
    }

    /**
     * Returns the categories the seed documents use, in a fixed order.
     *
     * @return an unmodifiable list of the default categories
     */
    public static List<FeedbackCategory> defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a sub-category of this one.
     *
     * @param segment the sub-category's own segment, such as {@code "payment"}
     * @return the category {@code this.code + "/" + segment}
     */
    public FeedbackCategory child(String segment) {
        Checks.code(segment, "segment");
        return new FeedbackCategory(code + "/" + segment);
    }

    /**
     * Returns the broader category this one refines, if any.
     *
     * @return the parent, or empty for a top-level category
     */
    public Optional<FeedbackCategory> parent() {
        int slash = code.lastIndexOf('/');
        return slash < 0 ? Optional.empty() : Optional.of(new FeedbackCategory(code.substring(0, slash)));
    }

    /**
     * Tells whether this category is the given one or falls under it.
     *
     * @param ancestor the broader category, not null
     * @return true when this category equals {@code ancestor} or refines it
     */
    public boolean isWithin(FeedbackCategory ancestor) {
        Checks.notNull(ancestor, "ancestor");
        return code.equals(ancestor.code) || code.startsWith(ancestor.code + "/");
    }

    @Override
    public int compareTo(FeedbackCategory other) {
        return code.compareTo(other.code);
    }

    /** Returns the category's code. */
    @Override
    public String toString() {
        return code;
    }
}
