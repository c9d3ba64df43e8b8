package org.qualityloop.workflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.qualityloop.model.calendar.BusinessCalendar;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.model.sla.SlaWarning;

/**
 * A slot is shared by every case value that carries it, and so by every thread reading those
 * cases; its cached warning thresholds must always be the thresholds of the warning list asked
 * for, never those of another list a racing thread computed — nor those of another list or target
 * duration the lifecycle's shared memo held in the same place.
 */
class SlotThresholdsConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 50_000;

    @Test
    void thresholds_onSharedSlotsFromManyThreads_alwaysMatchTheListAskedFor() throws Exception {
        BusinessCalendar calendar = BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC);
        SlaCalendars memo = SlaCalendars.of(calendar);
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        Slot[] slots = {
            new Slot(SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2), start, calendar), calendar, 0, false),
            new Slot(SlaClock.start(SlaTarget.RESOLUTION, Duration.ofHours(40), start, calendar), calendar, 0, false),
            new Slot(SlaClock.start(SlaTarget.NEXT_UPDATE, Duration.ofMinutes(90), start, calendar), calendar, 0, false),
        };
        // lists of different lengths and values, so that any pair taken from two lists differs
        List<List<SlaWarning>> lists = List.of(
                List.of(share("0.5")),
                List.of(share("0.75"), new SlaWarning.Before(Duration.ofMinutes(30))),
                List.of(share("0.25"), share("0.5"), share("0.9")),
                List.of(new SlaWarning.Before(Duration.ofMinutes(10))),
                List.of(share("0.6"), share("0.7"), share("0.8"), new SlaWarning.Before(Duration.ofMinutes(5))));
        long[][][] expected = new long[slots.length][lists.size()][];
        for (int s = 0; s < slots.length; s++) {
            for (int l = 0; l < lists.size(); l++) {
                List<SlaWarning> list = lists.get(l);
                expected[s][l] = new long[list.size()];
                for (int i = 0; i < list.size(); i++) {
                    expected[s][l][i] = list.get(i).elapsedAt(slots[s].clock.targetDuration()).toNanos();
                }
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> mismatches = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int seed = t;
                mismatches.add(pool.submit(() -> {
                    go.await();
                    int bad = 0;
                    for (int r = 0; r < ROUNDS; r++) {
                        int s = (r + seed) % slots.length;
                        int l = (r * 7 + seed * 3) % lists.size();
                        long[] got = slots[s].thresholds(lists.get(l), memo);
                        if (!java.util.Arrays.equals(got, expected[s][l])) {
                            bad++;
                        }
                    }
                    return bad;
                }));
            }
            go.countDown();
            for (Future<Integer> f : mismatches) {
                assertThat(f.get(2, TimeUnit.MINUTES)).as("thresholds that belonged to another list").isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thresholds_fromAMemoHoldingManyListsAndDurations_areThoseOfTheListAndDurationAsked() {
        BusinessCalendar calendar = BusinessCalendar.twentyFourSeven("24x7", ZoneOffset.UTC);
        SlaCalendars memo = SlaCalendars.of(calendar);
        Instant start = Instant.parse("2026-03-02T08:00:00Z");
        // far more pairs than the memo has places, asked for twice, so that places are shared and reused
        List<List<SlaWarning>> lists = new ArrayList<>();
        for (int l = 1; l <= 40; l++) {
            lists.add(List.of(share("0." + l), new SlaWarning.Before(Duration.ofMinutes(l))));
        }
        int checked = 0;
        for (int round = 0; round < 2; round++) {
            for (List<SlaWarning> list : lists) {
                for (int hours = 1; hours <= 12; hours++) {
                    Duration target = Duration.ofHours(hours);
                    Slot slot = new Slot(SlaClock.start(SlaTarget.RESOLUTION, target, start, calendar), calendar, 0,
                            false);
                    long[] expected = {list.get(0).elapsedAt(target).toNanos(), list.get(1).elapsedAt(target).toNanos()};
                    assertThat(slot.thresholds(list, memo)).containsExactly(expected);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(2 * 40 * 12);
    }

    private static SlaWarning share(String value) {
        return new SlaWarning.Share(new BigDecimal(value));
    }
}
