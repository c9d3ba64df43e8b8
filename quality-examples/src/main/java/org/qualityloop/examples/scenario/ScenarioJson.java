package org.qualityloop.examples.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.qualityloop.examples.internal.ScenarioReader;
import org.qualityloop.examples.internal.ScenarioWriter;

/**
 * The JSON form of a scenario, so that testers write scenarios without writing Java; the shape is
 * documented in {@code docs/scenarios.md}. The process, the SLA policy and each KPI definition
 * use the documented shape of {@code quality-model} ({@code docs/json.md}); the calendar, the
 * population (demand, steps, feedback, desk, surveys) and the improvements have their own.
 * Optional parts take the documented defaults.
 *
 * <pre>{@code
 * Scenario s = ScenarioJson.read(Path.of("scenarios/service-centre.json"));
 * String json = ScenarioJson.write(Scenarios.hotel());   // a starting point for a new scenario
 * }</pre>
 *
 * <p>Reading is strict: unknown fields, duplicate keys, values of the wrong type or out of range,
 * and parts that do not fit together are errors; each {@link ScenarioFormatException} names the
 * field, the line and the column. Stateless and thread-safe.
 */
public final class ScenarioJson {

    private ScenarioJson() {
    }

    /**
     * Reads a scenario file (UTF-8).
     *
     * @param file the file, not null
     * @return the scenario
     * @throws IOException when the file cannot be read
     * @throws ScenarioFormatException when it is not a valid scenario; messages start with the
     *     file's name
     */
    public static Scenario read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        Path name = file.getFileName();
        return read(json, name == null ? file.toString() : name.toString());
    }

    /**
     * Reads a scenario from JSON text.
     *
     * @param json the text, not null
     * @param source the name used in messages, such as a file name; not null
     * @return the scenario
     * @throws ScenarioFormatException when it is not a valid scenario
     */
    public static Scenario read(String json, String source) {
        Objects.requireNonNull(json, "json");
        Objects.requireNonNull(source, "source");
        return ScenarioReader.read(json, source);
    }

    /**
     * Writes a scenario with every field, in the order of the documentation; reading the text
     * back gives an equivalent scenario (the same JSON when written again).
     *
     * @param scenario the scenario, not null
     * @return the JSON text
     */
    public static String write(Scenario scenario) {
        return ScenarioWriter.write(Objects.requireNonNull(scenario, "scenario"));
    }
}
