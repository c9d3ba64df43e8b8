package org.qualityloop.examples.internal;

/** What an agent does with a feedback case; the order is the desk's order of work. */
enum TaskKind {
    /** Answer the customer (and resolve at once when the desk can). */
    FIRST_CONTACT,
    /** Call the customer back after the fix. */
    FOLLOW_UP,
    /** Work on the problem until it is resolved. */
    RESOLVE
}
