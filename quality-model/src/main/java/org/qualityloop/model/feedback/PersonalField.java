package org.qualityloop.model.feedback;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fields of a piece of feedback that hold a customer's personal data: what a deletion request
 * erases. The customer's {@link #NAME}, {@link #PHONE} and {@link #EMAIL} live in a
 * {@link CustomerRef}; the customer's own words, {@link #TEXT}, in {@link Feedback#text()}.
 * Everything else (the pseudonymous {@link org.qualityloop.model.CustomerId}, the channel, the
 * category, the instants, the verdicts) is not personal data in this library's sense and stays.
 *
 * <p>An erased field reads as empty and is listed in the {@code erasedFields()} of its holder, so
 * that a reader tells "erased" from "never given".
 */
public enum PersonalField {
    /** The customer's name ({@link CustomerRef#name()}). */
    NAME,
    /** The customer's phone number ({@link CustomerRef#phone()}). */
    PHONE,
    /** The customer's e-mail address ({@link CustomerRef#email()}). */
    EMAIL,
    /** The customer's own words ({@link Feedback#text()}). */
    TEXT;

    /** No field: unmodifiable, shared by every holder with nothing erased. */
    private static final Set<PersonalField> NONE = Collections.unmodifiableSet(EnumSet.noneOf(PersonalField.class));

    /**
     * Tells whether the field belongs to a {@link CustomerRef}: its name, phone or e-mail.
     *
     * @return true for {@link #NAME}, {@link #PHONE} and {@link #EMAIL}
     */
    public boolean ofCustomer() {
        return this != TEXT;
    }

    /**
     * Copies a set of fields in declaration order, rejecting null.
     *
     * @param values the fields
     * @param field the name of the field holding them, for messages
     * @return an unmodifiable copy iterating in declaration order; one shared empty set for none
     */
    static Set<PersonalField> copyOf(Set<PersonalField> values, String field) {
        if (values == null) {
            throw new NullPointerException(field + " must not be null");
        }
        if (values.isEmpty()) {
            // nearly all feedback and customers have nothing erased: they share one set, and keep
            // none of their own
            return NONE;
        }
        EnumSet<PersonalField> copy = EnumSet.noneOf(PersonalField.class);
        for (PersonalField f : values) {
            if (f == null) {
                throw new NullPointerException(field + " must not contain null");
            }
            copy.add(f);
        }
        return Collections.unmodifiableSet(copy);
    }
}
