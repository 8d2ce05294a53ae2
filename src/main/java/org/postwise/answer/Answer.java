package org.postwise.answer;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What Postwise says to one question.
 *
 * @param id           short id of this answer (for feedback and error reports); never derived from the question
 * @param answered     false when Postwise abstained, warned or refused
 * @param text         the exact text a user sees
 * @param sources      passages the answer rests on, best first; every source cited in the text is among them
 * @param flags        safety flags raised ({@code phi}, {@code injection}, {@code too_long})
 * @param indexVersion version of the index the answer came from, or {@code ""} when none was used
 * @param confidence   how closely the material matches the question; {@link Confidence#NONE} when not answered
 * @param generatedBy  who wrote the text: {@value #EXTRACTIVE} (quoted from the material, or no answer from it), or
 *                     the name of the language model that wrote it
 * @param shortForm    true when a language model was meant to write the answer but the extractive one stands in
 *                     (the model was slow, failing or not grounded enough); never cached
 */
public record Answer(String id, boolean answered, String text, List<AnswerSource> sources, Set<String> flags,
                     String indexVersion, Confidence confidence, String generatedBy, boolean shortForm) {

    /** Flag for a question over the length limit. */
    public static final String TOO_LONG = "too_long";
    /** {@link #generatedBy()} of an answer quoted from the material without a language model. */
    public static final String EXTRACTIVE = "extractive";

    public Answer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sources = List.copyOf(sources);
        flags = Set.copyOf(flags);
        Objects.requireNonNull(indexVersion, "indexVersion");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(generatedBy, "generatedBy");
    }

    /** An answer written without a language model. */
    public Answer(String id, boolean answered, String text, List<AnswerSource> sources, Set<String> flags,
                  String indexVersion, Confidence confidence) {
        this(id, answered, text, sources, flags, indexVersion, confidence, EXTRACTIVE, false);
    }

    /** An answer that is not from the material (declined, warned, refused): no confidence to show. */
    public Answer(String id, boolean answered, String text, List<AnswerSource> sources, Set<String> flags,
                  String indexVersion) {
        this(id, answered, text, sources, flags, indexVersion, Confidence.NONE);
    }

    /** The same answer under another id (a cached answer is served with a fresh id). */
    Answer withId(String newId) {
        return new Answer(newId, answered, text, sources, flags, indexVersion, confidence, generatedBy, shortForm);
    }
}
