package org.qualityloop.model.sla;

/** What a reopened case does to its resolution clock. */
public enum ReopenMode {
    /** A new cycle starts from the reopening with the full target. */
    RESTART,
    /** The stopped clock continues; the time between stop and reopening does not count. */
    CONTINUE
}
