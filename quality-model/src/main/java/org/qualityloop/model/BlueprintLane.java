package org.qualityloop.model;

/**
 * The lane of a service blueprint (服務藍圖) in which an activity or touchpoint sits. From top to
 * bottom the lanes are separated by the line of interaction (between customer actions and
 * front-stage), the line of visibility (between front-stage and back-stage) and the line of
 * internal interaction (between back-stage and support); see G. L. Shostack, "Designing Services
 * That Deliver", Harvard Business Review, 1984, and Bitner, Ostrom and Morgan, "Service
 * Blueprinting", California Management Review 50(3), 2008.
 */
public enum BlueprintLane {
    /** What the customer sees and touches: a confirmation e-mail, a ticket, a room. */
    PHYSICAL_EVIDENCE,
    /** What the customer does: searches, books, submits a claim. */
    CUSTOMER_ACTION,
    /** Employee or system actions the customer sees (above the line of visibility). */
    FRONT_STAGE,
    /** Employee or system actions the customer does not see (below the line of visibility). */
    BACK_STAGE,
    /** Support processes behind the back stage: IT systems, suppliers, finance. */
    SUPPORT;

    /**
     * Tells whether activities in this lane are visible to the customer, that is, above the line
     * of visibility.
     *
     * @return true for physical evidence, customer actions and front-stage
     */
    public boolean visibleToCustomer() {
        return this == PHYSICAL_EVIDENCE || this == CUSTOMER_ACTION || this == FRONT_STAGE;
    }
}
