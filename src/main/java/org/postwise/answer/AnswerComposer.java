package org.postwise.answer;

import java.util.List;
import java.util.Objects;
import org.postwise.retrieval.Retrieval;

/**
 * Writes an answer from what retrieval found: "what the material says" and "what to do", with numbered citations
 * of the works they rest on, inside the answer template. Called only for covered, in-scope questions with at least
 * one passage. Implementations are thread-safe and never add a claim the retrieved material does not make.
 */
public interface AnswerComposer {

    /**
     * @param retrieval  what retrieval found for the question (its passages, documents, statements and vector)
     * @param templates  the templates of this answer (one version for the whole answer)
     * @param confidence how closely the material matches the question, shown in the answer
     */
    Composition compose(Retrieval retrieval, TemplateSet templates, Confidence confidence);

    /**
     * An answer's text and the passages it returns as sources.
     *
     * @param text    the text a user sees
     * @param sources the sources, best first; every work the text cites is among them
     */
    record Composition(String text, List<AnswerSource> sources) {
        public Composition {
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
        }
    }
}
