/**
 * A small, generic, allocation-free finite state machine.
 *
 * <p>A {@link org.qualityloop.workflow.machine.StateMachine} definition is built once with its
 * {@link org.qualityloop.workflow.machine.StateMachine.Builder builder}, validated when built and
 * then immutable and safe to share between threads. The current state is not held by the
 * definition: the caller keeps it (typically in its case) and asks the definition to
 * {@linkplain org.qualityloop.workflow.machine.StateMachine#fire fire} an event, which returns
 * either the {@link org.qualityloop.workflow.machine.Transition} taken or a
 * {@link org.qualityloop.workflow.machine.Rejection} that says why nothing happened.
 *
 * <p>The feedback-closure lifecycle of Quality Loop is one definition built on this package;
 * callers may build their own (an approval flow, a reimbursement flow) the same way.
 */
package org.qualityloop.workflow.machine;
