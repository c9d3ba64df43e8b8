/**
 * The contract suite of {@link org.qualityloop.workflow.store.CaseStore}: extend
 * {@link org.qualityloop.workflow.testkit.CaseStoreContract} in your store's tests, and
 * {@link org.qualityloop.workflow.testkit.ErasureContract} too when it erases personal data
 * ({@link org.qualityloop.workflow.store.PersonalDataErasure}).
 */
package org.qualityloop.workflow.testkit;
