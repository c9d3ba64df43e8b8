package org.qualityloop.workflow.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.CustomerId;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.Priority;
import org.qualityloop.model.Severity;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.feedback.CustomerRef;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.feedback.PersonalField;
import org.qualityloop.workflow.cases.Actor;
import org.qualityloop.workflow.cases.CaseChange;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.cases.CaseSnapshot;
import org.qualityloop.workflow.cases.CommandId;
import org.qualityloop.workflow.cases.FeedbackCase;
import org.qualityloop.workflow.cases.FeedbackLifecycle;
import org.qualityloop.workflow.store.Erasure;
import org.qualityloop.workflow.store.PersonalData;

/** Splitting personal data out of events and snapshots, and joining it back, is exact. */
class PersonalDataSplitTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Actor AGENT = Actor.agent(AgentId.of("agent-1"));
    private static final CaseId CASE = CaseId.of("case-1");
    private static final FeedbackLifecycle LIFECYCLE =
            FeedbackLifecycle.standard(BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC));

    private static CaseEvent received(Feedback f) {
        return CaseEvent.of(CASE, 1, CommandId.of("open"), AGENT, T0, CaseChange.Received.of(f));
    }

    private static Feedback complaint() {
        return Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0)
                .customer(CustomerRef.of("c-42").withName("李偉").withEmail("li.wei@example.com"))
                .text("The seat was broken.").build();
    }

    @Provide
    Arbitrary<Feedback> feedback() {
        Arbitrary<Optional<String>> value = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6).optional();
        Arbitrary<Optional<CustomerRef>> customer = Combinators.combine(value, value, value)
                .as((n, p, e) -> new CustomerRef(CustomerId.of("c-1"), n, p, e)).optional();
        // the customer's zone is not personal data: it stays in the stripped event and snapshot, and a join keeps it
        Arbitrary<Optional<java.time.ZoneId>> zone = Arbitraries.of("America/New_York", "Asia/Shanghai")
                .map(java.time.ZoneId::of).optional();
        return Combinators.combine(customer, Arbitraries.strings().ofMaxLength(12), zone).as((c, t, z) -> {
            Feedback.Builder b = Feedback.builder(FeedbackId.of("fb-1"), Channel.APP, T0).text(t);
            c.ifPresent(b::customer);
            z.ifPresent(b::zone);
            return b.build();
        });
    }

    @Property
    void joinOfTheSplit_isTheEvent_andWithoutTheRecordReadsErased(@ForAll("feedback") Feedback f) {
        CaseEvent event = received(f);
        PersonalData.Split<CaseEvent> split = PersonalData.split(event);
        assertThat(split.personalData().isPresent()).isEqualTo(f.hasPersonalData());
        assertThat(split.withoutPersonalData()).isEqualTo(received(f.erased()));
        assertThat(PersonalData.join(split.withoutPersonalData(), split.personalData())).isEqualTo(event);
        assertThat(PersonalData.join(split.withoutPersonalData(), Optional.empty())).isEqualTo(received(f.erased()));
        split.personalData().ifPresent(d -> {
            assertThat(d.caseId()).isEqualTo(CASE);
            assertThat(d.customer()).isEqualTo(f.customer().map(CustomerRef::id));
            assertThat(Erasure.of(List.of(d)).fields().keySet()).isEqualTo(d.fields());
        });
    }

    @Property(tries = 200)
    void snapshotSplitAndJoin_restoreTheSameCase(@ForAll("feedback") Feedback f) {
        FeedbackCase opened = LIFECYCLE.open(received(f));
        FeedbackCase registered = LIFECYCLE.apply(opened, CaseEvent.of(CASE, 2, CommandId.of("reg"), AGENT, T0,
                CaseChange.Registered.of(FeedbackCategory.QUALITY, Severity.MAJOR, Priority.HIGH, AgentId.of("li"))));
        CaseSnapshot snapshot = CaseSnapshot.of(registered);
        PersonalData.Split<CaseSnapshot> split = PersonalData.split(snapshot);
        assertThat(split.personalData()).isEqualTo(PersonalData.split(received(f)).personalData());
        assertThat(split.withoutPersonalData().feedback()).isEqualTo(f.erased());
        CaseSnapshot joined = PersonalData.join(split.withoutPersonalData(), split.personalData());
        assertThat(joined).isEqualTo(snapshot);
        assertThat(LIFECYCLE.restore(joined)).isEqualTo(registered);
        assertThat(LIFECYCLE.restore(split.withoutPersonalData()).outcome()).isEqualTo(registered.outcome());
        assertThat(LIFECYCLE.restore(split.withoutPersonalData()).feedback()).isEqualTo(f.erased());
    }

    @Test
    void otherEvents_passUnchanged() {
        CaseEvent respond = CaseEvent.of(CASE, 3, CommandId.of("r"), AGENT, T0, CaseChange.responded());
        PersonalData.Split<CaseEvent> split = PersonalData.split(respond);
        assertThat(split.withoutPersonalData()).isSameAs(respond);
        assertThat(split.personalData()).isEmpty();
        PersonalData d = PersonalData.split(received(complaint())).personalData().orElseThrow();
        assertThat(PersonalData.join(respond, Optional.of(d))).isSameAs(respond);
    }

    @Test
    void aRecordOfAnotherCaseOrCustomer_isRefused_withoutPersonalDataInTheMessage() {
        CaseEvent stripped = PersonalData.split(received(complaint())).withoutPersonalData();
        PersonalData other = new PersonalData(CaseId.of("case-2"), Optional.of(CustomerId.of("c-42")),
                Optional.of("李偉"), Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> PersonalData.join(stripped, Optional.of(other)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("personal data of case case-2 must join a value of that case, but was joined to case case-1");
        PersonalData stranger = new PersonalData(CASE, Optional.of(CustomerId.of("c-7")), Optional.of("王芳"),
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> PersonalData.join(stripped, Optional.of(stranger)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer c-7")
                .hasMessageNotContaining("王芳");
        PersonalData phone = new PersonalData(CASE, Optional.of(CustomerId.of("c-42")), Optional.empty(),
                Optional.of("13812345678"), Optional.empty(), Optional.empty());
        assertThatThrownBy(() -> PersonalData.join(stripped, Optional.of(phone)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("personal data of case case-1 holds PHONE, so the feedback must mark it erased, but did not");
    }

    @Test
    void aRecord_isValidated_andShowsNoValues() {
        PersonalData d = PersonalData.split(received(complaint())).personalData().orElseThrow();
        assertThat(d.toString()).isEqualTo("PersonalData[case=case-1, customer=c-42, fields=[NAME, EMAIL, TEXT]]");
        assertThatThrownBy(() -> new PersonalData(CASE, Optional.empty(), Optional.of("Li"), Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name, phone and email must be empty without a customer");
        assertThatThrownBy(() -> new PersonalData(CASE, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a personal-data record must hold at least one field, but held none for case case-1");
        assertThat(Erasure.of(List.of(d))).isEqualTo(new Erasure(List.of(CASE), Map.of(PersonalField.NAME, 1,
                PersonalField.EMAIL, 1, PersonalField.TEXT, 1)));
        assertThat(Erasure.none().plus(Erasure.of(List.of(d)))).isEqualTo(Erasure.of(List.of(d)));
    }
}
