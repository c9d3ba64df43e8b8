package org.qualityloop.benchmarks.machine;

/** The seven states of the benchmarked complaint lifecycle. */
public enum State { REGISTERED, ASSIGNED, RESPONDED, RECTIFYING, FOLLOW_UP, CLOSED, REOPENED }
