package org.qualityloop.insight;

import org.qualityloop.model.internal.Checks;

/**
 * One node of a {@link ProcessGraph}: how often cases entered it, and how many histories started
 * and ended there (a history of a case still open ends in an open state). Immutable and
 * thread-safe.
 *
 * @param name the node's name, an identifier
 * @param visits how often cases entered it, not negative
 * @param starts how many histories started in it, not negative
 * @param ends how many histories ended in it, not negative
 */
public record ProcessNode(String name, long visits, long starts, long ends) {

    /**
     * Validates the node.
     *
     * @param name the node's name, an identifier
     * @param visits how often cases entered it, not negative
     * @param starts how many histories started in it, at most {@code visits}
     * @param ends how many histories ended in it, at most {@code visits}
     */
    public ProcessNode {
        Checks.id(name, "name");
        Checks.nonNegative(visits, "visits");
        Checks.nonNegative(starts, "starts");
        Checks.nonNegative(ends, "ends");
        if (starts > visits) {
            throw new IllegalArgumentException("starts must be at most visits " + visits + ", but was " + starts);
        }
        if (ends > visits) {
            throw new IllegalArgumentException("ends must be at most visits " + visits + ", but was " + ends);
        }
    }
}
