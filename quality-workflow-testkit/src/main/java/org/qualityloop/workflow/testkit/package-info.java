/**
 * The contract suite of {@link org.qualityloop.workflow.store.CaseStore}: extend
 * {@link org.qualityloop.workflow.testkit.CaseStoreContract} in your store's tests.
 */
package org.qualityloop.workflow.testkit;
