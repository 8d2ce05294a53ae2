package org.postwise.answer;

import java.util.Objects;
import org.postwise.retrieval.ScoredPassage;

/**
 * A passage an answer rests on, as shown to users and written by the batch command.
 *
 * @param doi      DOI of the cited work, or {@code null}
 * @param url      link to the cited work (the DOI resolver when there is a DOI), or {@code null}
 * @param title    title of the document the passage is from
 * @param citation short citation, as it appears in the answer text
 * @param section  section of the document
 * @param text     the passage in full
 * @param score    retrieval score, higher is better
 */
public record AnswerSource(String doi, String url, String title, String citation, String section, String text,
                           double score) {

    public AnswerSource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }

    /** One entry per work the passage rests on (most passages rest on one). */
    static java.util.List<AnswerSource> of(ScoredPassage sp) {
        return sp.passage().sources().stream().map(work -> of(sp.passage(), work, sp.score())).toList();
    }

    static AnswerSource of(org.postwise.knowledge.Passage p, org.postwise.knowledge.SourceRef work, double score) {
        return new AnswerSource(work.doi(), work.link(), p.documentTitle(), work.citation(), p.section(), p.text(),
                score);
    }
}
