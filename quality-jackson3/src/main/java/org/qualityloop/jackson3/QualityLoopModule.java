package org.qualityloop.jackson3;

import org.qualityloop.jackson3.internal.ModuleSetup;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module that maps Quality Loop's types to the JSON shape documented in
 * {@code docs/json.md}: identifiers and codes as strings, instants and durations as ISO-8601
 * strings, the accumulators' mergeable forms, SLA policies and clocks, case outcomes and case
 * histories. It writes and reads the same JSON as {@code org.qualityloop.jackson.QualityLoopModule}
 * for Jackson 2: both register the same mix-ins.
 *
 * <p>Add it to the builder of the mapper your application already has (Jackson 3 reads
 * {@code java.time} types and {@code Optional} without further modules):
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *         .addModule(new QualityLoopModule())
 *         .build();
 * }</pre>
 *
 * <p>In a Spring Boot 4 application, declaring the module as a bean is enough: Spring Boot adds
 * every {@code JacksonModule} bean to the mapper it builds.
 *
 * <p>The module declares how each type is written and read; reading applies every rule of the
 * type's factory. Strictness that Jackson offers only per mapper (duplicate keys, unknown
 * properties, coercion of scalars, property order, enums by name) is switched on by
 * {@link QualityLoopJson#configure}.
 *
 * <p>Instances are immutable and may be registered on any number of mappers.
 */
public final class QualityLoopModule extends JacksonModule {

    /** Creates the module. */
    public QualityLoopModule() {
    }

    /**
     * The module's name.
     *
     * @return {@code "QualityLoopModule"}
     */
    @Override
    public String getModuleName() {
        return "QualityLoopModule";
    }

    /**
     * The module's version, which Jackson only reports.
     *
     * @return {@link Version#unknownVersion()}
     */
    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    /**
     * The key by which a builder keeps one registration of this module however often it is added.
     *
     * @return the class name
     */
    @Override
    public Object getRegistrationId() {
        return QualityLoopModule.class.getName();
    }

    /**
     * Registers the mix-ins and the ISO-8601 instant and duration deserializers.
     *
     * @param context Jackson's set-up context, not null
     */
    @Override
    public void setupModule(SetupContext context) {
        ModuleSetup.setup(context);
    }
}
