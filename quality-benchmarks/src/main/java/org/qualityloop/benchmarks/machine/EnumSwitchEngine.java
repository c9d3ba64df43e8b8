package org.qualityloop.benchmarks.machine;

/** The baseline: a hand-written switch over enums; the case is one mutable field. */
public final class EnumSwitchEngine implements Engine<EnumSwitchEngine.Case> {

    /** The per-case data: the current state. */
    public static final class Case {
        State state = State.REGISTERED;
    }

    /** The next state, or null when the event is not allowed. */
    static State next(State s, Event e) {
        switch (s) {
            case REGISTERED:
            case REOPENED:
                return e == Event.ASSIGN ? State.ASSIGNED : null;
            case ASSIGNED:
                return e == Event.RESPOND ? State.RESPONDED : null;
            case RESPONDED:
                return e == Event.START_FIX ? State.RECTIFYING : null;
            case RECTIFYING:
                return e == Event.FIX_DONE ? State.FOLLOW_UP : null;
            case FOLLOW_UP:
                return e == Event.CONFIRM ? State.CLOSED : e == Event.REJECT ? State.REOPENED : null;
            default:
                return null;
        }
    }

    @Override
    public String name() {
        return "enum+switch";
    }

    @Override
    public Case create() {
        return new Case();
    }

    @Override
    public boolean fire(Case kase, Event event) {
        State next = next(kase.state, event);
        if (next == null) {
            return false;
        }
        kase.state = next;
        return true;
    }

    @Override
    public State state(Case kase) {
        return kase.state;
    }
}
