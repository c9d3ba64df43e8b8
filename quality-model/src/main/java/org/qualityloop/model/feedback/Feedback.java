package org.qualityloop.model.feedback;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;
import org.qualityloop.model.TouchpointId;
import org.qualityloop.model.internal.Checks;

/**
 * One piece of feedback or a complaint, as registered (問題登記) from any channel: where and when it
 * arrived, who gave it (or that it is anonymous), how it is classified and graded, its tone, the
 * customer's own words and whether it is valid.
 *
 * <p>The free text and the customer's personal data never appear in {@link #toString()} or in an
 * exception message. {@link #masked()} returns a copy for export with the customer's personal data
 * masked; {@link #erased()} the copy that remains after a deletion request, whose erased fields
 * read as erased ({@link #isTextErased()}, {@link CustomerRef#erasedFields()}). Build one with
 * {@link #builder(FeedbackId, Channel, Instant)}. Immutable and thread-safe.
 *
 * @param id the feedback's identifier, not null
 * @param channel the channel it arrived on, not null
 * @param touchpoint the touchpoint it is about, if known
 * @param receivedAt when it was received, not null
 * @param customer who gave it; empty for anonymous feedback
 * @param category what it is about, not null
 * @param severity how serious it is, not null
 * @param sentiment its tone, not null
 * @param text the customer's own words, not null, may be empty (a rating without comment); empty
 *     when erased
 * @param validity whether it is genuine, not null
 * @param erasedFields the fields of this feedback that were erased: {@link PersonalField#TEXT} or
 *     none (the customer's erased fields are in its {@link CustomerRef#erasedFields()}); not null
 * @param zone the customer's time zone, if known (from the customer's profile, the caller's
 *     settings or the place the feedback came from): SLA targets whose policy measures them in the
 *     case's zone use it. Not a {@link PersonalField}: it is kept on erasure, as the SLA deadlines
 *     recorded for the case depend on it, and it is never printed by {@link #toString()}
 */
public record Feedback(
        FeedbackId id,
        Channel channel,
        Optional<TouchpointId> touchpoint,
        Instant receivedAt,
        Optional<CustomerRef> customer,
        FeedbackCategory category,
        Severity severity,
        Sentiment sentiment,
        String text,
        Validity validity,
        Set<PersonalField> erasedFields,
        Optional<ZoneId> zone) {

    /**
     * Validates the feedback.
     *
     * @param id the feedback's identifier, not null
     * @param channel the channel it arrived on, not null
     * @param touchpoint the touchpoint it is about, if known
     * @param receivedAt when it was received, not null
     * @param customer who gave it; empty for anonymous feedback
     * @param category what it is about, not null
     * @param severity how serious it is, not null
     * @param sentiment its tone, not null
     * @param text the customer's own words, not null, may be empty (a rating without comment); empty
     *     when erased
     * @param validity whether it is genuine, not null
     * @param erasedFields the fields of this feedback that were erased: {@link PersonalField#TEXT}
     *     or none; not null
     * @param zone the customer's time zone, if known; kept on erasure
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when {@code erasedFields} holds a field of the customer, or
     *     lists the text while it is not empty
     */
    public Feedback {
        Checks.notNull(id, "id");
        Checks.notNull(channel, "channel");
        Checks.notNull(touchpoint, "touchpoint");
        Checks.notNull(receivedAt, "receivedAt");
        Checks.notNull(customer, "customer");
        Checks.notNull(category, "category");
        Checks.notNull(severity, "severity");
        Checks.notNull(sentiment, "sentiment");
        Checks.notNull(text, "text");
        Checks.notNull(validity, "validity");
        erasedFields = PersonalField.copyOf(erasedFields, "erasedFields");
        Checks.notNull(zone, "zone");
        for (PersonalField f : erasedFields) {
            if (f != PersonalField.TEXT) {
                throw new IllegalArgumentException("erasedFields must hold only TEXT (the customer's fields are"
                        + " erased in the customer reference), but held " + f);
            }
        }
        if (!erasedFields.isEmpty() && !text.isEmpty()) {
            throw new IllegalArgumentException("text must be empty when erased, but held " + text.length()
                    + " chars");
        }
    }

    /**
     * Validates feedback of which nothing was erased: the form all feedback had before erasure
     * existed, kept so that callers need not name the erased fields.
     *
     * @param id the feedback's identifier, not null
     * @param channel the channel it arrived on, not null
     * @param touchpoint the touchpoint it is about, if known
     * @param receivedAt when it was received, not null
     * @param customer who gave it; empty for anonymous feedback
     * @param category what it is about, not null
     * @param severity how serious it is, not null
     * @param sentiment its tone, not null
     * @param text the customer's own words, not null, may be empty (a rating without comment)
     * @param validity whether it is genuine, not null
     * @throws NullPointerException naming the field when an argument is null
     */
    public Feedback(FeedbackId id, Channel channel, Optional<TouchpointId> touchpoint, Instant receivedAt,
            Optional<CustomerRef> customer, FeedbackCategory category, Severity severity, Sentiment sentiment,
            String text, Validity validity) {
        this(id, channel, touchpoint, receivedAt, customer, category, severity, sentiment, text, validity, Set.of(),
                Optional.empty());
    }

    /**
     * Validates feedback without a known time zone: the form all feedback had before the
     * customer's zone was recorded, kept so that callers need not name it.
     *
     * @param id the feedback's identifier, not null
     * @param channel the channel it arrived on, not null
     * @param touchpoint the touchpoint it is about, if known
     * @param receivedAt when it was received, not null
     * @param customer who gave it; empty for anonymous feedback
     * @param category what it is about, not null
     * @param severity how serious it is, not null
     * @param sentiment its tone, not null
     * @param text the customer's own words, not null, may be empty; empty when erased
     * @param validity whether it is genuine, not null
     * @param erasedFields the fields of this feedback that were erased: {@link PersonalField#TEXT}
     *     or none; not null
     * @throws NullPointerException naming the field when an argument is null
     * @throws IllegalArgumentException when {@code erasedFields} holds a field of the customer, or
     *     lists the text while it is not empty
     */
    public Feedback(FeedbackId id, Channel channel, Optional<TouchpointId> touchpoint, Instant receivedAt,
            Optional<CustomerRef> customer, FeedbackCategory category, Severity severity, Sentiment sentiment,
            String text, Validity validity, Set<PersonalField> erasedFields) {
        this(id, channel, touchpoint, receivedAt, customer, category, severity, sentiment, text, validity,
                erasedFields, Optional.empty());
    }

    /**
     * Starts building feedback. Defaults: no touchpoint, no time zone, anonymous, category {@link
     * FeedbackCategory#OTHER}, severity {@link Severity#MINOR}, sentiment {@link Sentiment#NEUTRAL},
     * empty text, {@linkplain Validity#valid() valid}.
     *
     * @param id the identifier, not null
     * @param channel the channel, not null
     * @param receivedAt when it was received, not null
     * @return a new builder
     */
    public static Builder builder(FeedbackId id, Channel channel, Instant receivedAt) {
        return new Builder(id, channel, receivedAt);
    }

    /**
     * Tells whether the feedback was given anonymously.
     *
     * @return true when there is no customer reference
     */
    public boolean isAnonymous() {
        return customer.isEmpty();
    }

    /**
     * Returns a copy with another validity verdict; used to mark feedback invalid or malicious
     * without dropping it.
     *
     * @param newValidity the verdict, not null
     * @return the copy
     */
    public Feedback withValidity(Validity newValidity) {
        return new Feedback(id, channel, touchpoint, receivedAt, customer, category, severity, sentiment, text,
                newValidity, erasedFields, zone);
    }

    /**
     * Returns a copy with the customer's time zone, e.g. after the customer corrected it.
     *
     * @param newZone the zone, not null
     * @return the copy; this feedback when the zone is already {@code newZone}
     */
    public Feedback withZone(ZoneId newZone) {
        Checks.notNull(newZone, "zone");
        if (zone.isPresent() && zone.get().equals(newZone)) {
            return this;
        }
        return new Feedback(id, channel, touchpoint, receivedAt, customer, category, severity, sentiment, text,
                validity, erasedFields, Optional.of(newZone));
    }

    /**
     * Returns a copy for export whose customer reference is {@linkplain CustomerRef#masked()
     * masked}. The free text is kept unchanged: it is the substance of the feedback, so callers who
     * export it to parties who may not see personal data must review or drop it themselves.
     * Erased fields stay erased.
     *
     * @return the masked copy
     */
    public Feedback masked() {
        return new Feedback(id, channel, touchpoint, receivedAt, customer.map(CustomerRef::masked), category,
                severity, sentiment, text, validity, erasedFields, zone);
    }

    /**
     * Tells whether the feedback holds personal data: a text, or a customer reference holding a
     * name, phone or e-mail.
     *
     * @return true when {@link #erased()} would remove something
     */
    public boolean hasPersonalData() {
        return !text.isEmpty() || (customer.isPresent() && customer.get().hasPersonalData());
    }

    /**
     * Returns the copy that remains after a deletion request: the text, when there was one, is
     * empty and marked erased, and the customer reference is {@linkplain CustomerRef#erased()
     * erased}; everything else (identifiers, channel, touchpoint, instants, classification, tone,
     * validity, time zone) is kept. Erasing is idempotent.
     *
     * @return the erased copy; this feedback when it holds no personal data
     */
    public Feedback erased() {
        if (!hasPersonalData()) {
            return this;
        }
        return new Feedback(id, channel, touchpoint, receivedAt, customer.map(CustomerRef::erased), category,
                severity, sentiment, "", validity,
                text.isEmpty() ? erasedFields : Set.of(PersonalField.TEXT), zone);
    }

    /**
     * Tells whether the customer's text was erased (rather than never written).
     *
     * @return true when {@link #erasedFields()} holds {@link PersonalField#TEXT}
     */
    public boolean isTextErased() {
        return erasedFields.contains(PersonalField.TEXT);
    }

    /**
     * Returns the classification and provenance, never the free text nor personal data: the text
     * shows as its length, or as {@code <erased>}.
     */
    @Override
    public String toString() {
        return "Feedback[id=" + id + ", channel=" + channel + ", touchpoint=" + touchpoint.map(Object::toString).orElse("-")
                + ", receivedAt=" + receivedAt + ", customer=" + customer.map(c -> c.id().value()).orElse("anonymous")
                + ", category=" + category + ", severity=" + severity + ", sentiment=" + sentiment
                + ", text=" + (isTextErased() ? "<erased>" : "<" + text.length() + " chars>") + ", validity="
                + validity.status() + "]";
    }

    /**
     * A mutable, single-threaded builder of {@link Feedback}.
     */
    public static final class Builder {
        private final FeedbackId id;
        private final Channel channel;
        private final Instant receivedAt;
        private Optional<TouchpointId> touchpoint = Optional.empty();
        private Optional<CustomerRef> customer = Optional.empty();
        private FeedbackCategory category = FeedbackCategory.OTHER;
        private Severity severity = Severity.MINOR;
        private Sentiment sentiment = Sentiment.NEUTRAL;
        private String text = "";
        private Validity validity = Validity.valid();
        private Optional<ZoneId> zone = Optional.empty();

        private Builder(FeedbackId id, Channel channel, Instant receivedAt) {
            this.id = Checks.notNull(id, "id");
            this.channel = Checks.notNull(channel, "channel");
            this.receivedAt = Checks.notNull(receivedAt, "receivedAt");
        }

        /**
         * Sets the touchpoint the feedback is about.
         *
         * @param value the touchpoint, not null
         * @return this builder
         */
        public Builder touchpoint(TouchpointId value) {
            this.touchpoint = Optional.of(Checks.notNull(value, "touchpoint"));
            return this;
        }

        /**
         * Sets who gave the feedback.
         *
         * @param value the customer, not null
         * @return this builder
         */
        public Builder customer(CustomerRef value) {
            this.customer = Optional.of(Checks.notNull(value, "customer"));
            return this;
        }

        /**
         * Sets the category.
         *
         * @param value the category, not null
         * @return this builder
         */
        public Builder category(FeedbackCategory value) {
            this.category = Checks.notNull(value, "category");
            return this;
        }

        /**
         * Sets the severity.
         *
         * @param value the severity, not null
         * @return this builder
         */
        public Builder severity(Severity value) {
            this.severity = Checks.notNull(value, "severity");
            return this;
        }

        /**
         * Sets the sentiment.
         *
         * @param value the sentiment, not null
         * @return this builder
         */
        public Builder sentiment(Sentiment value) {
            this.sentiment = Checks.notNull(value, "sentiment");
            return this;
        }

        /**
         * Sets the free text.
         *
         * @param value the text, not null
         * @return this builder
         */
        public Builder text(String value) {
            this.text = Checks.notNull(value, "text");
            return this;
        }

        /**
         * Sets the validity verdict.
         *
         * @param value the verdict, not null
         * @return this builder
         */
        public Builder validity(Validity value) {
            this.validity = Checks.notNull(value, "validity");
            return this;
        }

        /**
         * Sets the customer's time zone, for SLA targets measured in the case's zone.
         *
         * @param value the zone, not null
         * @return this builder
         */
        public Builder zone(ZoneId value) {
            this.zone = Optional.of(Checks.notNull(value, "zone"));
            return this;
        }

        /**
         * Builds the feedback.
         *
         * @return the feedback
         */
        public Feedback build() {
            return new Feedback(id, channel, touchpoint, receivedAt, customer, category, severity, sentiment, text,
                    validity, Set.of(), zone);
        }
    }
}
