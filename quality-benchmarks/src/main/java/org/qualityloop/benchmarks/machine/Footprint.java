package org.qualityloop.benchmarks.machine;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jol.info.GraphLayout;

/**
 * Bytes held per open case: 5,000 cases in ASSIGNED are kept in a list and their object graph
 * is measured with JOL. The same measure with a single case is subtracted, so what the cases
 * share (the definition, the configuration) is not counted, nor is the list holding them.
 */
public final class Footprint {

    private static final int CASES = 5_000;

    private Footprint() {
    }

    /**
     * Prints bytes per open case for every engine.
     *
     * @param args optional engine names; all engines when empty
     */
    public static void main(String[] args) {
        List<Engine<?>> engines = args.length == 0 ? Engines.all()
                : java.util.Arrays.stream(args).<Engine<?>>map(Engines::byName).toList();
        System.out.printf("%-20s %12s%n", "engine", "B/open case");
        for (Engine<?> engine : engines) {
            System.out.printf("%-20s %12.1f%n", engine.name(), perCase(engine));
        }
    }

    static <K> double perCase(Engine<K> engine) {
        List<Object> one = hold(engine, 1);
        List<Object> many = hold(engine, CASES);
        // The cases are passed as the roots, so the holding array itself is not counted.
        long oneSize = GraphLayout.parseInstance(one.toArray()).totalSize();
        long manySize = GraphLayout.parseInstance(many.toArray()).totalSize();
        return (manySize - oneSize) / (double) (CASES - 1);
    }

    private static <K> List<Object> hold(Engine<K> engine, int n) {
        List<Object> cases = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            K kase = engine.create();
            if (!engine.fire(kase, Event.ASSIGN)) {
                throw new IllegalStateException(engine.name() + " rejected ASSIGN");
            }
            cases.add(kase);
        }
        return cases;
    }
}
