package org.qualityloop.examples.scenario;

import java.util.Objects;

/**
 * A scenario file that is not a valid scenario: malformed JSON, a missing or unknown field, a
 * value of the wrong type or out of range, or parts that do not fit together (a step on a
 * touchpoint the process does not have). The message names the source, the line and column, the
 * field (as a path such as {@code steps[3].use}) and the rule broken:
 * {@code "travel.json:41:20: steps[3].use: use must be between 0 and 1, but was 1.5"}.
 */
public final class ScenarioFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The source, such as the file name. */
    private final String source;
    /** The field's path, such as {@code steps[3].use}; empty for the whole document. */
    private final String field;
    /** The line, from 1. */
    private final int line;
    /** The column, from 1. */
    private final int column;
    /** The rule broken, without the location. */
    private final String problem;

    /**
     * Creates the exception.
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
        super(Objects.requireNonNull(source, "source") + ":" + line + ":" + column + ": "
                + (Objects.requireNonNull(field, "field").isEmpty() ? "" : field + ": ")
                + Objects.requireNonNull(problem, "problem"), cause);
        this.source = source;
        this.field = field;
        this.line = line;
        this.column = column;
        this.problem = problem;
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
     * Returns the field's path, such as {@code steps[3].use}; empty for the whole document.
     *
     * @return the field's path, such as {@code steps[3].use}; empty for the whole document
     */
    public String field() {
        return field;
    }

    /**
     * Returns the line of the field's value, from 1.
     *
     * @return the line of the field's value, from 1
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the field's value, from 1.
     *
     * @return the column of the field's value, from 1
     */
    public int column() {
        return column;
    }

    /**
     * Returns the rule broken, without the location.
     *
     * @return the rule broken, without the location
     */
    public String problem() {
        return problem;
    }
}
