/**
 * The feedback-closure case: its {@linkplain org.qualityloop.workflow.cases.CaseState states},
 * the {@linkplain org.qualityloop.workflow.cases.CaseChange changes} recorded in its history as
 * {@linkplain org.qualityloop.workflow.cases.CaseEvent events}, the
 * {@linkplain org.qualityloop.workflow.cases.FeedbackLifecycle lifecycle} that allows and folds
 * them and the {@linkplain org.qualityloop.workflow.cases.FeedbackCase case} they fold into. The
 * history's JSON form is {@code org.qualityloop.jackson.CaseHistoryJson} in {@code quality-jackson}.
 *
 * <p>Everything here is pure: no clock, no storage, no threads. The engine that stores cases,
 * stamps events with an injected clock and watches SLA deadlines is in
 * {@code org.qualityloop.workflow.engine}.
 */
package org.qualityloop.workflow.cases;
