package org.qualityloop.workflow.machine;

import java.util.Objects;
import java.util.function.BiPredicate;
import org.qualityloop.model.internal.Checks;

/**
 * A condition a transition requires, decided on the typed context and the event's payload.
 *
 * <p>A guard must not change the context: it may be evaluated for a transition that is then
 * not taken. It should be thread-safe when the machine is shared between threads.
 *
 * @param <C> the context type (typically the case the machine runs on)
 * @param <P> the event payload type
 */
@FunctionalInterface
public interface Guard<C, P> {

    /**
     * Decides whether the transition may be taken.
     *
     * @param context the caller's context, not null
     * @param payload the event's payload, not null
     * @return {@link Verdict#allow()} or a refusal with its reason; not null
     */
    Verdict evaluate(C context, P payload);

    /**
     * How diagrams label this guard.
     *
     * @return a short description; {@code "guarded"} unless the guard says otherwise
     */
    default String description() {
        return "guarded";
    }

    /**
     * A guard from a predicate and the requirement it checks. When the predicate is false the
     * refusal reason is {@code requirement}; the refusal is built once, so evaluating the guard
     * allocates nothing.
     *
     * @param requirement what the transition requires, e.g. "an owner is assigned"; not blank,
     *                    never personal data; also the diagram label
     * @param test        the predicate, not null
     * @param <C>         the context type
     * @param <P>         the payload type
     * @return the guard
     * @throws IllegalArgumentException if {@code requirement} is blank
     */
    static <C, P> Guard<C, P> of(String requirement, BiPredicate<? super C, ? super P> test) {
        String description = Checks.notBlank(requirement, "requirement");
        Objects.requireNonNull(test, "test");
        Verdict refusal = Verdict.refuse(description);
        return new Guard<>() {
            @Override
            public Verdict evaluate(C context, P payload) {
                return test.test(context, payload) ? Verdict.allow() : refusal;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public String toString() {
                return "Guard[" + description + "]";
            }
        };
    }
}
