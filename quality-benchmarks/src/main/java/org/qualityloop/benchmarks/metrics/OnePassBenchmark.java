package org.qualityloop.benchmarks.metrics;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.CsatResult;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.NpsResult;
import org.qualityloop.metrics.TimeDistribution;

/**
 * One pass over ten million survey responses (likelihood to recommend, CSAT rating, response
 * time) computing NPS, CSAT and the 95th-percentile response time, on one thread. Target:
 * under 0.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class OnePassBenchmark {

    static final int RESPONSES = 10_000_000;

    private final byte[] ltr = new byte[RESPONSES];
    private final byte[] csat = new byte[RESPONSES];
    private final int[] responseMillis = new int[RESPONSES];

    /** The three headline figures of one pass. */
    public record Summary(NpsResult nps, CsatResult csat, Duration p95) {
    }

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < RESPONSES; i++) {
            ltr[i] = (byte) random.nextInt(11);
            csat[i] = (byte) (1 + random.nextInt(5));
            responseMillis[i] = (int) Math.min(Integer.MAX_VALUE,
                    Math.exp(11.0 + 1.5 * AccumulatorBenchmark.gaussian(random)));
        }
    }

    @Benchmark
    public Summary npsCsatP95() {
        NpsAccumulator nps = new NpsAccumulator();
        CsatAccumulator satisfaction = CsatAccumulator.oneToFive();
        TimeDistribution responseTimes = new TimeDistribution();
        for (int i = 0; i < RESPONSES; i++) {
            nps.add(ltr[i]);
            satisfaction.add(csat[i]);
            responseTimes.addMillis(responseMillis[i]);
        }
        return new Summary(nps.result().orElseThrow(), satisfaction.result().orElseThrow(),
                responseTimes.quantile(0.95).orElseThrow());
    }
}
