package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.qualityloop.workflow.cases.CaseEvent;

/** The what-if over random histories recorded under policy A with its warnings and breaches. */
class SlaWhatIfProperties {

    /** Replaying with the same policy and calendar changes nothing. */
    @Property(tries = 150)
    void theSamePolicyAndCalendarChangeNothing(@ForAll long seed) {
        SlaWhatIf policy = SlaWhatIf.policy(SlaWhatIfTest.OFFICE, SlaWhatIfTest.OFFICE, SlaWhatIfTest.A);
        SlaWhatIf calendar = SlaWhatIf.calendar(SlaWhatIfTest.OFFICE, SlaWhatIfTest.OFFICE);
        for (int i = 0; i < 10; i++) {
            List<CaseEvent> h = History.withSla(History.random(seed * 100 + i, i), SlaWhatIfTest.OFFICE,
                    SlaWhatIfTest.A);
            policy.add(h);
            calendar.add(h);
            assertThat(policy.replay(h)).isEqualTo(SlaWhatIfTest.OFFICE.replay(h));
        }
        for (SlaWhatIf w : List.of(policy, calendar)) {
            for (TargetWhatIf t : w.result()) {
                assertThat(t.metAfter()).isEqualTo(t.metBefore());
                assertThat(t.breachedAfter()).isEqualTo(t.breachedBefore());
                assertThat(t.nowBreached()).isEmpty();
                assertThat(t.nowMet()).isEmpty();
            }
        }
    }

    /** A longer resolution target never turns a met case into a breached one. */
    @Property(tries = 100)
    void aLaxerPolicyOnlyHelps(@ForAll long seed) {
        SlaWhatIf laxer = SlaWhatIf.policy(SlaWhatIfTest.OFFICE, SlaWhatIfTest.OFFICE, SlaWhatIfTest.A);
        for (int i = 0; i < 10; i++) {
            laxer.add(History.withSla(History.random(seed * 100 + i, i), SlaWhatIfTest.OFFICE, SlaWhatIfTest.B));
        }
        for (TargetWhatIf t : laxer.result()) {
            assertThat(t.nowBreached()).isEmpty();
            assertThat(t.metAfter()).isGreaterThanOrEqualTo(t.metBefore());
        }
    }
}
