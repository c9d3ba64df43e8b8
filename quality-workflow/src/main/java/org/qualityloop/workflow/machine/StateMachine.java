package org.qualityloop.workflow.machine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An immutable state machine definition: states, events, guarded transitions, actions, entry and
 * exit hooks and terminal states, built once with {@link #builder(Class, Class)}.
 *
 * <p>The definition does not hold a current state. Firing is a step
 * {@code (state, event, context, payload) -> outcome}: the caller keeps the state (in its case
 * object, a database row, an event log) and stores {@link Outcome#state()} afterwards. An
 * accepted event returns the pre-built {@link Transition}; firing allocates nothing on that path
 * beyond what guards, actions and listeners allocate. A rejected event returns a
 * {@link Rejection} and runs no action.
 *
 * <p>When several transitions leave the same state on the same event, their guards are tried
 * in the order the transitions were declared and the first that allows wins; an unguarded
 * transition (at most one per state and event) is tried last, as the fallback.
 *
 * <p>When states and events are enums, lookups are array accesses by ordinal, and every enum
 * constant must be part of the machine (an unused constant is reported as unreachable).
 *
 * <p>Thread-safety: a built definition is immutable and may be shared by any number of threads,
 * provided the guards, actions and listeners given to it are thread-safe themselves. Whether
 * the context is shared is the caller's business.
 *
 * @param <S> the state type (typically an enum); values need consistent equals and hashCode
 * @param <E> the event type (typically an enum)
 * @param <C> the context type that guards and actions see (typically the case)
 * @param <P> the event payload type
 */
public final class StateMachine<S, E, C, P> {

    private static final Logger LOG = LoggerFactory.getLogger(StateMachine.class);

    private final Indexer<S> states;
    private final Indexer<E> events;
    private final int eventCount;
    private final S initial;
    private final boolean[] terminal;
    /** Rules per {@code state * eventCount + event}, guarded in declaration order, then the fallback. */
    private final Rule<S, E, C, P>[][] rules;
    /** The rule of cells holding exactly one unguarded transition, else null; same layout. */
    private final Rule<S, E, C, P>[] only;
    /** Whether {@link #only} holds a rule that runs no action and no hook; same layout. */
    private final boolean[] plain;
    /** Pre-built NO_TRANSITION rejections, same layout as {@link #rules}. */
    private final Rejection<S, E>[] noTransition;
    private final TransitionListener<S, E, C, P>[] listeners;
    private final List<Transition<S, E>> transitions;

    private StateMachine(Builder<S, E, C, P> b, Indexer<S> states, Indexer<E> events) {
        this.states = states;
        this.events = events;
        this.initial = b.initial;
        int ns = states.size();
        int ne = events.size();
        this.eventCount = ne;
        this.terminal = new boolean[ns];
        for (S s : b.terminals) {
            terminal[states.indexOf(s)] = true;
        }
        Action<C, P>[][] exit = newHookTable(ns);
        Action<C, P>[][] entry = newHookTable(ns);
        for (int i = 0; i < ns; i++) {
            exit[i] = b.exitHooks.getOrDefault(states.value(i), List.of()).toArray(newHooks(0));
            entry[i] = b.entryHooks.getOrDefault(states.value(i), List.of()).toArray(newHooks(0));
        }
        this.rules = newRuleTable(ns * ne);
        this.only = newRules(ns * ne);
        this.plain = new boolean[ns * ne];
        this.noTransition = newRejections(ns * ne);
        List<Transition<S, E>> all = new ArrayList<>();
        for (int si = 0; si < ns; si++) {
            for (int ei = 0; ei < ne; ei++) {
                S s = states.value(si);
                E e = events.value(ei);
                List<Rule<S, E, C, P>> cell = new ArrayList<>();
                Declared<S, E, C, P> fallback = null;
                for (Declared<S, E, C, P> d : b.declared) {
                    if (d.source.equals(s) && d.event.equals(e)) {
                        if (d.guard == null) {
                            fallback = d;
                        } else {
                            cell.add(d.toRule(exit[si], entry[states.indexOf(d.target)]));
                        }
                    }
                }
                if (fallback != null) {
                    cell.add(fallback.toRule(exit[si], entry[states.indexOf(fallback.target)]));
                }
                int at = si * ne + ei;
                if (cell.isEmpty()) {
                    noTransition[at] = new Rejection<>(s, e, RejectionKind.NO_TRANSITION,
                            "no transition on " + e + " from " + s);
                } else {
                    rules[at] = cell.toArray(newRules(0));
                    if (cell.size() == 1 && cell.get(0).guard() == null) {
                        only[at] = cell.get(0);
                        plain[at] = cell.get(0).plain();
                    }
                }
            }
        }
        for (Declared<S, E, C, P> d : b.declared) {
            all.add(d.transition);
        }
        this.transitions = List.copyOf(all);
        this.listeners = b.listeners.toArray(newListeners(0));
    }

    // Generic arrays cannot be created directly, so these helpers create wildcard arrays and
    // cast them. The arrays never leave this class and only ever hold elements of the declared
    // element type, so the casts are safe.
    @SuppressWarnings("unchecked")
    private static <C, P> Action<C, P>[][] newHookTable(int length) {
        return (Action<C, P>[][]) new Action<?, ?>[length][];
    }

    @SuppressWarnings("unchecked")
    private static <C, P> Action<C, P>[] newHooks(int length) {
        return (Action<C, P>[]) new Action<?, ?>[length];
    }

    @SuppressWarnings("unchecked")
    private static <S, E, C, P> Rule<S, E, C, P>[][] newRuleTable(int length) {
        return (Rule<S, E, C, P>[][]) new Rule<?, ?, ?, ?>[length][];
    }

    @SuppressWarnings("unchecked")
    private static <S, E, C, P> Rule<S, E, C, P>[] newRules(int length) {
        return (Rule<S, E, C, P>[]) new Rule<?, ?, ?, ?>[length];
    }

    @SuppressWarnings("unchecked")
    private static <S, E> Rejection<S, E>[] newRejections(int length) {
        return (Rejection<S, E>[]) new Rejection<?, ?>[length];
    }

    @SuppressWarnings("unchecked")
    private static <S, E, C, P> TransitionListener<S, E, C, P>[] newListeners(int length) {
        return (TransitionListener<S, E, C, P>[]) new TransitionListener<?, ?, ?, ?>[length];
    }

    /**
     * Starts a definition.
     *
     * @param stateType the state type, not null; when it is an enum every constant is a state
     * @param eventType the event type, not null
     * @param <S>       the state type
     * @param <E>       the event type
     * @param <C>       the context type guards and actions see
     * @param <P>       the event payload type
     * @return a new builder
     */
    public static <S, E, C, P> Builder<S, E, C, P> builder(Class<S> stateType, Class<E> eventType) {
        return new Builder<>(Objects.requireNonNull(stateType, "stateType"),
                Objects.requireNonNull(eventType, "eventType"));
    }

    /**
     * Fires {@code event} in {@code state}. On acceptance the exit hooks of the source, the
     * transition's action, the entry hooks of the target and then the listeners run, and the
     * pre-built transition is returned. On rejection nothing runs.
     *
     * @param state   the current state, not null, one of this machine's states
     * @param event   the event, not null
     * @param context the context guards and actions see, not null
     * @param payload the event's payload, not null
     * @return the transition taken, or a rejection ({@link RejectionKind#NO_TRANSITION} also for
     *         an event this machine does not know); never null
     * @throws IllegalArgumentException if {@code state} is not a state of this machine
     */
    public Outcome<S, E> fire(S state, E event, C context, P payload) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(payload, "payload");
        int si = stateIndex(state);
        int ei = events.indexOf(event);
        if (ei >= 0) {
            Rule<S, E, C, P> single = only[si * eventCount + ei];
            if (single != null) {
                if (plain[si * eventCount + ei] && listeners.length == 0) {
                    return single.transition();
                }
                return take(single, context, payload);
            }
        }
        return fireGuardedOrReject(state, event, si, ei, context, payload);
    }

    /** Kept apart from {@link #fire} so that the common path stays small enough to inline. */
    private Outcome<S, E> fireGuardedOrReject(S state, E event, int si, int ei, C context,
            P payload) {
        if (ei < 0) {
            return new Rejection<>(state, event, RejectionKind.NO_TRANSITION,
                    "no transition on " + event + " from " + state);
        }
        int at = si * eventCount + ei;
        Rule<S, E, C, P>[] cell = rules[at];
        if (cell == null) {
            return noTransition[at];
        }
        Verdict refusal = null;
        for (Rule<S, E, C, P> rule : cell) {
            Guard<C, P> guard = rule.guard();
            if (guard != null) {
                Verdict verdict = Objects.requireNonNull(guard.evaluate(context, payload),
                        "guard verdict");
                if (!verdict.isAllowed()) {
                    if (refusal == null) {
                        refusal = verdict;
                    }
                    continue;
                }
            }
            return take(rule, context, payload);
        }
        return new Rejection<>(state, event, RejectionKind.GUARD_REFUSED, refusal.reason());
    }

    /**
     * Fires {@code event} like {@link #fire}, but throws when it is rejected.
     *
     * @param state   the current state, not null
     * @param event   the event, not null
     * @param context the context, not null
     * @param payload the payload, not null
     * @return the transition taken
     * @throws TransitionRejectedException if the event is rejected; it carries the rejection
     * @throws IllegalArgumentException    if {@code state} is not a state of this machine
     */
    public Transition<S, E> fireOrThrow(S state, E event, C context, P payload) {
        Outcome<S, E> outcome = fire(state, event, context, payload);
        if (outcome instanceof Transition<S, E> transition) {
            return transition;
        }
        throw new TransitionRejectedException((Rejection<S, E>) outcome);
    }

    private Transition<S, E> take(Rule<S, E, C, P> rule, C context, P payload) {
        for (Action<C, P> hook : rule.exitHooks()) {
            hook.execute(context, payload);
        }
        Action<C, P> action = rule.action();
        if (action != null) {
            action.execute(context, payload);
        }
        for (Action<C, P> hook : rule.entryHooks()) {
            hook.execute(context, payload);
        }
        Transition<S, E> transition = rule.transition();
        if (listeners.length > 0) {
            notifyListeners(transition, context, payload);
        }
        return transition;
    }

    private void notifyListeners(Transition<S, E> transition, C context, P payload) {
        for (TransitionListener<S, E, C, P> listener : listeners) {
            try {
                listener.onTransition(transition, context, payload);
            } catch (RuntimeException e) {
                LOG.warn("Transition listener failed on {} --{}--> {}: {}", transition.source(),
                        transition.event(), transition.target(), e.getClass().getName());
            }
        }
    }

    private int stateIndex(S state) {
        int si = states.indexOf(Objects.requireNonNull(state, "state"));
        if (si < 0) {
            throw unknownState(state);
        }
        return si;
    }

    private IllegalArgumentException unknownState(S state) {
        return new IllegalArgumentException(
                "state must be one of " + states.values + ", but was " + state);
    }

    /**
     * Whether {@code event} would be accepted in {@code state}, evaluating guards but running
     * no action or listener.
     *
     * @param state   the state, not null
     * @param event   the event, not null
     * @param context the context, not null
     * @param payload the payload, not null
     * @return {@code true} if firing would take a transition
     * @throws IllegalArgumentException if {@code state} is not a state of this machine
     */
    public boolean canFire(S state, E event, C context, P payload) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(payload, "payload");
        int si = stateIndex(state);
        int ei = events.indexOf(event);
        if (ei < 0) {
            return false;
        }
        Rule<S, E, C, P>[] cell = rules[si * eventCount + ei];
        if (cell == null) {
            return false;
        }
        for (Rule<S, E, C, P> rule : cell) {
            if (rule.guard() == null || rule.guard().evaluate(context, payload).isAllowed()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state a new instance starts in.
     *
     * @return the initial state
     */
    public S initialState() {
        return initial;
    }

    /**
     * Every state, in ordinal order for enums, otherwise in the order first mentioned.
     *
     * @return the states, unmodifiable
     */
    public List<S> states() {
        return states.values;
    }

    /**
     * Whether {@code state} is terminal (no transition leaves it).
     *
     * @param state a state of this machine, not null
     * @return {@code true} if terminal
     * @throws IllegalArgumentException if {@code state} is not a state of this machine
     */
    public boolean isTerminal(S state) {
        return terminal[stateIndex(state)];
    }

    /**
     * Every transition, in declaration order.
     *
     * @return the transitions, unmodifiable
     */
    public List<Transition<S, E>> transitions() {
        return transitions;
    }

    /**
     * The definition as a Mermaid {@code stateDiagram-v2}, for documentation.
     *
     * @return the diagram text, one statement per line
     */
    public String toMermaid() {
        StringBuilder out = new StringBuilder("stateDiagram-v2\n");
        out.append("    [*] --> ").append(id(initial)).append('\n');
        for (Transition<S, E> t : transitions) {
            out.append("    ").append(id(t.source())).append(" --> ").append(id(t.target()))
                    .append(" : ").append(label(t)).append('\n');
        }
        appendTerminals(out, "    ", " --> [*]\n");
        return out.toString();
    }

    /**
     * The definition as a PlantUML state diagram, for documentation.
     *
     * @return the diagram text from {@code @startuml} to {@code @enduml}
     */
    public String toPlantUml() {
        StringBuilder out = new StringBuilder("@startuml\n");
        out.append("[*] --> ").append(id(initial)).append('\n');
        for (Transition<S, E> t : transitions) {
            out.append(id(t.source())).append(" --> ").append(id(t.target()))
                    .append(" : ").append(label(t)).append('\n');
        }
        appendTerminals(out, "", " --> [*]\n");
        return out.append("@enduml\n").toString();
    }

    private void appendTerminals(StringBuilder out, String indent, String suffix) {
        for (int i = 0; i < terminal.length; i++) {
            if (terminal[i]) {
                out.append(indent).append(id(states.value(i))).append(suffix);
            }
        }
    }

    private static String label(Transition<?, ?> t) {
        String event = String.valueOf(t.event()).replace(':', ' ').replace('\n', ' ');
        return t.guardDescription()
                .map(g -> event + " [" + g.replace(':', ' ').replace('\n', ' ') + "]")
                .orElse(event);
    }

    private static String id(Object state) {
        String raw = String.valueOf(state);
        StringBuilder id = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            id.append(Character.isLetterOrDigit(c) || c == '_' ? c : '_');
        }
        return id.isEmpty() ? "_" : id.toString();
    }

    @Override
    public String toString() {
        return "StateMachine[states=" + states.size() + ", events=" + events.size()
                + ", transitions=" + transitions.size() + ", initial=" + initial + "]";
    }

    /** A transition as declared, before the definition is built. */
    private static final class Declared<S, E, C, P> {
        final S source;
        final E event;
        final S target;
        final Guard<C, P> guard;
        final Action<C, P> action;
        final Transition<S, E> transition;

        Declared(S source, E event, S target, Guard<C, P> guard, Action<C, P> action) {
            this.source = source;
            this.event = event;
            this.target = target;
            this.guard = guard;
            this.action = action;
            this.transition = new Transition<>(source, event, target,
                    guard == null ? null : guard.description(), action != null);
        }

        Rule<S, E, C, P> toRule(Action<C, P>[] exit, Action<C, P>[] entry) {
            return new Rule<>(transition, guard, action, exit, entry);
        }
    }

    /**
     * Builds a {@link StateMachine}. Not thread-safe; use it on one thread, then share the
     * built machine. Each {@link #build()} validates the whole definition:
     * <ul>
     *   <li>an initial state is set;</li>
     *   <li>every state is reachable from the initial state;</li>
     *   <li>no state has two unguarded transitions on the same event;</li>
     *   <li>every non-terminal state has an outgoing transition, and no terminal state has one.</li>
     * </ul>
     *
     * @param <S> the state type
     * @param <E> the event type
     * @param <C> the context type
     * @param <P> the payload type
     */
    public static final class Builder<S, E, C, P> {
        private final Class<S> stateType;
        private final Class<E> eventType;
        private S initial;
        private final Set<S> terminals = new LinkedHashSet<>();
        private final List<Declared<S, E, C, P>> declared = new ArrayList<>();
        private final Map<S, List<Action<C, P>>> entryHooks = new LinkedHashMap<>();
        private final Map<S, List<Action<C, P>>> exitHooks = new LinkedHashMap<>();
        private final List<TransitionListener<S, E, C, P>> listeners = new ArrayList<>();

        private Builder(Class<S> stateType, Class<E> eventType) {
            this.stateType = stateType;
            this.eventType = eventType;
        }

        /**
         * Sets the state new instances start in.
         *
         * @param state the initial state, not null
         * @return this builder
         * @throws IllegalStateException if the initial state was already set
         */
        public Builder<S, E, C, P> initial(S state) {
            checkState(state, "initial");
            if (initial != null) {
                throw new IllegalStateException("initial state was already set to " + initial);
            }
            initial = state;
            return this;
        }

        /**
         * Marks states as terminal: no transition may leave them.
         *
         * @param states the terminal states, not null
         * @return this builder
         */
        @SafeVarargs
        public final Builder<S, E, C, P> terminal(S... states) {
            for (S s : Objects.requireNonNull(states, "states")) {
                terminals.add(checkState(s, "terminal state"));
            }
            return this;
        }

        /**
         * Declares an unguarded transition without an action.
         *
         * @param source the state it leaves, not null
         * @param event  the event, not null
         * @param target the state it enters, not null (may equal {@code source})
         * @return this builder
         */
        public Builder<S, E, C, P> transition(S source, E event, S target) {
            return add(source, event, target, null, null);
        }

        /**
         * Declares a guarded transition.
         *
         * @param source the state it leaves, not null
         * @param event  the event, not null
         * @param target the state it enters, not null
         * @param guard  the guard, not null
         * @return this builder
         */
        public Builder<S, E, C, P> guardedTransition(S source, E event, S target,
                Guard<C, P> guard) {
            return add(source, event, target, Objects.requireNonNull(guard, "guard"), null);
        }

        /**
         * Declares an unguarded transition with an action.
         *
         * @param source the state it leaves, not null
         * @param event  the event, not null
         * @param target the state it enters, not null
         * @param action the action, not null
         * @return this builder
         */
        public Builder<S, E, C, P> transition(S source, E event, S target, Action<C, P> action) {
            return add(source, event, target, null, Objects.requireNonNull(action, "action"));
        }

        /**
         * Declares a guarded transition with an action.
         *
         * @param source the state it leaves, not null
         * @param event  the event, not null
         * @param target the state it enters, not null
         * @param guard  the guard, not null
         * @param action the action, not null
         * @return this builder
         */
        public Builder<S, E, C, P> guardedTransition(S source, E event, S target,
                Guard<C, P> guard, Action<C, P> action) {
            return add(source, event, target, Objects.requireNonNull(guard, "guard"),
                    Objects.requireNonNull(action, "action"));
        }

        /**
         * Adds a hook run whenever a transition enters {@code state} (self-transitions included).
         *
         * @param state the state, not null
         * @param hook  the hook, not null
         * @return this builder
         */
        public Builder<S, E, C, P> onEntry(S state, Action<C, P> hook) {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(hook, "hook");
            entryHooks.computeIfAbsent(checkState(state, "state"), k -> new ArrayList<>()).add(hook);
            return this;
        }

        /**
         * Adds a hook run whenever a transition leaves {@code state} (self-transitions included).
         *
         * @param state the state, not null
         * @param hook  the hook, not null
         * @return this builder
         */
        public Builder<S, E, C, P> onExit(S state, Action<C, P> hook) {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(hook, "hook");
            exitHooks.computeIfAbsent(checkState(state, "state"), k -> new ArrayList<>()).add(hook);
            return this;
        }

        /**
         * Adds a listener told of every transition taken, in the order listeners were added.
         *
         * @param listener the listener, not null
         * @return this builder
         */
        public Builder<S, E, C, P> listener(TransitionListener<S, E, C, P> listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Validates the definition and builds the immutable machine. The builder may be reused
         * afterwards; later changes do not affect machines already built.
         *
         * @return the machine
         * @throws IllegalStateException if the definition is invalid; the message names the
         *                               offending state (and event)
         */
        public StateMachine<S, E, C, P> build() {
            if (initial == null) {
                throw new IllegalStateException("initial state must be set before build()");
            }
            List<S> mentioned = new ArrayList<>();
            mentioned.add(initial);
            for (Declared<S, E, C, P> d : declared) {
                mentioned.add(d.source);
                mentioned.add(d.target);
            }
            mentioned.addAll(terminals);
            mentioned.addAll(entryHooks.keySet());
            mentioned.addAll(exitHooks.keySet());
            List<E> usedEvents = new ArrayList<>();
            for (Declared<S, E, C, P> d : declared) {
                usedEvents.add(d.event);
            }
            Indexer<S> states = Indexer.of(stateType, mentioned);
            Indexer<E> events = Indexer.of(eventType, usedEvents);
            validate(states);
            return new StateMachine<>(this, states, events);
        }

        private void validate(Indexer<S> states) {
            Map<S, Map<E, S>> unguarded = new LinkedHashMap<>();
            Map<S, List<S>> successors = new LinkedHashMap<>();
            for (Declared<S, E, C, P> d : declared) {
                if (terminals.contains(d.source)) {
                    throw new IllegalStateException("terminal state " + d.source
                            + " must not have outgoing transitions, but has one on " + d.event
                            + " to " + d.target);
                }
                if (d.guard == null) {
                    S previous = unguarded.computeIfAbsent(d.source, k -> new LinkedHashMap<>())
                            .putIfAbsent(d.event, d.target);
                    if (previous != null) {
                        throw new IllegalStateException("state " + d.source
                                + " must have at most one unguarded transition on " + d.event
                                + ", but has two (to " + previous + " and to " + d.target + ")");
                    }
                }
                successors.computeIfAbsent(d.source, k -> new ArrayList<>()).add(d.target);
            }
            Set<S> reached = new LinkedHashSet<>();
            Deque<S> todo = new ArrayDeque<>();
            reached.add(initial);
            todo.add(initial);
            while (!todo.isEmpty()) {
                for (S next : successors.getOrDefault(todo.poll(), List.of())) {
                    if (reached.add(next)) {
                        todo.add(next);
                    }
                }
            }
            for (S s : states.values) {
                if (!reached.contains(s)) {
                    throw new IllegalStateException("state " + s
                            + " is unreachable from the initial state " + initial);
                }
                if (!terminals.contains(s) && !successors.containsKey(s)) {
                    throw new IllegalStateException("state " + s
                            + " is a dead end: it has no outgoing transition but is not terminal");
                }
            }
        }

        private Builder<S, E, C, P> add(S source, E event, S target, Guard<C, P> guard,
                Action<C, P> action) {
            // Every null is refused before any argument's type is checked.
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(target, "target");
            checkState(source, "source");
            checkState(target, "target");
            if (!eventType.isInstance(event)) {
                throw new IllegalArgumentException("event must be a " + eventType.getName()
                        + ", but was a " + event.getClass().getName());
            }
            declared.add(new Declared<>(source, event, target, guard, action));
            return this;
        }

        private S checkState(S state, String field) {
            Objects.requireNonNull(state, field);
            if (!stateType.isInstance(state)) {
                throw new IllegalArgumentException(field + " must be a " + stateType.getName()
                        + ", but was a " + state.getClass().getName());
            }
            return state;
        }

        @Override
        public String toString() {
            return "StateMachine.Builder[transitions=" + declared.size() + "]";
        }
    }
}
