package org.postwise.retrieval;

/**
 * Finds the passages of the knowledge base that bear on a question and judges whether they cover it.
 * Implementations are thread-safe; one call reads one index version from start to end.
 */
public interface PassageRetriever {

    /**
     * @param question the question, already checked by the guards
     * @param limit    how many passages to return at most, {@code >= 1}
     */
    Retrieval retrieve(String question, int limit);
}
