package org.qualityloop.benchmarks.engine;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the full loop of {@link CaseEngineBenchmark} allocates per event and keeps per case, with
 * every case retained: figures that, unlike the benchmark's time, hardly move with the load of a
 * shared machine. Drives the benchmark's loop in one thread (50,000 cases to warm up, then a fresh
 * store), reads the thread's allocated bytes around the measured cases, and the heap used after
 * two full collections before and after them. It also prints the CPU time per event of the
 * driving thread and of the whole process (the driving thread plus the garbage collector's and
 * the compilers' threads): CPU time, unlike elapsed time, counts only what ran, so on a loaded
 * machine it moves much less than the benchmark's score (though caches shared with other
 * processes still slow it down).
 *
 * <pre>{@code
 * java -cp quality-benchmarks/target/benchmarks.jar org.qualityloop.benchmarks.engine.CaseFootprint [cases] [calendar]
 * }</pre>
 */
public final class CaseFootprint {

    private CaseFootprint() {
    }

    /**
     * Measures and prints one line.
     *
     * @param args the number of cases (default 100,000) and the calendar, {@code 24x7} (default)
     *     or {@code office}
     */
    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        CaseEngineBenchmark b = new CaseEngineBenchmark();
        b.calendar = args.length > 1 ? args[1] : "24x7";
        b.retained = "all";
        b.setUpTrial();
        b.setUpIteration();
        long sink = 0;
        for (int i = 0; i < 50_000; i++) {
            sink += b.fullLoop();
        }
        b.setUpIteration();
        long heap0 = settledHeap();
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long alloc0 = threads.getThreadAllocatedBytes(thread);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long gc0 = gcMillis();
        long cpu0 = threads.getThreadCpuTime(thread);
        long process0 = os.getProcessCpuTime();
        for (int i = 0; i < cases; i++) {
            sink += b.fullLoop();
        }
        long process = os.getProcessCpuTime() - process0;
        long cpu = threads.getThreadCpuTime(thread) - cpu0;
        long alloc = threads.getThreadAllocatedBytes(thread) - alloc0;
        long gc = gcMillis() - gc0;
        long kept = settledHeap() - heap0;
        double events = cases * 8.0;
        System.out.printf("%s, %,d cases retained: %,.0f B allocated per event, %,.0f B kept per case,"
                + " %,d ms of GC; CPU per event: %,.0f ns in the thread, %,.0f ns in the process (check %d)%n",
                b.calendar, cases, alloc / events, kept / (double) cases, gc, cpu / events, process / events,
                sink & 1);
    }

    private static long settledHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long gcMillis() {
        long sum = 0;
        for (GarbageCollectorMXBean g : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += g.getCollectionTime();
        }
        return sum;
    }
}
