package org.qualityloop.workflow.cases;

import org.qualityloop.model.AgentId;
import org.qualityloop.model.TeamId;

/**
 * Who owns a case: the part of a {@link FeedbackCase} that registration, assignment and
 * escalation replace. Immutable; package-private (nullable components never reach the public API).
 *
 * @param owner the owner, or null before the first assignment
 * @param team the owner's team, or null when not given
 * @param escalationCount how often the case was escalated, from 0
 */
record Ownership(AgentId owner, TeamId team, int escalationCount) {

    /** Nobody yet. */
    static final Ownership NONE = new Ownership(null, null, 0);

    Ownership assigned(AgentId to, TeamId toTeam) {
        return new Ownership(to, toTeam, escalationCount);
    }

    Ownership escalated(AgentId to, TeamId toTeam) {
        return new Ownership(to, toTeam, escalationCount + 1);
    }
}
