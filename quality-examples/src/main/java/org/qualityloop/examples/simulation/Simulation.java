package org.qualityloop.examples.simulation;

import java.util.Objects;
import java.util.function.Supplier;
import org.qualityloop.examples.internal.Simulator;
import org.qualityloop.examples.scenario.Improvement;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.workflow.store.CaseStore;
import org.qualityloop.workflow.store.InMemoryCaseStore;

/**
 * Runs a scenario: a deterministic, discrete-event simulation of its service cases, their
 * feedback driven through the {@code quality-workflow} case engine on a simulated clock, and the
 * surveys, measured with {@code quality-metrics}.
 *
 * <pre>{@code
 * SimulationResult r = Simulation.of(Scenarios.businessTravel()).seed(42).cases(100_000).run();
 * r.value("reimbursement-cycle");          // Optional[7.43] (days)
 * Comparison c = Simulation.of(Scenarios.businessTravel()).seed(42).cases(20_000)
 *         .compare("fast-approval-node");
 * c.verdict();                             // true: a significant improvement
 * }</pre>
 *
 * <p>Determinism: the same scenario, seed and number of cases give an equal result, every time
 * and on any machine; nothing reads the system clock or sleeps, and no thread is started. A run
 * keeps its feedback cases in a new {@link InMemoryCaseStore}, or in the store {@link #store}
 * gives it (a database, for instance), with the same result. Instances are immutable;
 * {@code seed}, {@code cases}, {@code progress} and {@code store} return changed copies.
 */
public final class Simulation {

    /** The default seed. */
    public static final long DEFAULT_SEED = 42;
    /** The default number of service cases. */
    public static final int DEFAULT_CASES = 100_000;
    /**
     * The most service cases one run may simulate: 20 times the default. A run holds every case
     * and its history until it ends, about 1,000 bytes of heap a case as measured
     * ({@link #HEAP_BYTES_PER_CASE}, {@code docs/scenarios.md}), so this many need about 2 GB of
     * heap; the harness compares {@link #heapNeeded(int)} with the JVM's maximum heap and refuses
     * a run that would not fit before it starts.
     */
    public static final int MAX_CASES = 2_000_000;
    /**
     * The heap a run holds for each service case, rounded up from the measurement in
     * {@code docs/scenarios.md} (about 800 bytes a case for the business-travel scenario).
     */
    public static final long HEAP_BYTES_PER_CASE = 1_000;
    /** The heap a run holds whatever its size (scenario, agents, metrics, the JVM's own classes). */
    public static final long HEAP_BASE_BYTES = 32L * 1024 * 1024;
    /**
     * The longest period a run may simulate, in days (100 years): a run whose cases would take
     * longer to arrive at the scenario's {@code demand} is refused up front, since its clock
     * would run for ever on a rate that vanishes.
     */
    public static final int HORIZON_DAYS = 36_525;

    /**
     * The heap a run of this many cases is expected to hold at its end, from the measured figures.
     *
     * @param cases the number of service cases, not negative
     * @return {@link #HEAP_BASE_BYTES} plus {@link #HEAP_BYTES_PER_CASE} a case
     */
    public static long heapNeeded(int cases) {
        if (cases < 0) {
            throw new IllegalArgumentException("cases must not be negative, but was " + cases);
        }
        return HEAP_BASE_BYTES + HEAP_BYTES_PER_CASE * cases;
    }

    private final Scenario scenario;
    private final long seed;
    private final int cases;
    private final ProgressListener progress;
    private final Supplier<? extends CaseStore> stores;

    private Simulation(Scenario scenario, long seed, int cases, ProgressListener progress,
            Supplier<? extends CaseStore> stores) {
        this.scenario = scenario;
        this.seed = seed;
        this.cases = cases;
        this.progress = progress;
        this.stores = stores;
    }

    /**
     * A simulation of a scenario with the default seed and number of cases.
     *
     * @param scenario the scenario, not null
     * @return the simulation
     */
    public static Simulation of(Scenario scenario) {
        return new Simulation(Objects.requireNonNull(scenario, "scenario"), DEFAULT_SEED, DEFAULT_CASES,
                ProgressListener.none(), InMemoryCaseStore::new);
    }

    /**
     * With another seed.
     *
     * @param value the seed of every random draw
     * @return the changed copy
     */
    public Simulation seed(long value) {
        return new Simulation(scenario, value, cases, progress, stores);
    }

    /**
     * With another number of service cases.
     *
     * @param value from 1 to {@link #MAX_CASES}
     * @return the changed copy
     * @throws IllegalArgumentException when the value is out of that range
     */
    public Simulation cases(int value) {
        if (value < 1 || value > MAX_CASES) {
            throw new IllegalArgumentException("cases must be from 1 to " + MAX_CASES + ", but was " + value);
        }
        return new Simulation(scenario, seed, value, progress, stores);
    }

    /**
     * With a progress listener.
     *
     * @param value told about once per percent of the cases, not null
     * @return the changed copy
     */
    public Simulation progress(ProgressListener value) {
        return new Simulation(scenario, seed, cases, Objects.requireNonNull(value, "progress"), stores);
    }

    /**
     * With the stores the runs keep their cases in, instead of a new in-memory store per run.
     * Each run ({@link #run()}, and both runs of a comparison) asks for one store and drives
     * every feedback case through it; the store must not already hold a case of the run (the
     * simulator names them {@code case-1}, {@code case-2} and so on). The result is the same as
     * in memory.
     *
     * @param value gives a store per run, such as an empty database; not null, and must not answer null
     * @return the changed copy
     */
    public Simulation store(Supplier<? extends CaseStore> value) {
        return new Simulation(scenario, seed, cases, progress, Objects.requireNonNull(value, "store"));
    }

    /**
     * Returns the scenario.
     *
     * @return the scenario
     */
    public Scenario scenario() {
        return scenario;
    }

    /**
     * Returns the seed.
     *
     * @return the seed
     */
    public long seed() {
        return seed;
    }

    /**
     * Returns the number of service cases.
     *
     * @return the number of service cases
     */
    public int cases() {
        return cases;
    }

    /**
     * Runs the scenario.
     *
     * @return what the run measured
     */
    public SimulationResult run() {
        return Simulator.run(scenario, seed, cases, progress, store());
    }

    /**
     * Runs the scenario as it is ("before") and with an improvement applied ("after"), and
     * compares every KPI with its significance test. The after run simulates the same period
     * with the same number of cases but an independent random stream (seed {@link #afterSeed}),
     * so a difference comes from the change or from chance, never from the calendar.
     *
     * @param improvement the improvement, not null
     * @return the comparison
     */
    public Comparison compare(Improvement improvement) {
        Objects.requireNonNull(improvement, "improvement");
        SimulationResult before = run();
        SimulationResult after = Simulator.run(scenario.with(improvement), afterSeed(seed), cases, progress,
                store());
        return Comparison.of(improvement, before, after);
    }

    /**
     * As {@link #compare(Improvement)}, with one of the scenario's improvements.
     *
     * @param improvement the improvement's name, such as {@code "placebo"}
     * @return the comparison
     * @throws IllegalArgumentException when the scenario has no improvement of that name
     */
    public Comparison compare(String improvement) {
        return compare(scenario.improvement(improvement).orElseThrow(() -> new IllegalArgumentException(
                "improvement must be one of " + scenario.improvements().stream().map(Improvement::name).toList()
                        + " of scenario '" + scenario.name() + "', but was '" + improvement + "'")));
    }

    private CaseStore store() {
        return Objects.requireNonNull(stores.get(), "the store supplier answered null");
    }

    /**
     * The seed of the "after" run of a comparison: the seed scrambled by the 64-bit finaliser of
     * MurmurHash3 (as {@link java.util.SplittableRandom} mixes its own seeds), so that the two runs
     * draw from unrelated streams. A simple offset such as {@code seed ^ 0x9E3779B97F4A7C15L} would
     * not do: for small seeds it equals {@code seed + γ}, the "before" stream shifted by one draw.
     *
     * @param seed the "before" seed
     * @return the "after" seed
     */
    public static long afterSeed(long seed) {
        long z = seed + 0x632BE59BD9B4E019L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }

    @Override
    public String toString() {
        return "Simulation[" + scenario.name() + ", seed=" + seed + ", cases=" + cases + "]";
    }
}
