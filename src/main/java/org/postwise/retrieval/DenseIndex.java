package org.postwise.retrieval;

import java.util.List;

/**
 * Unit-length vectors held in one flat array: the index's passages, keys and statements, and a guard's exemplars.
 * There are a few hundred to a few thousand, so an exact scan (one dot product each) costs well under a
 * millisecond and needs no ANN index.
 */
public final class DenseIndex {

    private final float[] vectors;
    private final int dimension;
    private final int size;

    /**
     * @throws IllegalArgumentException if {@code dimension} is below 1 or a vector has another dimension
     */
    public DenseIndex(List<float[]> unitVectors, int dimension) {
        if (dimension < 1) {
            throw new IllegalArgumentException("dimension must be >= 1 but was " + dimension);
        }
        this.dimension = dimension;
        this.size = unitVectors.size();
        this.vectors = new float[size * dimension];
        for (int i = 0; i < size; i++) {
            float[] v = unitVectors.get(i);
            if (v.length != dimension) {
                throw new IllegalArgumentException(
                        "vector " + i + " has dimension " + v.length + ", expected " + dimension);
            }
            System.arraycopy(v, 0, vectors, i * dimension, dimension);
        }
    }

    /**
     * Cosine similarity of {@code unitQuery} with every vector, indexed by ordinal.
     *
     * @throws IllegalArgumentException if {@code unitQuery} has another dimension
     */
    public double[] similarities(float[] unitQuery) {
        if (unitQuery.length != dimension) {
            throw new IllegalArgumentException(
                    "query has dimension " + unitQuery.length + ", expected " + dimension);
        }
        var out = new double[size];
        for (int i = 0; i < size; i++) {
            int base = i * dimension;
            double dot = 0;
            for (int d = 0; d < dimension; d++) {
                dot += vectors[base + d] * unitQuery[d];
            }
            out[i] = dot;
        }
        return out;
    }

    /** Cosine similarity of the vectors at positions {@code a} and {@code b}. */
    double similarity(int a, int b) {
        int ba = a * dimension;
        int bb = b * dimension;
        double dot = 0;
        for (int d = 0; d < dimension; d++) {
            dot += vectors[ba + d] * vectors[bb + d];
        }
        return dot;
    }

    int dimension() {
        return dimension;
    }

    static float[] normalize(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v.clone();
        }
        var out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
