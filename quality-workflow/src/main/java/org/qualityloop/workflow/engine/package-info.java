/**
 * The feedback case engine integrators embed: the {@link
 * org.qualityloop.workflow.engine.CaseService} that executes {@link
 * org.qualityloop.workflow.engine.CaseCommand}s with optimistic concurrency and idempotent
 * retries over a {@link org.qualityloop.workflow.store.CaseStore}, records due SLA warnings and
 * breaches from the store's due index, and applies {@link
 * org.qualityloop.workflow.engine.EscalationPolicy} rules; and {@link
 * org.qualityloop.workflow.engine.CaseFeed}, which delivers committed events at least once.
 *
 * <p>Time comes only from the {@link java.time.Clock} given to the service; nothing here sleeps
 * or starts a thread.
 */
package org.qualityloop.workflow.engine;
