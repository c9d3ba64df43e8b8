package org.qualityloop.examples.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws one of several items with given weights, by inverse transform over cumulative weights
 * kept in the items' order. Immutable.
 *
 * @param <T> the item type
 */
final class Categorical<T> {

    private final List<T> items;
    private final double[] cumulative;

    Categorical(Map<T, Double> weights) {
        this.items = new ArrayList<>(weights.keySet());
        this.cumulative = new double[items.size()];
        double sum = 0;
        int i = 0;
        for (double w : weights.values()) {
            sum += w;
            cumulative[i++] = sum;
        }
        for (int j = 0; j < cumulative.length; j++) {
            cumulative[j] /= sum;
        }
    }

    T draw(Rng rng) {
        double u = rng.uniform();
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (u < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
