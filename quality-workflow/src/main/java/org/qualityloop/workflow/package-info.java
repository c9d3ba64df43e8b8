/**
 * The state machine and the feedback-closure case engine. The engine arrives with the workflow
 * capability; this package is the home it will live in.
 */
package org.qualityloop.workflow;
