package org.qualityloop.model.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Severity;

/** What remains of feedback and its customer after a deletion request, and how it reads. */
class ErasedFieldsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:15:30Z");

    private static Feedback complaint() {
        return Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .customer(CustomerRef.of("c-42").withName("李偉").withPhone("13812345678"))
                .category(FeedbackCategory.TECHNICAL_ISSUE).severity(Severity.MAJOR).sentiment(Sentiment.NEGATIVE)
                .text("The ticket change page froze twice.").build();
    }

    @Test
    void erased_customer_readsEachHeldFieldAsErased_andKeepsTheId() {
        CustomerRef erased = complaint().customer().orElseThrow().erased();
        assertThat(erased.id()).isEqualTo(CustomerId.of("c-42"));
        assertThat(erased.name()).isEmpty();
        assertThat(erased.phone()).isEmpty();
        assertThat(erased.erasedFields()).containsExactly(PersonalField.NAME, PersonalField.PHONE);
        assertThat(erased.isErased(PersonalField.NAME)).isTrue();
        assertThat(erased.isErased(PersonalField.EMAIL)).as("never given, so not erased").isFalse();
        assertThat(erased.hasPersonalData()).isFalse();
        assertThat(erased.toString()).isEqualTo("CustomerRef[id=c-42, personalData=[], erased=[name, phone]]");
        assertThat(erased.masked()).isEqualTo(erased);
    }

    @Test
    void erased_feedback_readsItsTextAsErased_andKeepsWhatMetricsUse() {
        Feedback original = complaint();
        Feedback erased = original.erased();
        assertThat(erased.text()).isEmpty();
        assertThat(erased.isTextErased()).isTrue();
        assertThat(erased.erasedFields()).containsExactly(PersonalField.TEXT);
        assertThat(erased.hasPersonalData()).isFalse();
        assertThat(erased.customer().orElseThrow().erasedFields()).containsExactly(PersonalField.NAME,
                PersonalField.PHONE);
        assertThat(erased.id()).isEqualTo(original.id());
        assertThat(erased.channel()).isEqualTo(original.channel());
        assertThat(erased.receivedAt()).isEqualTo(original.receivedAt());
        assertThat(erased.category()).isEqualTo(original.category());
        assertThat(erased.severity()).isEqualTo(original.severity());
        assertThat(erased.sentiment()).isEqualTo(original.sentiment());
        assertThat(erased.validity()).isEqualTo(original.validity());
        assertThat(erased.toString()).contains("customer=c-42").contains("text=<erased>");
        assertThat(erased.masked()).isEqualTo(erased);
        assertThat(erased.withValidity(Validity.invalid("duplicate")).isTextErased()).isTrue();
    }

    @Test
    void erased_withoutPersonalData_isTheSameValue() {
        Feedback rating = Feedback.builder(FeedbackId.of("fb-2"), Channel.KIOSK, T0).build();
        assertThat(rating.hasPersonalData()).isFalse();
        assertThat(rating.erased()).isSameAs(rating);
        assertThat(rating.erased().isTextErased()).as("no text was written, so none was erased").isFalse();
        CustomerRef bare = CustomerRef.of("c-1");
        assertThat(bare.erased()).isSameAs(bare);
    }

    @Test
    void aValueGivenAgain_isNoLongerErased() {
        CustomerRef again = complaint().customer().orElseThrow().erased().withPhone("13900000000");
        assertThat(again.phone()).contains("13900000000");
        assertThat(again.erasedFields()).containsExactly(PersonalField.NAME);
    }

    @Test
    void anErasedFieldHoldingAValue_isRejectedWithoutEchoingIt() {
        assertThatThrownBy(() -> new CustomerRef(CustomerId.of("c-1"), Optional.of("李偉"), Optional.empty(),
                Optional.empty(), Set.of(PersonalField.NAME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must be empty when erased, but held a value");
        assertThatThrownBy(() -> new CustomerRef(CustomerId.of("c-1"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(PersonalField.TEXT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("erasedFields must hold only NAME, PHONE or EMAIL, but held TEXT");
        Feedback f = complaint();
        assertThatThrownBy(() -> new Feedback(f.id(), f.channel(), f.touchpoint(), f.receivedAt(), f.customer(),
                f.category(), f.severity(), f.sentiment(), f.text(), f.validity(), Set.of(PersonalField.TEXT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("text must be empty when erased, but held 35 chars");
        assertThatThrownBy(() -> new Feedback(f.id(), f.channel(), f.touchpoint(), f.receivedAt(), f.customer(),
                f.category(), f.severity(), f.sentiment(), "", f.validity(), Set.of(PersonalField.NAME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("erasedFields must hold only TEXT");
    }

    @Test
    void theConstructorsWithoutErasedFields_eraseNothing() {
        CustomerRef ref = new CustomerRef(CustomerId.of("c-1"), Optional.of("Li"), Optional.empty(), Optional.empty());
        assertThat(ref.erasedFields()).isEmpty();
        Feedback f = complaint();
        assertThat(new Feedback(f.id(), f.channel(), f.touchpoint(), f.receivedAt(), f.customer(), f.category(),
                f.severity(), f.sentiment(), f.text(), f.validity())).isEqualTo(f);
    }

    @Provide
    Arbitrary<Feedback> feedback() {
        Arbitrary<Optional<String>> value = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).optional();
        Arbitrary<Optional<CustomerRef>> customer = Combinators.combine(value, value, value)
                .as((n, p, e) -> new CustomerRef(CustomerId.of("c-1"), n, p, e)).optional();
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(20);
        return Combinators.combine(customer, text).as((c, t) -> {
            Feedback.Builder b = Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0).text(t);
            c.ifPresent(b::customer);
            return b.build();
        });
    }

    @Property
    void erasing_isIdempotent_removesAllPersonalData_andMarksExactlyWhatWasHeld(@ForAll("feedback") Feedback f) {
        Feedback erased = f.erased();
        assertThat(erased.erased()).isEqualTo(erased);
        assertThat(erased.hasPersonalData()).isFalse();
        assertThat(erased.isTextErased()).isEqualTo(!f.text().isEmpty());
        f.customer().ifPresent(c -> {
            CustomerRef e = erased.customer().orElseThrow();
            assertThat(e.isErased(PersonalField.NAME)).isEqualTo(c.name().isPresent());
            assertThat(e.isErased(PersonalField.PHONE)).isEqualTo(c.phone().isPresent());
            assertThat(e.isErased(PersonalField.EMAIL)).isEqualTo(c.email().isPresent());
        });
        assertThat(erased.isAnonymous()).isEqualTo(f.isAnonymous());
        assertThat(f.masked().erased()).isEqualTo(erased);
    }
}
