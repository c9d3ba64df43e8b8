package org.qualityloop.workflow.cases;

import org.qualityloop.model.AgentId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.internal.Checks;

/**
 * Who made a change: an agent, the customer (by their identifier, never their name), or a
 * component of the system such as the SLA monitor. Recorded on every event of a case's history.
 * Immutable and thread-safe.
 *
 * @param kind what kind of actor, not null
 * @param id the agent's or customer's identifier, or the system component's name; an identifier
 *     (not blank, at most 128 characters, no control characters)
 */
public record Actor(Kind kind, String id) {

    /** The actor the engine records its own changes with (SLA targets, warnings, breaches). */
    public static final Actor SLA_MONITOR = new Actor(Kind.SYSTEM, "sla-monitor");

    /** The kinds of actor. */
    public enum Kind {
        /** An employee handling the case. */
        AGENT,
        /** The customer the case is about. */
        CUSTOMER,
        /** A component of the system. */
        SYSTEM
    }

    /**
     * Validates the actor.
     *
     * @param kind what kind of actor, not null
     * @param id the agent's or customer's identifier, or the system component's name; an identifier
     *     (not blank, at most 128 characters, no control characters)
     * @throws IllegalArgumentException when the id breaks the identifier rules
     */
    public Actor {
        Checks.notNull(kind, "kind");
        Checks.id(id, "id");
    }

    /**
     * An agent.
     *
     * @param agent the agent, not null
     * @return the actor
     */
    public static Actor agent(AgentId agent) {
        return new Actor(Kind.AGENT, Checks.notNull(agent, "agent").value());
    }

    /**
     * The customer, by identifier.
     *
     * @param customer the customer's identifier, not null
     * @return the actor
     */
    public static Actor customer(CustomerId customer) {
        return new Actor(Kind.CUSTOMER, Checks.notNull(customer, "customer").value());
    }

    /**
     * A system component.
     *
     * @param component the component's name, an identifier
     * @return the actor
     */
    public static Actor system(String component) {
        return new Actor(Kind.SYSTEM, component);
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
