package org.qualityloop.workflow.cases;

import java.util.Objects;
import java.util.Optional;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.TeamId;

/**
 * Who owns a case: the part of a {@link FeedbackCase} that registration, assignment and
 * escalation replace. Immutable, with the equality of a record of its three components;
 * package-private (nullable components never reach the public API).
 *
 * <p>A class rather than a record only to keep the owner wrapped once: the owner is read on
 * every append (the case's summary), while the part changes only on registration, assignment
 * and escalation.
 */
final class Ownership {

    /** Nobody yet. */
    static final Ownership NONE = new Ownership(null, null, 0);

    private final AgentId owner;
    private final TeamId team;
    private final int escalationCount;
    private final Optional<AgentId> ownerIfAny;

    /**
     * Makes the part.
     *
     * @param owner the owner, or null before the first assignment
     * @param team the owner's team, or null when not given
     * @param escalationCount how often the case was escalated, from 0
     */
    Ownership(AgentId owner, TeamId team, int escalationCount) {
        this.owner = owner;
        this.team = team;
        this.escalationCount = escalationCount;
        this.ownerIfAny = Optional.ofNullable(owner);
    }

    /** The owner, or null before the first assignment. */
    AgentId owner() {
        return owner;
    }

    /** The owner, if assigned: one shared wrapper per value. */
    Optional<AgentId> ownerIfAny() {
        return ownerIfAny;
    }

    /** The owner's team, or null when not given. */
    TeamId team() {
        return team;
    }

    /** How often the case was escalated, from 0. */
    int escalationCount() {
        return escalationCount;
    }

    Ownership assigned(AgentId to, TeamId toTeam) {
        return new Ownership(to, toTeam, escalationCount);
    }

    Ownership escalated(AgentId to, TeamId toTeam) {
        return new Ownership(to, toTeam, escalationCount + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ownership w && Objects.equals(owner, w.owner) && Objects.equals(team, w.team)
                && escalationCount == w.escalationCount;
    }

    @Override
    public int hashCode() {
        return Objects.hash(owner, team, escalationCount);
    }

    @Override
    public String toString() {
        return "Ownership[owner=" + owner + ", team=" + team + ", escalationCount=" + escalationCount + "]";
    }
}
