package org.qualityloop.benchmarks.machine;

/** The events of the benchmarked complaint lifecycle. */
public enum Event { ASSIGN, RESPOND, START_FIX, FIX_DONE, CONFIRM, REJECT }
