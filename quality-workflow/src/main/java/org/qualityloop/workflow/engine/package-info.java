/**
 * The feedback case engine integrators embed: the {@link
 * org.qualityloop.workflow.engine.CaseService} that executes {@link
 * org.qualityloop.workflow.engine.CaseCommand}s with optimistic concurrency and idempotent
 * retries, the {@link org.qualityloop.workflow.engine.CaseRepository} SPI and its in-memory
 * implementation, the {@link org.qualityloop.workflow.engine.SlaMonitor} that finds due warnings
 * and breaches without scanning, and {@link org.qualityloop.workflow.engine.EscalationPolicy}
 * rules.
 *
 * <p>Time comes only from the {@link java.time.Clock} given to the service; nothing here sleeps
 * or starts a thread.
 */
package org.qualityloop.workflow.engine;
