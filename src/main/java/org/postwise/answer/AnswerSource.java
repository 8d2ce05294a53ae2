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

    static AnswerSource of(ScoredPassage sp) {
        var p = sp.passage();
        return new AnswerSource(p.source().doi(), p.source().link(), p.documentTitle(), p.source().citation(),
                p.section(), p.text(), sp.score());
    }
}
