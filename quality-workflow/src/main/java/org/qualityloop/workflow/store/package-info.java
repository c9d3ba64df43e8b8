/**
 * Where the case engine keeps cases: the events-first {@link org.qualityloop.workflow.store.CaseStore}
 * SPI (atomic appends with optimistic concurrency and idempotent command ids, snapshots, the SLA
 * due index with claims, paged queries over open cases, and a global event feed), the values it
 * exchanges, and {@link org.qualityloop.workflow.store.InMemoryCaseStore}; customers' personal data
 * kept apart from the events and erased on request ({@link org.qualityloop.workflow.store.PersonalData},
 * {@link org.qualityloop.workflow.store.PersonalDataErasure}). Stores store; the engine
 * ({@code org.qualityloop.workflow.engine.CaseService}) decides and folds.
 */
package org.qualityloop.workflow.store;
