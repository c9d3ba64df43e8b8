package org.qualityloop.examples.scenario;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.Money;
import org.qualityloop.examples.internal.Valid;
import org.qualityloop.model.sla.SlaTarget;

/**
 * The team that closes the loop on feedback: how many agents work (during the working time of
 * the scenario's calendar), how the intake sets a case's priority, whom a breach escalates to,
 * and how long and how well each task goes.
 *
 * <p>Each feedback case is opened and registered by the intake when it arrives; agents then take
 * tasks from one queue, escalated cases first, then by priority, first contacts before
 * follow-up calls before resolution work, then in order of arrival: the first contact (assign and
 * respond; invalid feedback is rejected here; a share is resolved at once), the resolution work
 * (sometimes waiting on the customer, with rectification and recovery actions after a failure),
 * and the follow-up call (結果回訪): the customer confirms and rates the handling, cannot be
 * reached, or is not satisfied and the case is reopened. Handling times are working time.
 * Immutable.
 *
 * @param agents the number of agents, at least 1
 * @param escalation the owners a breach escalates to, level 1 first; at least one
 * @param escalateOn the SLA targets whose breach escalates; at least one
 * @param priorities the priority the intake gives each severity; every severity
 * @param priorityUpgrade customer segments whose cases get one priority level more
 * @param firstContact the handling time of a first contact
 * @param resolution the handling time of the resolution work
 * @param firstContactResolution the probability that a valid case is resolved at the first
 *     contact, between 0 and 1
 * @param awaitCustomer the probability that the resolution work waits on the customer
 * @param customerReply the wall-clock time until the customer replies
 * @param fixFailure the probability that a fix does not solve the problem (halved in every
 *     later cycle; a third fix always works)
 * @param followUpDelay the wall-clock time from resolution until the follow-up call is due
 * @param followUpCall the handling time of a follow-up call
 * @param reachRate the probability of reaching the customer on one follow-up attempt
 * @param followUpAttempts the attempts before a case closes as unreachable, at least 1
 * @param knowledgeShare the share of resolved cases captured in the knowledge base
 * @param compensationShare the share of complaints about a failure that get compensation
 * @param compensation the compensation paid
 * @param satisfaction the mean satisfaction (1–5) of a customer whose problem was solved
 *     without breaches or reopening, between 1 and 5
 */
public record ServiceDesk(int agents, List<AgentId> escalation, Set<SlaTarget> escalateOn,
        Map<Severity, Priority> priorities, Set<CustomerSegment> priorityUpgrade, LogNormal firstContact,
        LogNormal resolution, double firstContactResolution, double awaitCustomer, LogNormal customerReply,
        double fixFailure, LogNormal followUpDelay, LogNormal followUpCall, double reachRate, int followUpAttempts,
        double knowledgeShare, double compensationShare, Money compensation, double satisfaction) {

    /**
     * Validates and copies the components.
     *
     * @param agents the number of agents, at least 1
     * @param escalation the owners a breach escalates to, level 1 first; at least one
     * @param escalateOn the SLA targets whose breach escalates; at least one
     * @param priorities the priority the intake gives each severity; every severity
     * @param priorityUpgrade customer segments whose cases get one priority level more
     * @param firstContact the handling time of a first contact
     * @param resolution the handling time of the resolution work
     * @param firstContactResolution the probability that a valid case is resolved at the first
     *     contact, between 0 and 1
     * @param awaitCustomer the probability that the resolution work waits on the customer
     * @param customerReply the wall-clock time until the customer replies
     * @param fixFailure the probability that a fix does not solve the problem (halved in every
     *     later cycle; a third fix always works)
     * @param followUpDelay the wall-clock time from resolution until the follow-up call is due
     * @param followUpCall the handling time of a follow-up call
     * @param reachRate the probability of reaching the customer on one follow-up attempt
     * @param followUpAttempts the attempts before a case closes as unreachable, at least 1
     * @param knowledgeShare the share of resolved cases captured in the knowledge base
     * @param compensationShare the share of complaints about a failure that get compensation
     * @param compensation the compensation paid
     * @param satisfaction the mean satisfaction (1–5) of a customer whose problem was solved
     *     without breaches or reopening, between 1 and 5
     * @throws IllegalArgumentException when a number is out of range, a list is empty or a
     *     severity has no priority
     */
    public ServiceDesk {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be at least 1, but was " + agents);
        }
        escalation = Valid.listCopy(escalation, "escalation");
        if (escalation.isEmpty()) {
            throw new IllegalArgumentException("escalation must name at least one owner, but was empty");
        }
        Objects.requireNonNull(escalateOn, "escalateOn");
        escalateOn = java.util.Collections.unmodifiableSet(new TreeSet<>(escalateOn));
        if (escalateOn.isEmpty()) {
            throw new IllegalArgumentException("escalateOn must name at least one SLA target, but was empty");
        }
        Objects.requireNonNull(priorities, "priorities");
        for (Severity s : Severity.values()) {
            if (!priorities.containsKey(s)) {
                throw new IllegalArgumentException("priorities must give a priority for every severity, but "
                        + s + " has none");
            }
        }
        priorities = java.util.Collections.unmodifiableMap(new EnumMap<>(priorities));
        Objects.requireNonNull(priorityUpgrade, "priorityUpgrade");
        priorityUpgrade = java.util.Collections.unmodifiableSet(new TreeSet<>(priorityUpgrade));
        Objects.requireNonNull(firstContact, "firstContact");
        Objects.requireNonNull(resolution, "resolution");
        Valid.probability(firstContactResolution, "firstContactResolution");
        Valid.probability(awaitCustomer, "awaitCustomer");
        Objects.requireNonNull(customerReply, "customerReply");
        Valid.probability(fixFailure, "fixFailure");
        Objects.requireNonNull(followUpDelay, "followUpDelay");
        Objects.requireNonNull(followUpCall, "followUpCall");
        if (!(reachRate > 0 && reachRate <= 1)) {
            throw new IllegalArgumentException("reachRate must be above 0 and at most 1, but was " + reachRate);
        }
        if (followUpAttempts < 1) {
            throw new IllegalArgumentException("followUpAttempts must be at least 1, but was " + followUpAttempts);
        }
        Valid.probability(knowledgeShare, "knowledgeShare");
        Valid.probability(compensationShare, "compensationShare");
        Objects.requireNonNull(compensation, "compensation");
        Valid.between(satisfaction, 1, 5, "satisfaction");
    }

    /**
     * A copy with another number of agents.
     *
     * @param value at least 1
     * @return the copy
     */
    public ServiceDesk withAgents(int value) {
        return new ServiceDesk(value, escalation, escalateOn, priorities, priorityUpgrade, firstContact, resolution,
                firstContactResolution, awaitCustomer, customerReply, fixFailure, followUpDelay, followUpCall,
                reachRate, followUpAttempts, knowledgeShare, compensationShare, compensation, satisfaction);
    }

    /**
     * A copy with another first-contact resolution probability.
     *
     * @param value 0–1
     * @return the copy
     */
    public ServiceDesk withFirstContactResolution(double value) {
        return new ServiceDesk(agents, escalation, escalateOn, priorities, priorityUpgrade, firstContact, resolution,
                value, awaitCustomer, customerReply, fixFailure, followUpDelay, followUpCall, reachRate,
                followUpAttempts, knowledgeShare, compensationShare, compensation, satisfaction);
    }

    /**
     * A copy whose handling times are scaled.
     *
     * @param factor positive
     * @return the copy
     */
    public ServiceDesk withHandlingScaled(double factor) {
        return new ServiceDesk(agents, escalation, escalateOn, priorities, priorityUpgrade, firstContact.scaled(factor),
                resolution.scaled(factor), firstContactResolution, awaitCustomer, customerReply, fixFailure,
                followUpDelay, followUpCall.scaled(factor), reachRate, followUpAttempts, knowledgeShare,
                compensationShare, compensation, satisfaction);
    }

    /**
     * A copy with another mean satisfaction.
     *
     * @param value 1–5
     * @return the copy
     */
    public ServiceDesk withSatisfaction(double value) {
        return new ServiceDesk(agents, escalation, escalateOn, priorities, priorityUpgrade, firstContact, resolution,
                firstContactResolution, awaitCustomer, customerReply, fixFailure, followUpDelay, followUpCall,
                reachRate, followUpAttempts, knowledgeShare, compensationShare, compensation, value);
    }
}
