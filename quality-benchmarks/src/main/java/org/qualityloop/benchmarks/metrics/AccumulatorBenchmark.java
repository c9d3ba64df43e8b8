package org.qualityloop.benchmarks.metrics;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.TimeDistribution;

/**
 * Per-observation cost of adding to the NPS, CSAT and time-distribution accumulators, and the
 * cost of merging partial aggregates. Each add benchmark feeds {@value #N} pre-generated
 * observations per invocation, so the reported time is per observation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AccumulatorBenchmark {

    static final int N = 1 << 16;

    private final int[] ltr = new int[N];
    private final int[] csat = new int[N];
    private final long[] millis = new long[N];

    private NpsAccumulator nps;
    private CsatAccumulator csatAccumulator;
    private TimeDistribution times;
    private TimeDistribution partA;
    private TimeDistribution partB;
    private NpsAccumulator npsA;
    private NpsAccumulator npsB;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < N; i++) {
            ltr[i] = random.nextInt(11);
            csat[i] = 1 + random.nextInt(5);
            // Log-normal response times around one minute, with a heavy right tail.
            millis[i] = (long) Math.exp(11.0 + 1.5 * gaussian(random));
        }
        nps = new NpsAccumulator();
        csatAccumulator = CsatAccumulator.oneToFive();
        times = new TimeDistribution();
        partA = new TimeDistribution();
        partB = new TimeDistribution();
        for (int i = 0; i < N; i++) {
            (i % 2 == 0 ? partA : partB).addMillis(millis[i]);
        }
        npsA = NpsAccumulator.of(400, 300, 300);
        npsB = NpsAccumulator.of(500, 200, 300);
    }

    static double gaussian(SplittableRandom random) {
        // Box-Muller; only used to generate inputs.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public NpsAccumulator npsAdd() {
        NpsAccumulator target = nps;
        for (int score : ltr) {
            target.add(score);
        }
        return target;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public CsatAccumulator csatAdd() {
        CsatAccumulator target = csatAccumulator;
        for (int score : csat) {
            target.add(score);
        }
        return target;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public TimeDistribution timeDistributionAdd() {
        TimeDistribution target = times;
        for (long value : millis) {
            target.addMillis(value);
        }
        return target;
    }

    /** Two merges of 32,768-value partial distributions into a new, empty one. */
    @Benchmark
    public TimeDistribution timeDistributionMerge() {
        return new TimeDistribution().merge(partA).merge(partB);
    }

    /** Two merges of NPS partial aggregates into a new, empty one. */
    @Benchmark
    public NpsAccumulator npsMerge() {
        return new NpsAccumulator().merge(npsA).merge(npsB);
    }
}
