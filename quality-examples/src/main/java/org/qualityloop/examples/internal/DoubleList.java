package org.qualityloop.examples.internal;

import java.util.Arrays;

/** A growable array of doubles, for the samples significance tests need. Not thread-safe. */
final class DoubleList {

    private double[] values = new double[64];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double sum() {
        double s = 0;
        for (int i = 0; i < size; i++) {
            s += values[i];
        }
        return s;
    }

    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
