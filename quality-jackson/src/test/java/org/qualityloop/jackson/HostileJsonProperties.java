package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.qualityloop.metrics.BacklogAge;
import org.qualityloop.metrics.CaseOutcomeRates;
import org.qualityloop.metrics.CesAccumulator;
import org.qualityloop.metrics.ComplaintRate;
import org.qualityloop.metrics.CsatAccumulator;
import org.qualityloop.metrics.FirstContactResolution;
import org.qualityloop.metrics.HandlingTime;
import org.qualityloop.metrics.ImprovementActionExecution;
import org.qualityloop.metrics.NpsAccumulator;
import org.qualityloop.metrics.SlaCompliance;
import org.qualityloop.metrics.TimeDistribution;
import org.qualityloop.metrics.analysis.KanoTally;
import org.qualityloop.metrics.analysis.ServqualAccumulator;
import org.qualityloop.model.AgentId;
import org.qualityloop.model.CaseId;
import org.qualityloop.model.Channel;
import org.qualityloop.model.FeedbackCategory;
import org.qualityloop.model.FeedbackId;
import org.qualityloop.model.feedback.Feedback;
import org.qualityloop.model.Severity;
import org.qualityloop.model.feedback.RecoveryAction;
import org.qualityloop.model.feedback.RecoveryActionKind;
import org.qualityloop.model.feedback.RecoveryOutcome;
import org.qualityloop.model.outcome.CaseOutcome;
import org.qualityloop.model.outcome.Closure;
import org.qualityloop.model.sla.SlaResult;
import org.qualityloop.model.sla.SlaStatus;
import org.qualityloop.model.Priority;
import org.qualityloop.model.sla.SlaClock;
import org.qualityloop.model.sla.SlaPolicy;
import org.qualityloop.model.sla.SlaTarget;
import org.qualityloop.workflow.cases.CaseEvent;

/**
 * Hostile input to every JSON form: mutations of valid documents (the golden fixtures of
 * {@code json-fixtures/}, and documents written by the library for the types that have none yet)
 * are either refused with an {@link IllegalArgumentException} whose message names a field, or
 * accepted as a value whose own JSON reads back equal. No other exception escapes, no message
 * repeats a personal-data value or an unparsed token, and no read allocates more than 10 MB.
 */
class HostileJsonProperties {

    /** The bound on the bytes one read may allocate, whatever the input. */
    static final long MAX_ALLOCATED_BYTES = 10L * 1024 * 1024;

    /** A marker in injected values: a message may show it only shortened, or not at all. */
    private static final String MARK = "Zq7";
    /** A phone number, injected into personal-data fields, that no message may repeat. */
    private static final String PHONE = "13899990000";

    /** Fixture file name (up to the first '-' or '.') → the type it holds; "history" is a case history. */
    private static final Map<String, Class<?>> FIXTURE_TYPES = Map.ofEntries(
            Map.entry("NpsAccumulator", NpsAccumulator.class),
            Map.entry("CsatAccumulator", CsatAccumulator.class),
            Map.entry("CesAccumulator", CesAccumulator.class),
            Map.entry("TimeDistribution", TimeDistribution.class),
            Map.entry("FirstContactResolution", FirstContactResolution.class),
            Map.entry("HandlingTime", HandlingTime.class),
            Map.entry("SlaCompliance", SlaCompliance.class),
            Map.entry("ComplaintRate", ComplaintRate.class),
            Map.entry("CaseOutcomeRates", CaseOutcomeRates.class),
            Map.entry("ImprovementActionExecution", ImprovementActionExecution.class),
            Map.entry("BacklogAge", BacklogAge.class),
            Map.entry("KanoTally", KanoTally.class),
            Map.entry("ServqualAccumulator", ServqualAccumulator.class),
            Map.entry("history", List.class));

    /** Packages searched for a fixture named after a type not in the table. */
    private static final List<String> EXPORTED_PACKAGES = List.of("org.qualityloop.model",
            "org.qualityloop.model.feedback", "org.qualityloop.model.survey", "org.qualityloop.model.kpi",
            "org.qualityloop.model.calendar", "org.qualityloop.model.sla", "org.qualityloop.model.outcome",
            "org.qualityloop.metrics", "org.qualityloop.metrics.analysis", "org.qualityloop.workflow.cases",
            "org.qualityloop.insight");

    private static final ObjectMapper TREES = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private static final List<Seed> SEEDS = seeds();

    /** A valid document of one JSON form. */
    record Seed(String name, Class<?> type, String json) {

        Object read(String text) {
            return type == List.class ? CaseHistoryJson.read(text) : QualityLoopJson.read(text, type);
        }

        @SuppressWarnings("unchecked")
        String write(Object value) {
            return type == List.class ? CaseHistoryJson.write((List<CaseEvent>) value) : QualityLoopJson.write(value);
        }

        JsonNode tree() {
            try {
                return TREES.readTree(json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // ------------------------------------------------------------------ seeds

    private static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>(fixtureSeeds());
        Set<Class<?>> covered = new LinkedHashSet<>();
        seeds.forEach(s -> covered.add(s.type()));
        for (Object value : writtenByTheLibrary()) {
            Class<?> type = value instanceof List ? List.class : jsonType(value.getClass());
            if (!covered.contains(type) || type == value.getClass() && seedsOf(seeds, type) < 2) {
                seeds.add(new Seed(type.getSimpleName() + " (written)", type,
                        type == List.class ? CaseHistoryJson.write(castHistory(value)) : QualityLoopJson.write(value)));
                covered.add(type);
            }
        }
        for (Seed seed : seeds) {
            Object value = seed.read(seed.json());
            assertThat(seed.read(seed.write(value))).as("seed %s", seed).isEqualTo(value);
        }
        return List.copyOf(seeds);
    }

    private static long seedsOf(List<Seed> seeds, Class<?> type) {
        return seeds.stream().filter(s -> s.type() == type).count();
    }

    @SuppressWarnings("unchecked")
    private static List<CaseEvent> castHistory(Object value) {
        return (List<CaseEvent>) value;
    }

    /** The type a value is read as: a sealed interface's variant is read through the interface. */
    private static Class<?> jsonType(Class<?> type) {
        for (Class<?> i : type.getInterfaces()) {
            if (i.isSealed()) {
                return i;
            }
        }
        return type;
    }

    private static List<Seed> fixtureSeeds() {
        URL dir = HostileJsonProperties.class.getResource("/json-fixtures");
        assertThat(dir).as("json-fixtures on the test class path").isNotNull();
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted()
                    .map(HostileJsonProperties::fixtureSeed).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Seed fixtureSeed(Path file) {
        String fileName = file.getFileName().toString();
        String typeName = fileName.split("[-.]", 2)[0];
        Class<?> type = FIXTURE_TYPES.get(typeName);
        for (Iterator<String> p = EXPORTED_PACKAGES.iterator(); type == null && p.hasNext();) {
            try {
                type = Class.forName(p.next() + "." + typeName);
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        assertThat(type).as("the type of fixture %s (add it to FIXTURE_TYPES)", fileName).isNotNull();
        try {
            return new Seed(fileName, type, Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Values of every type with a JSON form, written by the library; fixtures take precedence. */
    private static List<Object> writtenByTheLibrary() {
        List<Object> values = new ArrayList<>();
        ModelJsonProperties model = new ModelJsonProperties();
        Stream.of(model.processes(), model.feedback(), model.recoveryActions(), model.failures(), model.kpis())
                .forEach(a -> a.sampleStream().limit(2).forEach(values::add));
        // every kind of survey response
        model.surveyResponses().sampleStream().limit(200).filter(distinctClasses()).forEach(values::add);
        values.add(SlaClockJsonTest.policy());
        // the customer's zone, and a policy measuring a target in it
        values.add(Feedback.builder(FeedbackId.of("fb-z"), Channel.APP, Instant.parse("2026-03-06T21:00:00Z"))
                .zone(java.time.ZoneId.of("America/New_York")).build());
        values.add(org.qualityloop.model.sla.SlaPolicy.builder("follow")
                .defaultTarget(SlaTarget.RESOLUTION, Duration.ofHours(4)).reopen(org.qualityloop.model.sla.ReopenMode.RESTART)
                .zoneSource(SlaTarget.RESOLUTION, org.qualityloop.model.sla.SlaZoneSource.CASE).build());
        Instant nine = Instant.parse("2026-03-02T09:00:00Z");
        values.add(SlaClock.start(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(90), nine, SlaClockJsonTest.OFFICE)
                .pause(nine.plusSeconds(600)));
        values.add(CaseOutcome.builder(CaseId.of("case-1"), FeedbackId.of("fb-1"), Channel.APP,
                        FeedbackCategory.TECHNICAL_ISSUE, Severity.MAJOR, nine)
                .priority(Priority.URGENT).firstResponseAt(nine.plusSeconds(60)).resolvedAt(nine.plusSeconds(3600))
                .sla(new SlaResult(SlaTarget.FIRST_RESPONSE, 1, Duration.ofMinutes(30), Duration.ofMinutes(1),
                        SlaStatus.MET, Optional.empty()))
                .recoveryAction(RecoveryAction.of(RecoveryActionKind.APOLOGY, AgentId.of("agent-1"),
                        nine.plusSeconds(60), RecoveryOutcome.SUCCEEDED))
                .satisfaction(5).build(nine.plusSeconds(7200), Closure.CONFIRMED));
        List<CaseEvent> history = HistoryJsonTest.everyKindOfChange();
        values.add(history);
        history.stream().filter(distinctClasses(e -> e.change().getClass())).forEach(values::add);
        values.add(new BigDecimal("12.50"));
        return values;
    }

    private static <T> java.util.function.Predicate<T> distinctClasses() {
        return distinctClasses(Object::getClass);
    }

    private static <T> java.util.function.Predicate<T> distinctClasses(Function<T, Class<?>> key) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        return v -> seen.add(key.apply(v));
    }

    // ------------------------------------------------------------------ mutations

    /** One mutation of one node of a document, rendered as JSON text. */
    enum Kind {
        TYPE_SWAP, NUMBER, NULL, DEEP_NESTING, LONG_STRING, DUPLICATE_KEY, REMOVE_KEY, UNKNOWN_KEY, TEXT,
        BARE_TOKEN, PERSONAL_DATA, LONG_ARRAY
    }

    private static final List<String> SWAPS = List.of("null", "true", "false", "0", "-1", "1.5", "\"text\"", "\"\"",
            "[]", "{}", "[1,2]", "{\"a\":1}", "\"2026-03-01T08:15:30Z\"", "\"PT1H\"", "\"RESOLUTION\"", "\"resolution\"");
    private static final List<String> NUMBERS = List.of("1e999999999", "-1e999999999", "1e-999999999",
            "-1e-999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648",
            "-2147483649", "1e308", "4.9e-324", "-0.0", "0.1", "10.99", "1E+2", "-0",
            "1" + "0".repeat(60), "0." + "0".repeat(60) + "1", "9".repeat(2000), "1" + "0".repeat(30));
    private static final List<String> TEXTS = List.of("\"\"", "\" \"", "\"\\u0000\"", "\"\\t\"",
            "\"+10000-01-01T00:00:00Z\"", "\"-999999999-01-01T00:00:00Z\"", "\"0000-12-31T23:59:59Z\"",
            "\"9999-12-31T23:59:59Z\"", "\"PT2562047788015215H\"", "\"P-999999999D\"", "\"P36600D\"", "\"PT-1S\"",
            "\"1e999999999\"", "\"-1e-999999999\"", "\"NaN\"", "\"Infinity\"", "\"9999999999999999999999.99\"",
            "\"\\ud800\"", "\"x/\"", "\"a b\"");

    @Provide
    Arbitrary<Seed> documents() {
        return Arbitraries.of(SEEDS);
    }

    @Property(tries = 4000)
    void mutatedDocument_isRefusedNamingAField_orReadBackEqual(@ForAll("documents") Seed seed,
            @ForAll Kind kind, @ForAll @IntRange(min = 0, max = 1_000_000) int where,
            @ForAll @IntRange(min = 0, max = 1_000_000) int which) {
        JsonNode tree = seed.tree();
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(tree, new ArrayList<>(), paths);
        List<List<Object>> personal = paths.stream().filter(HostileJsonProperties::personal).toList();
        List<Object> target = kind == Kind.PERSONAL_DATA && !personal.isEmpty()
                ? personal.get(where % personal.size()) : paths.get(where % paths.size());
        String json = render(tree, new ArrayList<>(), target, kind, which);
        Outcome outcome = check(seed, json, target, kind);
        Statistics.label("form").collect(seed.name());
        Statistics.label("personal data").collect(personal(target));
        Statistics.label("personal data").coverage(c -> c.check(true).count(n -> n > 0));
        Statistics.label("outcome").collect(outcome);
        Statistics.label("outcome").coverage(c -> {
            c.check(Outcome.REFUSED).percentage(p -> p > 30);
            c.check(Outcome.ACCEPTED).percentage(p -> p > 1);
        });
        Statistics.label("form").coverage(c -> SEEDS.forEach(s -> c.check(s.name()).count(n -> n > 0)));
    }

    /** Two mutations at once, one of them a duplicate key somewhere in the document. */
    @Property(tries = 600)
    void duplicateKeyAnywhere_isRefusedNamingTheKey(@ForAll("documents") Seed seed,
            @ForAll @IntRange(min = 0, max = 1_000_000) int where) {
        JsonNode tree = seed.tree();
        List<List<Object>> objects = new ArrayList<>();
        collectPaths(tree, new ArrayList<>(), objects);
        objects.removeIf(p -> !at(tree, p).isObject() || at(tree, p).isEmpty());
        Statistics.label("has an object").collect(!objects.isEmpty());
        if (objects.isEmpty()) {
            return;
        }
        List<Object> target = objects.get(where % objects.size());
        String json = render(tree, new ArrayList<>(), target, Kind.DUPLICATE_KEY, where);
        Throwable thrown = readMeasured(seed, json).thrown();
        assertThat(thrown).as("%s: %s", seed, json).isInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).contains("duplicate key \"" + at(tree, target).fieldNames().next() + "\"");
    }

    @Example
    void everyFixture_isASeed() {
        assertThat(SEEDS.stream().filter(s -> !s.name().endsWith("(written)"))).hasSizeGreaterThanOrEqualTo(14);
        assertThat(SEEDS).extracting(Seed::type).contains(List.class, CaseEvent.class, SlaPolicy.class,
                SlaClock.class, CaseOutcome.class, org.qualityloop.model.feedback.Feedback.class);
    }

    enum Outcome { REFUSED, ACCEPTED }

    private record Measured(Object value, Throwable thrown, long allocated) {
    }

    private static Measured readMeasured(Seed seed, String json) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        Object value = null;
        Throwable thrown = null;
        try {
            value = seed.read(json);
        } catch (Throwable t) {
            thrown = t;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        return new Measured(value, thrown, allocated);
    }

    private static Outcome check(Seed seed, String json, List<Object> target, Kind kind) {
        Measured read = readMeasured(seed, json);
        String shown = shorten(json);
        assertThat(read.allocated()).as("bytes allocated reading %s: %s", seed, shown)
                .isLessThanOrEqualTo(MAX_ALLOCATED_BYTES);
        if (read.thrown() != null) {
            Throwable thrown = read.thrown();
            String message = String.valueOf(thrown.getMessage());
            String context = "\"" + shorten(message) + "\" (" + thrown.getClass().getName() + ") for " + seed + " "
                    + kind + " at " + target + ": " + shown;
            if (!(thrown instanceof IllegalArgumentException) || thrown.getClass() != IllegalArgumentException.class) {
                throw new AssertionError("not an IllegalArgumentException: " + context, thrown);
            }
            if (message.length() >= 400 || personal(target) && message.contains(PHONE) || message.contains(MARK + "bare")
                    || message.contains(MARK.repeat(20))) {
                throw new AssertionError("message too long or repeating input: " + context);
            }
            if (!namesAField(message, seed)) {
                throw new AssertionError("message names no field: " + context);
            }
            return Outcome.REFUSED;
        }
        Object value = read.value();
        assertThat(value).as("%s: %s", seed, shown).isNotNull();
        String written = seed.write(value);
        Object back = seed.read(written);
        assertThat(back).as("%s read back from %s", seed, written).isEqualTo(value);
        assertThat(seed.write(back)).isEqualTo(written);
        return Outcome.ACCEPTED;
    }

    /** A customer's name, phone or email, or text a customer wrote: never repeated in a message. */
    private static boolean personal(List<Object> path) {
        Object last = path.isEmpty() ? "" : path.get(path.size() - 1);
        return List.of("phone", "email", "text").contains(last)
                || "name".equals(last) && path.size() >= 2 && "customer".equals(path.get(path.size() - 2));
    }

    private static String shorten(String text) {
        String line = text.replace("\n", "\\n");
        return line.length() <= 200 ? line : line.substring(0, 200) + "… (" + line.length() + " characters)";
    }

    private static boolean namesAField(String message, Seed seed) {
        if (message.contains(seed.type() == List.class ? "history" : seed.type().getSimpleName())) {
            return true;
        }
        Set<String> keys = new LinkedHashSet<>();
        collectKeys(seed.tree(), keys);
        keys.add(MARK + "Unknown");
        if (seed.type() == KanoTally.class) {
            keys.add("counts"); // its JSON is the map of counts itself, keyed by category
        }
        return keys.stream().anyMatch(k -> !k.isEmpty() && message.contains(k));
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        node.properties().forEach(e -> {
            keys.add(e.getKey());
            collectKeys(e.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(n -> collectKeys(n, keys));
        }
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> into) {
        into.add(List.copyOf(path));
        if (node.isObject()) {
            node.properties().forEach(e -> {
                path.add(e.getKey());
                collectPaths(e.getValue(), path, into);
                path.remove(path.size() - 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                collectPaths(node.get(i), path, into);
                path.remove(path.size() - 1);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
        }
        return node;
    }

    private static String render(JsonNode node, List<Object> path, List<Object> target, Kind kind, int which) {
        if (path.equals(target)) {
            return mutate(node, path, kind, which);
        }
        StringBuilder out = new StringBuilder();
        if (node.isObject()) {
            out.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(first ? "" : ",").append(quote(e.getKey())).append(':');
                path.add(e.getKey());
                out.append(render(e.getValue(), path, target, kind, which));
                path.remove(path.size() - 1);
                first = false;
            }
            return out.append('}').toString();
        }
        if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                out.append(i == 0 ? "" : ",");
                path.add(i);
                out.append(render(node.get(i), path, target, kind, which));
                path.remove(path.size() - 1);
            }
            return out.append(']').toString();
        }
        return node.isBigDecimal() ? node.decimalValue().toString() : node.toString();
    }

    private static String mutate(JsonNode node, List<Object> path, Kind kind, int which) {
        switch (kind) {
            case TYPE_SWAP:
                return SWAPS.get(which % SWAPS.size());
            case NUMBER:
                return NUMBERS.get(which % NUMBERS.size());
            case NULL:
                return "null";
            case DEEP_NESTING: {
                int depth = which % 2 == 0 ? 3000 : 40 + which % 80;
                return which % 3 == 0 ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
            }
            case LONG_STRING:
                return quote(MARK.repeat(which % 2 == 0 ? 10_000 : 400_000 / 3));
            case TEXT:
                return TEXTS.get(which % TEXTS.size());
            case BARE_TOKEN:
                return MARK + "bare";
            case PERSONAL_DATA:
                return which % 2 == 0 ? PHONE : quote(MARK + "-" + PHONE + "-" + MARK.repeat(30));
            case LONG_ARRAY: {
                // many copies of the first element, up to a document of about 100 KB: reading a
                // large valid document costs in proportion to it, a small hostile one must not
                String element = node.isContainerNode() && node.size() > 0
                        ? render(node.elements().next(), new ArrayList<>(), List.of("none"), kind, which) : node.toString();
                int copies = Math.min(2000 + which % 3000, Math.max(1, 100_000 / (element.length() + 1)));
                return "[" + String.join(",", java.util.Collections.nCopies(copies, element)) + "]";
            }
            default:
                break;
        }
        if (!node.isObject() || node.isEmpty()) {
            return SWAPS.get(which % SWAPS.size());
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        node.properties().forEach(fields::add);
        Map.Entry<String, JsonNode> chosen = fields.get(which % fields.size());
        Map<String, String> rendered = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : fields) {
            rendered.put(e.getKey(), render(e.getValue(), new ArrayList<>(), List.of("none"), kind, which));
        }
        StringBuilder out = new StringBuilder("{");
        rendered.forEach((key, value) -> {
            if (kind != Kind.REMOVE_KEY || !key.equals(chosen.getKey())) {
                out.append(out.length() > 1 ? "," : "").append(quote(key)).append(':').append(value);
            }
        });
        if (kind == Kind.DUPLICATE_KEY) {
            // the first key again, with its own value or with another: either way a duplicate
            String first = fields.get(0).getKey();
            out.append(',').append(quote(first)).append(':')
                    .append(which % 2 == 0 ? rendered.get(first) : SWAPS.get(which % SWAPS.size()));
        } else if (kind == Kind.UNKNOWN_KEY) {
            out.append(out.length() > 1 ? "," : "").append(quote(MARK + "Unknown")).append(":1");
        }
        return out.append('}').toString();
    }

    private static String quote(String text) {
        return new TextNode(text).toString();
    }
}
