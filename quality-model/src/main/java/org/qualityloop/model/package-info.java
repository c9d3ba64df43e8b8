/**
 * The domain of a service process and its quality: typed identifiers, {@link
 * org.qualityloop.model.Channel channels}, {@link org.qualityloop.model.Severity severity} and
 * {@link org.qualityloop.model.Priority priority}.
 *
 * <p>Every type here is an immutable value, validated when it is built: a rule that is broken
 * throws {@link java.lang.IllegalArgumentException} with a message naming the field, the rule and
 * the value, and a missing value throws {@link java.lang.NullPointerException} naming the field.
 * No method returns null; optional data is {@link java.util.Optional}.
 */
package org.qualityloop.model;
