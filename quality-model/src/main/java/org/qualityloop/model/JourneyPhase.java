package org.qualityloop.model;

/**
 * The phase of the customer's journey in which a touchpoint happens, as the seed documents divide
 * it: getting information (信息獲取), consultation (服務咨詢), delivery (服務交付) and follow-up
 * (售後跟進). Ordered as the journey runs.
 */
public enum JourneyPhase {
    /** The customer looks for information: searching fares, reading a hotel page. */
    INFORMATION,
    /** The customer asks for advice or help before or while buying. */
    CONSULTATION,
    /** The service is delivered: the ticket issued, the room handed over, the claim paid. */
    DELIVERY,
    /** After delivery: after-sales care, return visits, complaint follow-up. */
    FOLLOW_UP
}
