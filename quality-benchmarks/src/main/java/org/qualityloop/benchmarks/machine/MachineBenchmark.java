package org.qualityloop.benchmarks.machine;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bare state machine on every engine: create a case, drive a new case along the happy path
 * (create + 5 events), and one reopen cycle on an existing case (5 events, no creation).
 * Setup refuses to run unless the engine behaves exactly like the enum+switch baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class MachineBenchmark {

    @Param({"enum", "qualityloop", "stateless4j", "squirrel", "spring"})
    public String engine;

    private Bound<?> bound;

    @Setup
    public void setUp() {
        Engine<?> e = Engines.byName(engine);
        Engines.checkAgainstBaseline(e);
        bound = new Bound<>(e);
    }

    @Benchmark
    public Object create() {
        return bound.create();
    }

    @Benchmark
    public Object happyPath() {
        return bound.happyPath();
    }

    @Benchmark
    public Object reopenCycle() {
        return bound.reopenCycle();
    }
}
