/**
 * Feedback and complaints, the customers who give them, service failures and the recovery actions
 * taken: the inputs of the feedback-closure loop (閉環管理). Personal data lives only in
 * {@link org.qualityloop.model.feedback.CustomerRef} and never appears in a {@code toString()} or
 * an exception message.
 */
package org.qualityloop.model.feedback;
