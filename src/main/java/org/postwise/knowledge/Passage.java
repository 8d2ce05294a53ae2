package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * The unit of retrieval: a few sentences of one document, with where they came from.
 *
 * @param id            stable id, unique in the knowledge base: {@code documentId + "#" + ordinal}
 * @param documentId    id of the document the passage belongs to
 * @param documentTitle title of that document (a card's title, a paper's title)
 * @param kind          kind of that document
 * @param sources       the works its sentences rest on, at least one: a seed or policy file cites itself, a
 *                      card's passage cites the bodies its markers name, or {@link SourceRef#OWN_ADVICE} for a
 *                      card's own words (a card's passage never mixes sentences of different sources)
 * @param section       section within the document ("Abstract: Results", "What to do", "References")
 * @param text          plain text (no markup) of the passage
 */
public record Passage(String id, String documentId, String documentTitle, DocumentKind kind,
                      List<SourceRef> sources, String section, String text) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("passage " + id + " has no source");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("passage " + id + " has no text");
        }
    }

    /** A passage resting on one work. */
    public Passage(String id, String documentId, String documentTitle, DocumentKind kind, SourceRef source,
                   String section, String text) {
        this(id, documentId, documentTitle, kind, List.of(Objects.requireNonNull(source, "source")), section, text);
    }

    /** The first work the passage rests on: the one shown as its source. */
    public SourceRef source() {
        return sources.get(0);
    }
}
