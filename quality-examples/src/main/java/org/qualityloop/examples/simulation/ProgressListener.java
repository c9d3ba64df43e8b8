package org.qualityloop.examples.simulation;

import java.time.Instant;

/**
 * Told how far a run is, about once per percent of its service cases and once at the end. Called
 * on the simulating thread; it must be quick and must not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param done the service cases generated so far
     * @param total the service cases of the run
     * @param simulatedTime the simulated instant reached
     */
    void progress(long done, long total, Instant simulatedTime);

    /**
     * A listener that ignores every report.
     *
     * @return the listener
     */
    static ProgressListener none() {
        return (done, total, at) -> { };
    }
}
