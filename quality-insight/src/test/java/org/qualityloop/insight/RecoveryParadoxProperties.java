package org.qualityloop.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.outcome.CaseOutcome;

/** The recovery paradox over random answers. */
class RecoveryParadoxProperties {

    record Answer(Optional<CaseOutcome> complaint, boolean nps, int score) {
    }

    static List<Answer> answers(long seed, int n) {
        SplittableRandom r = new SplittableRandom(seed);
        RecoveryActionKind[] kinds = RecoveryActionKind.values();
        RecoveryOutcome[] outcomes = RecoveryOutcome.values();
        List<Answer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Optional<CaseOutcome> complaint = r.nextInt(3) == 0 ? Optional.empty()
                    : RecoveryParadoxTest.complaint("c" + i, r.nextBoolean()
                            ? new org.qualityloop.model.feedback.RecoveryAction[] {
                                RecoveryParadoxTest.action(kinds[r.nextInt(kinds.length)], outcomes[r.nextInt(3)])}
                            : new org.qualityloop.model.feedback.RecoveryAction[0]);
            boolean nps = r.nextBoolean();
            out.add(new Answer(complaint, nps, nps ? r.nextInt(11) : 1 + r.nextInt(5)));
        }
        return out;
    }

    static void add(RecoveryParadox p, Answer a) {
        if (a.nps()) {
            p.addNps(a.complaint(), a.score());
        } else {
            p.addSatisfaction(a.complaint(), a.score());
        }
    }

    /** Any split of the answers, merged, equals one pass; every answer lands in exactly one group. */
    @Property(tries = 100)
    void anySplitMergedEqualsOnePass(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int n,
            @ForAll @IntRange(min = 1, max = 4) int parts) {
        List<Answer> all = answers(seed, n);
        RecoveryParadox one = new RecoveryParadox();
        all.forEach(a -> add(one, a));
        List<RecoveryParadox> partials = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            partials.add(new RecoveryParadox());
        }
        for (int i = 0; i < all.size(); i++) {
            add(partials.get(i % parts), all.get(i));
        }
        RecoveryParadox merged = new RecoveryParadox();
        for (int i = parts - 1; i >= 0; i--) {
            merged.merge(partials.get(i));
        }
        assertThat(merged).isEqualTo(one).hasSameHashCodeAs(one);
        long counted = 0;
        for (RecoveryGroup g : RecoveryGroup.values()) {
            GroupScores s = one.group(g);
            counted += s.nps().map(x -> x.responses()).orElse(0L) + s.satisfaction().map(x -> x.responses()).orElse(0L);
        }
        assertThat(counted).isEqualTo(n);
    }
}
