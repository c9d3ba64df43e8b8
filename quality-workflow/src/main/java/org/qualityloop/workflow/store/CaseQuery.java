package org.qualityloop.workflow.store;

import java.util.Optional;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.TeamId;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseState;

/**
 * Which open cases an operator asks for ({@link CaseStore#openCases}): every condition present
 * must hold, an absent one matches anything. Immutable.
 *
 * @param state the state, e.g. {@link CaseState#REOPENED}; must be an open one
 * @param owner the owner
 * @param team the owner's team
 * @param overdue a target the case is overdue on ({@link CaseSummary#overdue()})
 */
public record CaseQuery(Optional<CaseState> state, Optional<AgentId> owner, Optional<TeamId> team,
        Optional<SlaTarget> overdue) {

    private static final CaseQuery ALL = new CaseQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    /**
     * Validates.
     *
     * @param state the state, e.g. {@link CaseState#REOPENED}; must be an open one
     * @param owner the owner
     * @param team the owner's team
     * @param overdue a target the case is overdue on ({@link CaseSummary#overdue()})
     * @throws IllegalArgumentException when the state is not an open one
     */
    public CaseQuery {
        Checks.notNull(state, "state");
        state.ifPresent(s -> {
            if (!s.isOpen()) {
                throw new IllegalArgumentException("state must be an open state, but was " + s);
            }
        });
        Checks.notNull(owner, "owner");
        Checks.notNull(team, "team");
        Checks.notNull(overdue, "overdue");
    }

    /**
     * Returns the query that matches every open case.
     *
     * @return the query for every open case
     */
    public static CaseQuery all() {
        return ALL;
    }

    /**
     * Returns this query also asking for the state.
     *
     * @param value the state, an open one
     * @return this query also asking for the state
     */
    public CaseQuery inState(CaseState value) {
        return new CaseQuery(Optional.of(value), owner, team, overdue);
    }

    /**
     * Returns this query also asking for the owner.
     *
     * @param value the owner, not null
     * @return this query also asking for the owner
     */
    public CaseQuery ownedBy(AgentId value) {
        return new CaseQuery(state, Optional.of(value), team, overdue);
    }

    /**
     * Returns this query also asking for the team.
     *
     * @param value the team, not null
     * @return this query also asking for the team
     */
    public CaseQuery ofTeam(TeamId value) {
        return new CaseQuery(state, owner, Optional.of(value), overdue);
    }

    /**
     * Returns this query also asking for cases overdue on it.
     *
     * @param value the target, not null
     * @return this query also asking for cases overdue on it
     */
    public CaseQuery overdueOn(SlaTarget value) {
        return new CaseQuery(state, owner, team, Optional.of(value));
    }

    /**
     * Whether a case matches: it is open and meets every condition.
     *
     * @param s the case's summary, not null
     * @return true when it matches
     */
    public boolean matches(CaseSummary s) {
        return s.isOpen() && state.map(v -> v == s.state()).orElse(true)
                && owner.map(v -> s.owner().equals(Optional.of(v))).orElse(true)
                && team.map(v -> s.team().equals(Optional.of(v))).orElse(true)
                && overdue.map(s.overdue()::contains).orElse(true);
    }
}
