package org.qualityloop.model.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One calendar shared by several threads, as a service shares its SLA calendar between request
 * threads: it lazily builds its year tables and remembers the table it used last, both without
 * locks. Threads asking about different years in different orders, so that they keep building
 * tables and replacing each other's remembered table, get exactly the answers a calendar used by
 * one thread gives.
 */
class BusinessCalendarConcurrencyTest {

    private static final int THREADS = 4;
    private static final int QUESTIONS = 4_000;

    @Test
    void threadsSharingACalendarGetTheAnswersOfACalendarUsedAlone() throws Exception {
        Random r = new Random(20261203L);
        List<Instant> ts = new ArrayList<>();
        List<Duration> ds = new ArrayList<>();
        Instant from = Instant.parse("2019-06-01T00:00:00Z");
        for (int i = 0; i < QUESTIONS; i++) {
            // eight years, so that threads keep moving between tables, with year ends over-drawn
            long sec = i % 4 == 0
                    ? Instant.parse((2020 + r.nextInt(8)) + "-01-01T00:00:00Z").getEpochSecond() - 172_800 + r.nextInt(345_600)
                    : from.getEpochSecond() + (long) (r.nextDouble() * 8 * 365 * 86_400);
            ts.add(Instant.ofEpochSecond(sec, r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0));
            ds.add(Duration.ofMinutes(1 + r.nextInt(60 * 24 * 40)));
        }
        BusinessCalendar alone = BusinessCalendarTest.berlinOffice();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            expected.add(answers(alone, ts.get(i), ds.get(i)));
        }

        BusinessCalendar shared = BusinessCalendarTest.berlinOffice();
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> mismatches = new ArrayList<>();
            for (int k = 0; k < THREADS; k++) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < QUESTIONS; i++) {
                    order.add(i);
                }
                Collections.shuffle(order, new Random(k));
                mismatches.add(pool.submit(() -> {
                    start.await();
                    List<String> wrong = new ArrayList<>();
                    for (int i : order) {
                        String got = answers(shared, ts.get(i), ds.get(i));
                        if (!got.equals(expected.get(i))) {
                            wrong.add(ts.get(i) + " + " + ds.get(i) + ": " + got + " instead of " + expected.get(i));
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> f : mismatches) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String answers(BusinessCalendar c, Instant t, Duration d) {
        return c.isWorkingTime(t) + " " + c.nextWorkingTime(t) + " " + c.previousWorkingTime(t) + " " + c.plus(t, d)
                + " " + c.minus(t, d) + " " + c.workingTimeBetween(t, t.plus(d)) + " " + c.workingDayOf(t);
    }
}
