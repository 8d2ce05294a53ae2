package org.postwise.knowledge;

import java.util.Objects;

/**
 * The unit of retrieval: a few sentences of one document, with where they came from.
 *
 * @param id            stable id, unique in the knowledge base: {@code documentId + "#" + ordinal}
 * @param documentId    id of the document the passage belongs to
 * @param documentTitle title of that document (a card's title, a paper's title)
 * @param kind          kind of that document
 * @param source        the work the passage cites
 * @param section       section within the document ("Abstract: Results", "What to do", "References")
 * @param text          plain text (no markup) of the passage
 */
public record Passage(String id, String documentId, String documentTitle, DocumentKind kind,
                      SourceRef source, String section, String text) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage " + id + " has no text");
        }
    }
}
