package org.postwise.answer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
     * @param country    the ISO 3166 code of the country the asker says they work in ({@link AskerCountry}), if the
     *                   conversation names one: evidence resting only on another country's law or regulator is not
     *                   quoted to them, unless no evidence would be left
     */
    Composition compose(Retrieval retrieval, TemplateSet templates, Confidence confidence, Optional<String> country);

    /**
     * As {@link #compose(Retrieval, TemplateSet, Confidence, Optional)}, for a question whose words may leave the
     * process: a composer backed by a language model sends {@code question} with the retrieved passages and shows
     * the answer to {@code drafts} as it is written. A question flagged {@code phi} never comes here, not even
     * masked: it is composed by the method without the question's words.
     *
     * @param question the question as asked (or as condensed from its conversation)
     */
    default Composition compose(String question, Retrieval retrieval, TemplateSet templates, Confidence confidence,
                                Optional<String> country, DraftListener drafts) {
        return compose(retrieval, templates, confidence, country);
    }

    /**
     * An answer's text and the passages it returns as sources.
     *
     * @param text        the text a user sees
     * @param sources     the sources, best first; every work the text cites is among them
     * @param generatedBy {@link Answer#EXTRACTIVE}, or the name of the language model that wrote the text
     * @param shortForm   the extractive answer standing in for a language model's (see {@link Answer#shortForm()})
     */
    record Composition(String text, List<AnswerSource> sources, String generatedBy, boolean shortForm) {
        public Composition {
            Objects.requireNonNull(text, "text");
            sources = List.copyOf(sources);
            Objects.requireNonNull(generatedBy, "generatedBy");
        }

        /** A composition quoted from the material. */
        public Composition(String text, List<AnswerSource> sources) {
            this(text, sources, Answer.EXTRACTIVE, false);
        }
    }
}
