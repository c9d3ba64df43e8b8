package org.qualityloop.benchmarks.machine;

import java.util.List;
import java.util.Random;

/** The engines under comparison, and the check that they all behave the same. */
public final class Engines {

    private Engines() {
    }

    /**
     * A new engine by name.
     *
     * @param name one of enum, qualityloop, stateless4j, squirrel, spring
     * @return the engine
     */
    public static Engine<?> byName(String name) {
        return switch (name) {
            case "enum" -> new EnumSwitchEngine();
            case "qualityloop" -> new QualityLoopEngine();
            case "stateless4j" -> new Stateless4jEngine();
            case "squirrel" -> new SquirrelEngine();
            case "spring" -> new SpringEngine();
            default -> throw new IllegalArgumentException(
                    "engine must be one of enum, qualityloop, stateless4j, squirrel, spring, but was " + name);
        };
    }

    /** @return one instance of every engine, baseline first */
    public static List<Engine<?>> all() {
        return List.of(byName("enum"), byName("qualityloop"), byName("stateless4j"),
                byName("squirrel"), byName("spring"));
    }

    /**
     * Fires the same event sequences on {@code engine} and on the enum+switch baseline and
     * throws unless every step agrees (accepted or not, and the resulting state). The sequences
     * cover the happy path, the reopen path, events not allowed and 300 seeded random sequences.
     *
     * @param engine the engine to check
     * @return how many events were compared
     * @throws IllegalStateException on the first disagreement
     */
    public static <K> int checkAgainstBaseline(Engine<K> engine) {
        List<Event[]> sequences = new java.util.ArrayList<>(List.of(
                Engine.HAPPY_PATH,
                new Event[] {Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE,
                    Event.REJECT, Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE,
                    Event.CONFIRM},
                new Event[] {Event.CONFIRM, Event.RESPOND, Event.ASSIGN, Event.ASSIGN},
                new Event[] {Event.ASSIGN, Event.RESPOND, Event.START_FIX, Event.FIX_DONE,
                    Event.CONFIRM, Event.REJECT, Event.ASSIGN}));
        Random random = new Random(20261123L);
        Event[] events = Event.values();
        for (int i = 0; i < 300; i++) {
            Event[] seq = new Event[1 + random.nextInt(14)];
            for (int j = 0; j < seq.length; j++) {
                // Bias towards the allowed event so that sequences get deep into the lifecycle.
                seq[j] = random.nextInt(3) == 0 ? events[random.nextInt(events.length)] : null;
            }
            sequences.add(seq);
        }
        EnumSwitchEngine baseline = new EnumSwitchEngine();
        int compared = 0;
        for (Event[] seq : sequences) {
            K kase = engine.create();
            EnumSwitchEngine.Case expected = baseline.create();
            for (Event e : seq) {
                Event event = e != null ? e : likelyAllowed(expected.state, random);
                boolean wantAccepted = baseline.fire(expected, event);
                boolean accepted = engine.fire(kase, event);
                State state = engine.state(kase);
                if (accepted != wantAccepted || state != expected.state) {
                    throw new IllegalStateException(engine.name() + " disagrees with the baseline on "
                            + event + ": accepted=" + accepted + " state=" + state
                            + ", expected accepted=" + wantAccepted + " state=" + expected.state);
                }
                compared++;
            }
        }
        return compared;
    }

    private static Event likelyAllowed(State s, Random random) {
        return switch (s) {
            case REGISTERED, REOPENED -> Event.ASSIGN;
            case ASSIGNED -> Event.RESPOND;
            case RESPONDED -> Event.START_FIX;
            case RECTIFYING -> Event.FIX_DONE;
            case FOLLOW_UP -> random.nextBoolean() ? Event.CONFIRM : Event.REJECT;
            case CLOSED -> Event.values()[random.nextInt(Event.values().length)];
        };
    }

    /**
     * Runs the behaviour check on every engine and prints how each reports an event that is
     * not allowed.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        for (Engine<?> engine : all()) {
            int n = checkAgainstBaseline(engine);
            System.out.printf("%-20s identical to the baseline on %d events; not-allowed event: %s%n",
                    engine.name(), n, rejectionStyle(engine.name()));
        }
    }

    private static String rejectionStyle(String name) {
        return switch (name) {
            case "enum+switch" -> "explicit (switch returns no next state)";
            case "qualityloop" -> "explicit Rejection result (NO_TRANSITION, naming state and event)";
            case "stateless4j" -> "explicit IllegalStateException from fire()";
            case "squirrel" -> "SILENTLY IGNORED: fire() returns normally, state unchanged";
            default -> "SILENTLY IGNORED unless the caller inspects the reactive result (DENIED); nothing thrown";
        };
    }
}
