package org.qualityloop.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import org.qualityloop.jackson.internal.ModuleSetup;

/**
 * The Jackson 2 module that maps Quality Loop's types to the JSON shape documented in
 * {@code docs/json.md}: identifiers and codes as strings, instants and durations as ISO-8601
 * strings, the accumulators' mergeable forms, SLA policies and clocks, case outcomes and case
 * histories.
 *
 * <p>Register it on the mapper your application already has:
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *         .addModule(new JavaTimeModule())
 *         .addModule(new Jdk8Module())
 *         .addModule(new QualityLoopModule())
 *         .build();
 * }</pre>
 *
 * <p>The module declares how each type is written and read; reading applies every rule of the
 * type's factory. Strictness that Jackson offers only per mapper (duplicate keys, unknown
 * properties, coercion of scalars) is switched on by {@link QualityLoopJson#configure}; see that
 * method for what a mapper configured otherwise still guarantees.
 *
 * <p>Instances are immutable and may be registered on any number of mappers.
 */
public final class QualityLoopModule extends Module {

    /** Creates the module. */
    public QualityLoopModule() {
    }

    @Override
    public String getModuleName() {
        return "QualityLoopModule";
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Object getTypeId() {
        return QualityLoopModule.class.getName();
    }

    @Override
    public void setupModule(SetupContext context) {
        ModuleSetup.setup(context);
    }
}
