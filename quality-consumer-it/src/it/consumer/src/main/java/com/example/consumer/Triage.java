package com.example.consumer;

import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;

/** A few lines a user would write against the model. */
public final class Triage {

    private Triage() {
    }

    /**
     * Describes where a case came from.
     *
     * @param caseId the case
     * @param channel the channel code
     * @param category the category code
     * @return a one-line description
     */
    public static String describe(String caseId, String channel, String category) {
        CaseId id = CaseId.of(caseId);
        Channel ch = Channel.of(channel);
        FeedbackCategory cat = FeedbackCategory.of(category);
        return id + " via " + ch + (ch.isStandard() ? "" : " (custom)") + " about "
                + cat.parent().orElse(cat);
    }
}
