package org.qualityloop.examples.internal;

import org.qualityloop.model.CaseId;
import org.qualityloop.model.Priority;
import org.qualityloop.workflow.cases.CommandId;

/**
 * A feedback case in the engine, as the desk sees it: its priority, cycle, escalations, the task
 * queued for it and the numbering of the commands sent for it.
 *
 * <p>Not thread-safe: mutable, confined to the thread running the simulation.
 */
final class OpenCase {
    final CaseId id;
    final FeedbackItem item;
    Priority priority = Priority.MEDIUM;
    int cycle = 1;
    int escalation;
    int commands;
    boolean atFirstContact;
    boolean awaitNext;
    boolean rectified;
    Task queued;

    OpenCase(CaseId id, FeedbackItem item) {
        this.id = id;
        this.item = item;
    }

    CommandId nextCommand() {
        return CommandId.of("cmd-" + ++commands);
    }
}
