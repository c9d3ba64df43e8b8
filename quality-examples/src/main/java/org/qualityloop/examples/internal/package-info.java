/**
 * The harness's implementation: the simulator and its measurements, the JSON reader and writer
 * of scenarios, the console and HTML output. Not exported; nothing here is API.
 */
package org.qualityloop.examples.internal;
