package org.qualityloop.workflow.machine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A second definition on the same machine: an expense approval flow with amount limits per
 * approver, a guarded escalation and a rework loop.
 */
class ApprovalFlowTest {

    enum Step { DRAFT, SUBMITTED, ESCALATED, APPROVED, REJECTED, PAID }

    enum Command { SUBMIT, APPROVE, ESCALATE, SEND_BACK, REJECT, PAY }

    /** The claim being approved; the machine never sees anything untyped. */
    static final class Claim {
        final BigDecimal amount;
        final List<String> audit = new ArrayList<>();

        Claim(String amount) {
            this.amount = new BigDecimal(amount);
        }
    }

    /** Who issues a command, with the limit they may approve. */
    record Approver(String role, BigDecimal limit) {
    }

    static final Approver TEAM_LEAD = new Approver("team lead", new BigDecimal("1000"));
    static final Approver DIRECTOR = new Approver("director", new BigDecimal("50000"));

    static final Guard<Claim, Approver> WITHIN_LIMIT =
            Guard.of("amount within the approver's limit", (c, a) -> c.amount.compareTo(a.limit()) <= 0);

    static final StateMachine<Step, Command, Claim, Approver> FLOW =
            StateMachine.<Step, Command, Claim, Approver>builder(Step.class, Command.class)
                    .initial(Step.DRAFT)
                    .terminal(Step.REJECTED, Step.PAID)
                    .transition(Step.DRAFT, Command.SUBMIT, Step.SUBMITTED)
                    .guardedTransition(Step.SUBMITTED, Command.APPROVE, Step.APPROVED, WITHIN_LIMIT,
                            (c, a) -> c.audit.add("approved by " + a.role()))
                    .transition(Step.SUBMITTED, Command.ESCALATE, Step.ESCALATED)
                    .guardedTransition(Step.ESCALATED, Command.APPROVE, Step.APPROVED, WITHIN_LIMIT,
                            (c, a) -> c.audit.add("approved by " + a.role()))
                    .transition(Step.SUBMITTED, Command.SEND_BACK, Step.DRAFT)
                    .transition(Step.SUBMITTED, Command.REJECT, Step.REJECTED)
                    .transition(Step.ESCALATED, Command.REJECT, Step.REJECTED)
                    .transition(Step.APPROVED, Command.PAY, Step.PAID)
                    .onEntry(Step.PAID, (c, a) -> c.audit.add("paid"))
                    .build();

    @Test
    void smallClaimIsApprovedByTheTeamLead() {
        Claim claim = new Claim("250.00");
        Step s = FLOW.fireOrThrow(Step.DRAFT, Command.SUBMIT, claim, TEAM_LEAD).target();
        s = FLOW.fireOrThrow(s, Command.APPROVE, claim, TEAM_LEAD).target();
        s = FLOW.fireOrThrow(s, Command.PAY, claim, TEAM_LEAD).target();
        assertThat(s).isEqualTo(Step.PAID);
        assertThat(claim.audit).containsExactly("approved by team lead", "paid");
    }

    @Test
    void largeClaimIsRefusedByTheTeamLeadAndApprovedAfterEscalation() {
        Claim claim = new Claim("4800.00");
        Step s = FLOW.fireOrThrow(Step.DRAFT, Command.SUBMIT, claim, TEAM_LEAD).target();
        Outcome<Step, Command> refused = FLOW.fire(s, Command.APPROVE, claim, TEAM_LEAD);
        assertThat(refused).isInstanceOfSatisfying(Rejection.class, r -> {
            assertThat(r.kind()).isEqualTo(RejectionKind.GUARD_REFUSED);
            assertThat(r.message()).isEqualTo(
                    "event APPROVE refused in state SUBMITTED: amount within the approver's limit");
        });
        assertThat(claim.audit).isEmpty();
        s = FLOW.fireOrThrow(s, Command.ESCALATE, claim, TEAM_LEAD).target();
        s = FLOW.fireOrThrow(s, Command.APPROVE, claim, DIRECTOR).target();
        assertThat(s).isEqualTo(Step.APPROVED);
        assertThat(claim.audit).containsExactly("approved by director");
    }

    @Test
    void sentBackClaimCanBeResubmittedButPaidClaimIsFinal() {
        Claim claim = new Claim("10");
        Step s = FLOW.fireOrThrow(Step.DRAFT, Command.SUBMIT, claim, TEAM_LEAD).target();
        s = FLOW.fireOrThrow(s, Command.SEND_BACK, claim, TEAM_LEAD).target();
        assertThat(s).isEqualTo(Step.DRAFT);
        assertThat(FLOW.fire(Step.PAID, Command.SUBMIT, claim, TEAM_LEAD).isAccepted()).isFalse();
        assertThat(FLOW.isTerminal(Step.PAID)).isTrue();
        assertThat(FLOW.toPlantUml()).contains(
                "SUBMITTED --> APPROVED : APPROVE [amount within the approver's limit]");
    }
}
