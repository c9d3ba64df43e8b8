/**
 * The harness's results files for CI: the records written as JSON with Jackson data binding, and
 * the same results as CSV. Not exported; the files' format is documented in docs/scenarios.md.
 */
package org.qualityloop.examples.internal.results;
