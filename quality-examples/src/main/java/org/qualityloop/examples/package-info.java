/**
 * Quality Loop's examples: the seed documents' business-travel service process with its
 * calendar, SLA policy and KPI table, and a command-line overview that prints them.
 *
 * <p>The full example harness (simulated scenarios, KPI scorecard and HTML report) is built in
 * this module as its capabilities land.
 */
package org.qualityloop.examples;
