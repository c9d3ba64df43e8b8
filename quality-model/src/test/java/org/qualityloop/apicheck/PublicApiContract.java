package org.qualityloop.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * "No nulls in the API", checked over every public type of every package a module exports: each
 * public constructor, static method and instance method refuses a null argument with a
 * {@code NullPointerException} naming it, and the value types honour {@code equals} and
 * {@code hashCode}. A module's test extends it with a class of the module and the samples the
 * generic builder of {@link PublicApi} cannot invent.
 */
public abstract class PublicApiContract {

    private PublicApi api;

    /** For subclasses. */
    protected PublicApiContract() {
    }

    /**
     * A class of the module under test.
     *
     * @return the class
     */
    protected abstract Class<?> anchor();

    /**
     * Samples of the types the generic builder cannot invent.
     *
     * @return variant 0 and a different variant 1 of each type, built afresh on each call
     */
    protected abstract Map<Class<?>, IntFunction<?>> registry();

    /**
     * The instant samples start from.
     *
     * @return the instant
     */
    protected Instant instant() {
        return Instant.parse("2026-03-02T09:00:00Z");
    }

    /**
     * Members whose null arguments the tester skips: each is a documented exception to "no nulls
     * in the API", saying in its own documentation which parameter may be null and why.
     *
     * @return the members, none by default
     */
    protected List<Executable> documentedNullable() {
        return List.of();
    }

    private NullPointerTester tester() {
        NullPointerTester tester = api().tester();
        for (Executable e : documentedNullable()) {
            if (e instanceof Constructor<?> c) {
                tester.ignore(c);
            } else {
                tester.ignore((Method) e);
            }
        }
        return tester;
    }

    private PublicApi api() {
        if (api == null) {
            api = new PublicApi(anchor(), registry(), instant());
        }
        return api;
    }

    @Test
    void discovery_findsEveryExportedPackage() {
        ModuleDescriptor descriptor = anchor().getModule().getDescriptor();
        assertThat(api().types()).extracting(Class::getPackageName).containsAll(
                descriptor.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).toList());
    }

    @Test
    void everyPublicConstructorAndStaticMethod_refusesNull() {
        NullPointerTester tester = tester();
        PublicApi.forEach(api().types(), type -> {
            tester.testAllPublicConstructors(type);
            tester.testAllPublicStaticMethods(type);
        });
    }

    @Test
    void everyPublicInstanceMethod_refusesNull() {
        NullPointerTester tester = tester();
        PublicApi.forEach(api().instantiableTypes(), type -> tester.testAllPublicInstanceMethods(api().sample(type, 0)));
    }

    @Test
    void valueTypes_equalByValue() {
        PublicApi.forEach(api().valueTypes(), type -> {
            EqualsTester tester = new EqualsTester().addEqualityGroup(api().sample(type, 0), api().sample(type, 0));
            // A record without components has one value: there is no second group to tell apart.
            if (!type.isRecord() || type.getRecordComponents().length > 0) {
                tester.addEqualityGroup(api().sample(type, 1));
            }
            tester.testEquals();
        });
    }
}
