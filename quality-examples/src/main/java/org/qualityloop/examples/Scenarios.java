package org.qualityloop.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.qualityloop.examples.internal.Defaults;
import org.qualityloop.examples.scenario.Demand;
import org.qualityloop.examples.scenario.FeedbackMix;
import org.qualityloop.examples.scenario.Scenario;
import org.qualityloop.examples.scenario.ScenarioJson;
import org.qualityloop.examples.scenario.ServiceDesk;
import org.qualityloop.examples.scenario.Surveys;
import org.qualityloop.metrics.analysis.KanoCategory;
import org.qualityloop.model.CustomerSegment;
import org.qualityloop.model.survey.ServqualDimension;

/**
 * The built-in scenarios of the seed documents, by name, and loading a scenario by name or from a
 * JSON file.
 *
 * <ul>
 *   <li>{@code business-travel} ({@link BusinessTravel}): booking → approval → payment →
 *       reimbursement → after-sales, with the seed's stage KPI table as targets;</li>
 *   <li>{@code hotel} ({@link Hotel}): reservation → check-in → stay → check-out → follow-up;</li>
 *   <li>{@code passenger-transport} ({@link PassengerTransport}): multi-channel ticketing, ticket
 *       changes, station, journey and after-sales.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe; every call builds a new scenario.
 */
public final class Scenarios {

    /** Office hours: most cases between 08:00 and 20:00, a few at night. */
    static final List<Double> OFFICE_HOURS = List.of(0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 4.0, 8.0, 9.0, 8.5,
            6.0, 7.5, 8.5, 8.5, 8.0, 7.0, 5.0, 4.0, 3.5, 2.5, 1.5, 0.6);
    /** A travelling day: early departures, a midday lull, evening arrivals. */
    static final List<Double> TRAVEL_DAY = List.of(0.3, 0.2, 0.1, 0.1, 0.3, 1.0, 3.5, 6.5, 7.5, 6.5, 5.5, 5.0,
            5.0, 5.0, 5.5, 6.0, 6.5, 7.0, 7.0, 6.0, 4.5, 3.0, 1.5, 0.7);

    private static final Map<String, Supplier<Scenario>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("business-travel", BusinessTravel::scenario);
        BUILT_IN.put("hotel", Hotel::scenario);
        BUILT_IN.put("passenger-transport", PassengerTransport::scenario);
    }

    private Scenarios() {
    }

    /**
     * The names of the built-in scenarios.
     *
     * @return {@code business-travel}, {@code hotel}, {@code passenger-transport}
     */
    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }

    /**
     * A built-in scenario.
     *
     * @param name its name
     * @return the scenario, or empty when no built-in scenario has that name
     */
    public static Optional<Scenario> builtIn(String name) {
        Supplier<Scenario> s = BUILT_IN.get(name);
        return s == null ? Optional.empty() : Optional.of(s.get());
    }

    /**
     * Returns the business-travel scenario.
     *
     * @return the business-travel scenario
     */
    public static Scenario businessTravel() {
        return BusinessTravel.scenario();
    }

    /**
     * Returns the hotel scenario.
     *
     * @return the hotel scenario
     */
    public static Scenario hotel() {
        return Hotel.scenario();
    }

    /**
     * Returns the passenger-transport scenario.
     *
     * @return the passenger-transport scenario
     */
    public static Scenario passengerTransport() {
        return PassengerTransport.scenario();
    }

    /**
     * The names of the JSON scenarios bundled with the module (in its {@code scenarios/} resource
     * folder), which {@link #load(String)} finds by name.
     *
     * @return {@code service-centre}
     */
    public static List<String> bundled() {
        return List.of("service-centre");
    }

    /**
     * A scenario by name or path: a built-in scenario, else a JSON file at that path, else a
     * bundled JSON scenario of that name.
     *
     * @param nameOrPath a built-in or bundled name, or a file path
     * @return the scenario
     * @throws java.nio.file.NoSuchFileException when the value looks like a file path (it has a
     *     directory separator or ends with {@code .json}) and no file is there
     * @throws IOException when the file cannot be read
     * @throws org.qualityloop.examples.scenario.ScenarioFormatException when the file is not a
     *     valid scenario; the messages name every field in error and its line
     * @throws IllegalArgumentException when it is neither a scenario's name nor a file path
     */
    public static Scenario load(String nameOrPath) throws IOException {
        Optional<Scenario> builtIn = builtIn(nameOrPath);
        if (builtIn.isPresent()) {
            return builtIn.get();
        }
        Path file = Path.of(nameOrPath);
        if (Files.isRegularFile(file)) {
            return ScenarioJson.read(file);
        }
        if (looksLikePath(nameOrPath)) {
            if (Files.exists(file)) {
                throw new IOException("'" + nameOrPath + "' is not a regular file");
            }
            throw new NoSuchFileException(nameOrPath, null, "scenario file not found");
        }
        if (bundled().contains(nameOrPath)) {
            try (InputStream in = Scenarios.class.getResourceAsStream("/scenarios/" + nameOrPath + ".json")) {
                if (in != null) {
                    return ScenarioJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                            nameOrPath + ".json");
                }
            }
        }
        List<String> all = new ArrayList<>(names());
        all.addAll(bundled());
        throw new IllegalArgumentException("scenario must be one of " + all
                + " or the path of a JSON scenario file, but was '" + nameOrPath + "'");
    }

    /** A value meant as a file rather than a name: it has a directory separator or a .json ending. */
    private static boolean looksLikePath(String value) {
        return value.contains("/") || value.contains("\\") || value.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }

    // ------------------------------------------------------------------ shared parts

    static Scenario.Builder defaults(String name) {
        return Scenario.builder(name).feedback(feedback()).desk(desk(14, "CNY"));
    }

    static Demand demand(double perDay, double weekendFactor, List<Double> hourly, Map<String, Double> segments,
            double casesPerCustomer) {
        Map<CustomerSegment, Double> s = new LinkedHashMap<>();
        segments.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> s.put(CustomerSegment.of(e.getKey()), e.getValue()));
        return new Demand(perDay, weekendFactor, hourly, s, casesPerCustomer);
    }

    static FeedbackMix feedback() {
        return Defaults.feedback();
    }

    static ServiceDesk desk(int agents, String currency) {
        return Defaults.desk(agents, currency);
    }

    static Surveys surveys(double nps, double csat, double ces, Map<ServqualDimension, double[]> servqual,
            List<Surveys.IpaAttribute> ipa, List<Surveys.KanoFeature> kano) {
        Map<ServqualDimension, Surveys.Gap> gaps = new EnumMap<>(ServqualDimension.class);
        servqual.forEach((d, v) -> gaps.put(d, new Surveys.Gap(v[0], v[1])));
        return new Surveys(0.25, new Surveys.Score(nps, 1.9), new Surveys.Score(csat, 0.8),
                new Surveys.Score(ces, 1.2), Defaults.effects(), 0.1, gaps, ipa, kano);
    }

    static Map<ServqualDimension, double[]> servqual(double reliability, double responsiveness, double assurance,
            double empathy, double tangibles) {
        Map<ServqualDimension, double[]> m = new EnumMap<>(ServqualDimension.class);
        m.put(ServqualDimension.RELIABILITY, new double[] {6.5, reliability});
        m.put(ServqualDimension.RESPONSIVENESS, new double[] {6.3, responsiveness});
        m.put(ServqualDimension.ASSURANCE, new double[] {6.1, assurance});
        m.put(ServqualDimension.EMPATHY, new double[] {5.8, empathy});
        m.put(ServqualDimension.TANGIBLES, new double[] {5.4, tangibles});
        return m;
    }

    static Surveys.KanoFeature kano(String feature, double mustBe, double oneDimensional, double attractive,
            double indifferent) {
        Map<KanoCategory, Double> w = new EnumMap<>(KanoCategory.class);
        w.put(KanoCategory.MUST_BE, mustBe);
        w.put(KanoCategory.ONE_DIMENSIONAL, oneDimensional);
        w.put(KanoCategory.ATTRACTIVE, attractive);
        w.put(KanoCategory.INDIFFERENT, indifferent);
        return new Surveys.KanoFeature(feature, w);
    }
}
