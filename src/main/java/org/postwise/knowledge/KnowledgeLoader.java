package org.postwise.knowledge;

/**
 * Reads the knowledge base (seed pages, guideline cards, institution policy files) from wherever it is kept.
 * Implementations never throw for a bad file: they report it as a {@link KnowledgeProblem} and go on.
 */
public interface KnowledgeLoader {

    /** Loads, cleans and chunks every document; problems are collected, not thrown. */
    KnowledgeBase load();
}
