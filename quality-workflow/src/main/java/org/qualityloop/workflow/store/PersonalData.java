package org.qualityloop.workflow.store;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.model.internal.Checks;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;

/**
 * The personal data of one case, kept apart from its events and snapshots so that erasing it
 * leaves every history replayable: the customer's name, phone and e-mail and the text they wrote,
 * as given in the feedback the case was opened for. Keyed by the case and, unless the feedback
 * was anonymous, by the customer, so a store can find every record of a customer to erase and
 * the one record of a case to join.
 *
 * <p><b>Split and join.</b> {@link #split(CaseEvent)} and {@link #split(CaseSnapshot)} take the
 * personal data out: what remains is the event or snapshot as it reads once erased (each field
 * that held a value empty and marked erased, see {@link Feedback#erased()}), which a store
 * persists; the record goes to a place of its own. {@link #join(CaseEvent, Optional)} and
 * {@link #join(CaseSnapshot, Optional)} put it back on reading; joined with no record (it was
 * erased) the value reads with the erased marks. Only the {@link CaseChange.Received} event (the
 * first of a case) and snapshots carry personal data; every other value passes unchanged, and
 * so does anything without personal data, so a store may split and join everything it writes and
 * reads. A case has one record: split from its received event or from any of its snapshots, it
 * is the same.
 *
 * <p>Immutable. {@link #toString()} shows the keys and which fields are held, never their values.
 *
 * @param caseId the case, not null
 * @param customer the customer, or empty for anonymous feedback
 * @param name the customer's name, if held; not blank when present
 * @param phone the customer's phone number, if held; not blank when present
 * @param email the customer's e-mail address, if held; not blank when present
 * @param text the text the customer wrote, if held; not empty when present
 */
public record PersonalData(CaseId caseId, Optional<CustomerId> customer, Optional<String> name,
        Optional<String> phone, Optional<String> email, Optional<String> text) {

    /**
     * Validates the record.
     *
     * @param caseId the case, not null
     * @param customer the customer, or empty for anonymous feedback
     * @param name the customer's name, if held; not blank when present
     * @param phone the customer's phone number, if held; not blank when present
     * @param email the customer's e-mail address, if held; not blank when present
     * @param text the text the customer wrote, if held; not empty when present
     * @throws IllegalArgumentException naming the field, never its value, when a present value is
     *     blank (the text: empty), when anonymous feedback holds a name, phone or e-mail, or when
     *     nothing is held
     */
    public PersonalData {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(customer, "customer");
        Checks.notNull(name, "name");
        Checks.notNull(phone, "phone");
        Checks.notNull(email, "email");
        Checks.notNull(text, "text");
        name.ifPresent(v -> Checks.notBlank(v, "name"));
        phone.ifPresent(v -> Checks.notBlank(v, "phone"));
        email.ifPresent(v -> Checks.notBlank(v, "email"));
        if (text.isPresent() && text.get().isEmpty()) {
            throw new IllegalArgumentException("text must not be empty when present (an empty text is no personal"
                    + " data), but was empty");
        }
        if (customer.isEmpty() && (name.isPresent() || phone.isPresent() || email.isPresent())) {
            throw new IllegalArgumentException("name, phone and email must be empty without a customer (anonymous"
                    + " feedback), but one was present for case " + caseId);
        }
        if (name.isEmpty() && phone.isEmpty() && email.isEmpty() && text.isEmpty()) {
            throw new IllegalArgumentException("a personal-data record must hold at least one field, but held none"
                    + " for case " + caseId);
        }
    }

    /**
     * What {@link #split(CaseEvent)} or {@link #split(CaseSnapshot)} gives: the value without
     * personal data, for the store's log, and the record taken out of it, if there was any.
     *
     * @param withoutPersonalData the value as it reads once erased, not null
     * @param personalData the personal data taken out, or empty when it held none
     * @param <T> the kind of value: {@link CaseEvent} or {@link CaseSnapshot}
     */
    public record Split<T>(T withoutPersonalData, Optional<PersonalData> personalData) {
        /**
         * Validates the split.
         *
         * @param withoutPersonalData the value as it reads once erased, not null
         * @param personalData the personal data taken out, or empty when it held none
         */
        public Split {
            Checks.notNull(withoutPersonalData, "withoutPersonalData");
            Checks.notNull(personalData, "personalData");
        }
    }

    /**
     * Takes the personal data of a case out of its feedback.
     *
     * @param caseId the case, not null
     * @param feedback the feedback the case was opened for, not null
     * @return the record, or empty when the feedback holds no personal data
     */
    public static Optional<PersonalData> of(CaseId caseId, Feedback feedback) {
        Checks.notNull(caseId, "caseId");
        Checks.notNull(feedback, "feedback");
        if (!feedback.hasPersonalData()) {
            return Optional.empty();
        }
        Optional<CustomerRef> c = feedback.customer();
        return Optional.of(new PersonalData(caseId, c.map(CustomerRef::id), c.flatMap(CustomerRef::name),
                c.flatMap(CustomerRef::phone), c.flatMap(CustomerRef::email),
                feedback.text().isEmpty() ? Optional.empty() : Optional.of(feedback.text())));
    }

    /**
     * Splits an event: a {@link CaseChange.Received} event whose feedback holds personal data
     * becomes the event with that feedback {@linkplain Feedback#erased() erased} plus the record;
     * any other event is kept whole, with no record.
     *
     * @param event the event, not null
     * @return the event without personal data and the record taken out
     */
    public static Split<CaseEvent> split(CaseEvent event) {
        Checks.notNull(event, "event");
        if (!(event.change() instanceof CaseChange.Received r) || !r.feedback().hasPersonalData()) {
            return new Split<>(event, Optional.empty());
        }
        CaseEvent stripped = new CaseEvent(event.schema(), event.caseId(), event.sequence(), event.commandId(),
                event.actor(), event.at(), new CaseChange.Received(r.feedback().erased(), r.stage()));
        return new Split<>(stripped, of(event.caseId(), r.feedback()));
    }

    /**
     * Splits a snapshot: one whose feedback holds personal data becomes the snapshot with that
     * feedback {@linkplain Feedback#erased() erased} plus the record; any other is kept whole.
     *
     * @param snapshot the snapshot, not null
     * @return the snapshot without personal data and the record taken out
     */
    public static Split<CaseSnapshot> split(CaseSnapshot snapshot) {
        Checks.notNull(snapshot, "snapshot");
        Feedback f = snapshot.feedback();
        if (!f.hasPersonalData()) {
            return new Split<>(snapshot, Optional.empty());
        }
        return new Split<>(snapshot.withFeedback(f.erased()), of(snapshot.id(), f));
    }

    /**
     * Joins an event read from a store with its case's personal data: the received event gets its
     * feedback's personal data back; with no record, or for any other event, the event is
     * returned as it is (erased fields read as erased).
     *
     * @param event the event as the store kept it, not null
     * @param data the personal data of the event's case, or empty when there is none (or it was erased)
     * @return the joined event
     * @throws IllegalArgumentException when the record is of another case or customer, or holds a
     *     field the event's feedback does not mark erased
     */
    public static CaseEvent join(CaseEvent event, Optional<PersonalData> data) {
        Checks.notNull(event, "event");
        Checks.notNull(data, "data");
        if (data.isEmpty() || !(event.change() instanceof CaseChange.Received r)) {
            return event;
        }
        Feedback joined = data.get().restore(event.caseId(), r.feedback());
        return new CaseEvent(event.schema(), event.caseId(), event.sequence(), event.commandId(), event.actor(),
                event.at(), new CaseChange.Received(joined, r.stage()));
    }

    /**
     * Joins a case's events read from a store with its personal data, as
     * {@link #join(CaseEvent, Optional)} does for each.
     *
     * @param events the events as the store kept them, not null
     * @param data the personal data of their case, or empty
     * @return the joined events, unmodifiable; the same list when nothing changed
     * @throws IllegalArgumentException as {@link #join(CaseEvent, Optional)}
     */
    public static List<CaseEvent> join(List<CaseEvent> events, Optional<PersonalData> data) {
        Checks.notNull(events, "events");
        Checks.notNull(data, "data");
        if (data.isEmpty() || events.isEmpty() || !(events.get(0).change() instanceof CaseChange.Received)) {
            return events;
        }
        CaseEvent[] out = events.toArray(CaseEvent[]::new);
        out[0] = join(out[0], data);
        return List.of(out);
    }

    /**
     * Joins a snapshot read from a store with its case's personal data; with no record it is
     * returned as it is (erased fields read as erased).
     *
     * @param snapshot the snapshot as the store kept it, not null
     * @param data the personal data of its case, or empty when there is none (or it was erased)
     * @return the joined snapshot
     * @throws IllegalArgumentException as {@link #join(CaseEvent, Optional)}
     */
    public static CaseSnapshot join(CaseSnapshot snapshot, Optional<PersonalData> data) {
        Checks.notNull(snapshot, "snapshot");
        Checks.notNull(data, "data");
        if (data.isEmpty()) {
            return snapshot;
        }
        return snapshot.withFeedback(data.get().restore(snapshot.id(), snapshot.feedback()));
    }

    /**
     * Returns the personal fields this record holds.
     *
     * @return the fields, in {@link PersonalField} order; unmodifiable
     */
    public Set<PersonalField> fields() {
        EnumSet<PersonalField> held = EnumSet.noneOf(PersonalField.class);
        name.ifPresent(v -> held.add(PersonalField.NAME));
        phone.ifPresent(v -> held.add(PersonalField.PHONE));
        email.ifPresent(v -> held.add(PersonalField.EMAIL));
        text.ifPresent(v -> held.add(PersonalField.TEXT));
        return java.util.Collections.unmodifiableSet(held);
    }

    /** The feedback with this record's fields put back where they read as erased. */
    private Feedback restore(CaseId of, Feedback erased) {
        if (!caseId.equals(of)) {
            throw new IllegalArgumentException("personal data of case " + caseId + " must join a value of that case,"
                    + " but was joined to case " + of);
        }
        Optional<CustomerId> by = erased.customer().map(CustomerRef::id);
        if (!customer.equals(by)) {
            throw new IllegalArgumentException("personal data of customer " + customer.map(Object::toString)
                    .orElse("anonymous") + " must join feedback of that customer, but the feedback of case " + of
                    + " is by " + by.map(Object::toString).orElse("anonymous"));
        }
        for (PersonalField f : fields()) {
            boolean marked = f == PersonalField.TEXT ? erased.isTextErased()
                    : erased.customer().map(c -> c.isErased(f)).orElse(false);
            if (!marked) {
                throw new IllegalArgumentException("personal data of case " + caseId + " holds " + f
                        + ", so the feedback must mark it erased, but did not");
            }
        }
        Optional<CustomerRef> ref = erased.customer().map(c -> {
            EnumSet<PersonalField> still = EnumSet.noneOf(PersonalField.class);
            still.addAll(c.erasedFields());
            still.removeAll(fields());
            return new CustomerRef(c.id(), name.or(c::name), phone.or(c::phone), email.or(c::email), still);
        });
        return new Feedback(erased.id(), erased.channel(), erased.touchpoint(), erased.receivedAt(), ref,
                erased.category(), erased.severity(), erased.sentiment(), text.orElse(erased.text()), erased.validity(),
                text.isPresent() ? Set.of() : erased.erasedFields(), erased.zone());
    }

    /**
     * Returns the keys and the fields held, never their values, for example {@code
     * PersonalData[case=case-1, customer=c-42, fields=[NAME, TEXT]]}.
     */
    @Override
    public String toString() {
        return "PersonalData[case=" + caseId + ", customer=" + customer.map(Object::toString).orElse("anonymous")
                + ", fields=" + fields() + "]";
    }
}
