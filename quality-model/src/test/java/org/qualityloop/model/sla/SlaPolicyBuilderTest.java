package org.qualityloop.model.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.Channel;
import org.qualityloop.model.Priority;

/** {@link SlaPolicy#builder(String)}: the same policy as the constructor, and misuse refused with a message. */
class SlaPolicyBuilderTest {

    private static SlaPolicy.Builder standard() {
        return SlaPolicy.builder("standard")
                .rule(SlaRule.of(Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30),
                                SlaTarget.RESOLUTION, Duration.ofHours(4)))
                        .whenPriority(Priority.HIGH).whenChannel(Channel.EMAIL))
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(8))
                .warnAtShare(new BigDecimal("0.75"))
                .warnBefore(Duration.ofHours(1))
                .reopen(ReopenMode.CONTINUE);
    }

    @Test
    void build_docsExample_equalsThePolicyOfTheConstructor() {
        SlaRule rule = SlaRule.of(Optional.of(Priority.HIGH), Optional.empty(), Optional.of(Channel.EMAIL),
                Optional.empty(), Optional.empty(),
                Map.of(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(30), SlaTarget.RESOLUTION, Duration.ofHours(4)));
        SlaPolicy expected = new SlaPolicy("standard", List.of(rule), Map.of(SlaTarget.RESOLUTION, Duration.ofHours(8)),
                List.of(new SlaWarning.Share(new BigDecimal("0.75")), new SlaWarning.Before(Duration.ofHours(1))),
                ReopenMode.CONTINUE);

        assertThat(standard().build()).isEqualTo(expected);
    }

    @Test
    void build_rulesInTheOrderAdded_firstMatchingRuleWins() {
        SlaPolicy policy = SlaPolicy.builder("tiers")
                .rule(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(2))).whenPriority(Priority.URGENT))
                .rule(SlaRule.of(Map.of(SlaTarget.RESOLUTION, Duration.ofHours(6))))
                .reopen(ReopenMode.RESTART)
                .build();
        SlaContext urgent = new SlaContext(Optional.of(Priority.URGENT), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());

        assertThat(policy.rules()).extracting(r -> r.targets().get(SlaTarget.RESOLUTION))
                .containsExactly(Duration.ofHours(2), Duration.ofHours(6));
        assertThat(policy.target(SlaTarget.RESOLUTION, urgent)).contains(Duration.ofHours(2));
    }

    @Test
    void build_twice_givesEqualPoliciesAndLaterAdditionsDoNotChangeTheFirst() {
        SlaPolicy.Builder builder = standard();
        SlaPolicy first = builder.build();
        builder.warnBefore(Duration.ofMinutes(10));

        assertThat(first.warnings()).hasSize(2);
        assertThat(builder.build().warnings()).hasSize(3);
    }

    @Test
    void build_withoutReopen_isMisuse() {
        assertThatThrownBy(() -> SlaPolicy.builder("standard").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reopen must be set, but was not (RESTART or CONTINUE)");
    }

    @Test
    void reopen_setTwice_isMisuse() {
        assertThatThrownBy(() -> standard().reopen(ReopenMode.RESTART))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("reopen was already set to CONTINUE");
    }

    @Test
    void defaultTarget_setTwice_isMisuse() {
        assertThatThrownBy(() -> standard().defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("defaults[resolution] was already set to PT8H");
    }

    @Test
    void defaultTarget_notPositive_isABadArgumentNamingTheTarget() {
        assertThatThrownBy(() -> SlaPolicy.builder("p").defaultTarget(SlaTarget.RESOLUTION, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defaults[resolution]");
    }

    @Test
    void warnAtShare_outsideZeroToOne_isABadArgument() {
        assertThatThrownBy(() -> SlaPolicy.builder("p").warnAtShare(BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share must be between 0 and 1 exclusive, but was 1");
    }

    @Test
    void build_nameNotAnIdentifier_isRefusedAsByTheConstructor() {
        SlaPolicy.Builder blank = SlaPolicy.builder(" ").reopen(ReopenMode.RESTART);

        assertThatThrownBy(blank::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void rule_null_isRefusedNamingIt() {
        assertThatThrownBy(() -> SlaPolicy.builder("p").rule(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("rule");
    }

    @Test
    void target_lowPriorityEmail_usesTheDefaultBecauseTheRuleRequiresHigh() {
        SlaContext lowEmail = new SlaContext(Optional.of(Priority.LOW), Optional.empty(), Optional.of(Channel.EMAIL),
                Optional.empty(), Optional.empty());

        assertThat(standard().build().target(SlaTarget.RESOLUTION, lowEmail)).contains(Duration.ofHours(8));
    }
}
