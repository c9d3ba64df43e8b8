package org.qualityloop.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.ActionChain;
import org.qualityloop.model.CaseId;
import org.qualityloop.workflow.cases.CaseEvent;
import org.qualityloop.workflow.loop.CaseEngineProperties;
import org.qualityloop.workflow.loop.CaseEngineProperties.Engine;

/**
 * The case engine's stateful property with the history's JSON round trip: the same random chains
 * of commands, clock moves and monitor runs as {@link CaseEngineProperties}, with its invariants
 * and, after every step, every case's history written and read back equal.
 */
class CaseEngineJsonProperties {

    @Property(tries = 200)
    void engineKeepsItsInvariantsAndHistoriesRoundTrip(@ForAll("chains") ActionChain<Engine> chain) {
        chain.withInvariant("engine invariants", CaseEngineProperties::checkAll)
                .withInvariant("history JSON round trip", CaseEngineJsonProperties::historiesRoundTrip)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Engine>> chains() {
        return new CaseEngineProperties().chains();
    }

    static void historiesRoundTrip(Engine e) {
        for (Map.Entry<CaseId, List<CaseEvent>> h : e.histories().entrySet()) {
            List<CaseEvent> history = h.getValue();
            CaseId id = h.getKey();
            assertThat(CaseHistoryJson.read(CaseHistoryJson.write(history))).as("JSON of %s", id).isEqualTo(history);
        }
    }
}
