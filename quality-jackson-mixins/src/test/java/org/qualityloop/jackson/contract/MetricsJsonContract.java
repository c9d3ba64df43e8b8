package org.qualityloop.jackson.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.qualityloop.metrics.MergeProperties;

/**
 * Every partial aggregate of every accumulator kind of {@link MergeProperties#kinds()} survives
 * its JSON form unchanged, and writing what was read gives the same text.
 */
public abstract class MetricsJsonContract {

    /**
     * The JSON module under test.
     *
     * @return its codec
     */
    protected abstract JsonCodec codec();


    @Provide
    Arbitrary<List<Integer>> observations() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMaxSize(200);
    }

    @Property(tries = 200)
    void everyAccumulator_partialAggregates_roundTripThroughJson(@ForAll("observations") List<Integer> values,
            @ForAll @IntRange(max = 100) int at) throws Exception {
        int i = values.size() * at / 100;
        for (MergeProperties.Kind<?> kind : MergeProperties.kinds()) {
            check(kind, values.subList(0, i));
            check(kind, values.subList(i, values.size()));
            check(kind, values);
        }
    }

    private <A> void check(MergeProperties.Kind<A> kind, List<Integer> values) throws Exception {
        A part = kind.accumulate(values);
        String json = codec().write(part);
        A back = codec().read(json, kind.type());
        assertThat(back).as(kind.name() + " JSON").isEqualTo(part);
        assertThat(codec().write(back)).as(kind.name() + " JSON text").isEqualTo(json);
    }
}
