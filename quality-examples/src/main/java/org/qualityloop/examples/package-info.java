/**
 * The example harness that runs Quality Loop's seeded scenarios.
 */
package org.qualityloop.examples;
