package org.qualityloop.apicheck;

import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The public API of the module a class belongs to, found from its module descriptor and its
 * class location, and sample values of its types for Guava's testers. A sample is taken from the
 * registry, else built: enums give a constant, records their canonical constructor over samples of
 * the components.
 *
 * <p>Shared by the tests of every core module (quality-model's test jar). Its package belongs to no
 * module, so on another module's test path it sits on the class path without splitting a package
 * of the module under test.
 */
public final class PublicApi {

    private final Module module;
    private final Path location;
    private final Map<Class<?>, IntFunction<?>> registry;
    private final Instant instant;
    private final List<Class<?>> types;

    /**
     * Finds the public API of the module of {@code anchor}.
     *
     * @param anchor any class of the module under test, which must run as a named module
     * @param registry samples of the types the generic builder cannot invent, by type: variant 0
     *     and a different variant 1, built afresh on each call
     * @param instant the instant samples start from
     */
    public PublicApi(Class<?> anchor, Map<Class<?>, IntFunction<?>> registry, Instant instant) {
        this.module = anchor.getModule();
        if (!module.isNamed()) {
            throw new IllegalStateException(anchor + " must be in a named module, but ran on the class path");
        }
        try {
            this.location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        this.registry = registry;
        this.instant = instant;
        this.types = discover();
    }

    /**
     * Every public type, nested ones included, of every package exported to everyone.
     *
     * @return the types, sorted by name
     */
    public List<Class<?>> types() {
        return types;
    }

    /**
     * The concrete public types with public instance methods: each must yield a sample.
     *
     * @return the types
     */
    public List<Class<?>> instantiableTypes() {
        return types.stream().filter(t -> !t.isInterface() && !Modifier.isAbstract(t.getModifiers()))
                .filter(t -> Stream.of(t.getDeclaredMethods()).anyMatch(
                        m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())))
                .toList();
    }

    /**
     * Records and classes declaring {@code equals}.
     *
     * @return the types
     */
    public List<Class<?>> valueTypes() {
        return types.stream().filter(t -> !t.isEnum() && !t.isInterface())
                .filter(t -> t.isRecord() || declaresEquals(t)).toList();
    }

    private static boolean declaresEquals(Class<?> t) {
        try {
            t.getDeclaredMethod("equals", Object.class);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /**
     * A tester knowing a sample of every type of the API and of the registry.
     *
     * @return a new tester
     */
    public NullPointerTester tester() {
        NullPointerTester tester = new NullPointerTester();
        // The tester's own primitive defaults are zeros, below most of the model's lower bounds.
        tester.setDefault(int.class, 1);
        tester.setDefault(long.class, 1L);
        List<Class<?>> known = new ArrayList<>(types);
        known.addAll(registry.keySet());
        known.addAll(List.of(String.class, Duration.class, Instant.class, BigDecimal.class));
        for (Class<?> t : known) {
            if (!t.isInterface() || registry.containsKey(t)) {
                try {
                    setDefault(tester, t, sample(t, 0));
                } catch (IllegalStateException e) {
                    // No sample: the tester then names the type when a parameter needs one.
                }
            }
        }
        return tester;
    }

    @SuppressWarnings("unchecked")
    private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
        tester.setDefault(type, (T) value);
    }

    /**
     * A sample of a type; variants 0 and 1 differ, and each call builds a new instance.
     *
     * @param type the type
     * @param variant 0 or 1
     * @return the sample
     * @throws IllegalStateException when the type needs a registry entry
     */
    public Object sample(Class<?> type, int variant) {
        IntFunction<?> r = registry.get(type);
        if (r != null) {
            return r.apply(variant);
        }
        if (type == String.class) {
            return variant == 0 ? "a1" : "b2";
        }
        if (type == int.class || type == Integer.class) {
            return 1 + variant;
        }
        if (type == long.class || type == Long.class) {
            return 1L + variant;
        }
        if (type == double.class || type == Double.class) {
            return 1.0 + variant;
        }
        if (type == boolean.class || type == Boolean.class) {
            return variant != 0;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(1 + variant);
        }
        if (type == Duration.class) {
            return Duration.ofHours(1 + variant);
        }
        if (type == Instant.class) {
            return instant.plusSeconds(3600L * variant);
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type == List.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == SortedSet.class) {
            return new TreeSet<>();
        }
        if (type == SortedMap.class) {
            return new TreeMap<>();
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[Math.min(variant, constants.length - 1)];
        }
        if (type.isRecord()) {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Object[] args = new Object[components.length];
            for (int i = 0; i < args.length; i++) {
                args[i] = sample(parameterTypes[i], variant);
            }
            try {
                Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
                return canonical.newInstance(args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(type.getName() + " needs a registry sample: building it from "
                        + "component samples failed with " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + " needs a registry sample", e);
            }
        }
        throw new IllegalStateException(type.getName() + " needs a registry sample");
    }

    /**
     * Runs a check on every type, collecting each type's failure, so one run reports them all.
     *
     * @param types the types to check
     * @param check the check of one type, failing with an assertion error or a runtime exception
     * @throws AssertionError listing every failure
     */
    public static void forEach(List<Class<?>> types, java.util.function.Consumer<Class<?>> check) {
        List<String> failures = new ArrayList<>();
        for (Class<?> t : types) {
            try {
                check.accept(t);
            } catch (AssertionError | RuntimeException e) {
                failures.add(t.getName() + ": " + e);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " type(s) failed:\n" + String.join("\n", failures));
        }
    }

    private List<Class<?>> discover() {
        ModuleDescriptor descriptor = module.getDescriptor();
        List<Class<?>> found = new ArrayList<>();
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (export.isQualified()) {
                continue;
            }
            Path dir = location.resolve(export.source().replace('.', '/'));
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String simple = f.getFileName().toString().replace(".class", "");
                    if (simple.equals("package-info")) {
                        continue;
                    }
                    Class<?> c = Class.forName(export.source() + "." + simple, false, module.getClassLoader());
                    if (isPublicApi(c)) {
                        found.add(c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return List.copyOf(found);
    }

    private static boolean isPublicApi(Class<?> c) {
        if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass()) {
            return false;
        }
        for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
            if (!Modifier.isPublic(k.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
