package org.qualityloop.workflow.cases;

import org.qualityloop.model.internal.Checks;

/**
 * Identifies a command sent to a case, chosen by the caller (a request id, a message id, a UUID).
 * A command retried with the same id is applied once: the engine answers the retry with the
 * events the first attempt recorded. Unique per case. Immutable; JSON is the bare value.
 *
 * @param value the identifier's text: not blank, no surrounding whitespace or control
 *     characters, at most 128 characters
 */
public record CommandId(String value) {

    /**
     * How the ids of the SLA monitor's alert commands begin: the engine derives each alert's
     * command id from the alert ({@code sla:<cycle>:<target>:<warning-n|breach>:<epoch-ms>}) and
     * refuses the prefix on any other command, so an event carries such an id exactly when the
     * monitor recorded it.
     */
    public static final String ALERT_PREFIX = "sla:";

    /**
     * Validates the identifier.
     *
     * @param value the identifier's text: not blank, no surrounding whitespace or control
     *     characters, at most 128 characters
     * @throws IllegalArgumentException naming {@code commandId} when the value breaks a rule
     */
    public CommandId {
        Checks.id(value, "commandId");
    }

    /**
     * Returns the identifier with the given value.
     *
     * @param value the identifier's text, not null
     * @return the identifier
     */
    public static CommandId of(String value) {
        return new CommandId(value);
    }

    /**
     * Whether this is the id of an SLA alert the engine's monitor recorded.
     *
     * @return whether the value starts with {@link #ALERT_PREFIX}
     */
    public boolean isAlert() {
        return value.startsWith(ALERT_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }

    // the record's own equality, written out so that the look-ups and comparisons every command
    // makes compare the string directly; the hash code stays the record's
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CommandId c && value.equals(c.value);
    }
}
