package org.postwise.retrieval;

import java.util.Objects;
import org.postwise.knowledge.KnowledgeDocument;

/**
 * A document with the evidence for its rank.
 *
 * @param document  the document
 * @param score     its rank score: its best passage's fused score with its situation score added
 * @param situation how close the question is to the document's situation: the best cosine similarity with its
 *                  title or one of its {@code questions:} (0 for documents without them)
 */
public record ScoredDocument(KnowledgeDocument document, double score, double situation) {

    public ScoredDocument {
        Objects.requireNonNull(document, "document");
    }

    public String id() {
        return document.id();
    }
}
