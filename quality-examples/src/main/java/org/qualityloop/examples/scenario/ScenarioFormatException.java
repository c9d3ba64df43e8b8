package org.qualityloop.examples.scenario;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A scenario file that is not a valid scenario: malformed JSON, a missing or unknown field, a
 * value of the wrong type or out of range, or parts that do not fit together (a step on a
 * touchpoint the process does not have). Each error names the source, the line and column, the
 * field (as a path such as {@code steps[3].use}) and the rule broken:
 * {@code "travel.json:41:20: steps[3].use: use must be between 0 and 1, but was 1.5"}.
 *
 * <p>A file is checked as a whole, so one exception carries every error found in it
 * ({@link #errors()}, in the order of the file); {@link #field()}, {@link #line()},
 * {@link #column()} and {@link #problem()} describe the first. Malformed JSON stops the check at
 * the point where the text cannot be read further, so it is reported alone.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 2L;

    /** The source, such as the file name. */
    private final String source;
    /** Every error, in the order of the file; never empty. An array, so that the exception stays serializable. */
    private final FormatError[] errors;

    /**
     * One error in a scenario file.
     *
     * @param field the field's path, such as {@code steps[3].use}; empty for the whole document; not null
     * @param line the line of the field's value, from 1
     * @param column the column of the field's value, from 1
     * @param problem the rule broken, without the location; not null
     * @serial exclude
     */
    public record FormatError(String field, int line, int column, String problem) implements Serializable {

        /**
         * Validates the error.
         *
         * @param field the field's path; empty for the whole document; not null
         * @param line the line, from 1
         * @param column the column, from 1
         * @param problem the rule broken, not null
         */
        public FormatError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
            if (line < 1) {
                throw new IllegalArgumentException("line must be at least 1, but was " + line);
            }
            if (column < 1) {
                throw new IllegalArgumentException("column must be at least 1, but was " + column);
            }
        }

        /**
         * Formats the error as {@code source:line:column: field: problem}.
         *
         * @param source the source, such as the file name; not null
         * @return the formatted error
         */
        public String format(String source) {
            return Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                    + (field.isEmpty() ? "" : field + ": ") + problem;
        }
    }

    /** Orders errors as they appear in the file. */
    private static final Comparator<FormatError> IN_FILE_ORDER = Comparator.comparingInt(FormatError::line)
            .thenComparingInt(FormatError::column);

    /**
     * Creates the exception for one error.
     *
     * @param source the source, such as the file name; not null
     * @param field the field's path; empty for the whole document; not null
     * @param line the line, from 1
     * @param column the column, from 1
     * @param problem the rule broken, not null
     * @param cause the underlying exception, or null
     */
    public ScenarioFormatException(String source, String field, int line, int column, String problem,
            Throwable cause) {
        this(source, List.of(new FormatError(field, line, column, problem)), cause);
    }

    /**
     * Creates the exception for the errors of one file.
     *
     * @param source the source, such as the file name; not null
     * @param errors the errors, at least one; they are kept in the order of the file; not null
     * @param cause the underlying exception of the first error, or null
     */
    public ScenarioFormatException(String source, List<FormatError> errors, Throwable cause) {
        super(message(source, sorted(errors)), cause);
        this.source = source;
        this.errors = sorted(errors).toArray(new FormatError[0]);
    }

    private static List<FormatError> sorted(List<FormatError> errors) {
        List<FormatError> copy = List.copyOf(Objects.requireNonNull(errors, "errors"));
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("errors must hold at least one error, but was empty");
        }
        return copy.stream().sorted(IN_FILE_ORDER).toList();
    }

    private static String message(String source, List<FormatError> errors) {
        Objects.requireNonNull(source, "source");
        if (errors.size() == 1) {
            return errors.get(0).format(source);
        }
        StringBuilder b = new StringBuilder(source).append(" has ").append(errors.size()).append(" errors:");
        errors.forEach(e -> b.append('\n').append(e.format(source)));
        return b.toString();
    }

    /**
     * Returns the source, such as the file name.
     *
     * @return the source, such as the file name
     */
    public String source() {
        return source;
    }

    /**
     * Returns every error found in the file, in the order of the file.
     *
     * @return the errors, at least one; unmodifiable
     */
    public List<FormatError> errors() {
        return List.of(errors);
    }

    /**
     * Returns the first error's field path, such as {@code steps[3].use}; empty for the whole document.
     *
     * @return the first error's field path; empty for the whole document
     */
    public String field() {
        return errors[0].field();
    }

    /**
     * Returns the line of the first error's value, from 1.
     *
     * @return the line of the first error's value, from 1
     */
    public int line() {
        return errors[0].line();
    }

    /**
     * Returns the column of the first error's value, from 1.
     *
     * @return the column of the first error's value, from 1
     */
    public int column() {
        return errors[0].column();
    }

    /**
     * Returns the first error's rule broken, without the location.
     *
     * @return the first error's rule broken, without the location
     */
    public String problem() {
        return errors[0].problem();
    }
}
