package org.postwise.retrieval;

/** Turns a question into a unit-length vector in the same space as the passage embeddings. */
public interface QueryEmbedder {

    float[] embed(String question);
}
