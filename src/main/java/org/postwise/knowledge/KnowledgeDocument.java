package org.postwise.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One file of the knowledge base after loading and cleaning.
 *
 * @param id       stable id: a card's {@code id}, a seed's {@code familyname-year}, a policy's file name without extension
 * @param kind     what kind of file it was
 * @param path     the file it was read from
 * @param title    human title
 * @param topic    a card's topic, or {@code ""}
 * @param tags      a card's tags (lower case), possibly empty
 * @param questions a card's {@code questions:}, the ways staff ask about its situation; empty for other files
 * @param sources   the works it cites, in front-matter order (a seed or policy file: itself)
 * @param guidance  the card's "What to do" actions, each with the bodies that say it; empty when it has none
 * @param passages  its passages in document order
 */
public record KnowledgeDocument(String id, DocumentKind kind, Path path, String title, String topic,
                                List<String> tags, List<String> questions, List<SourceRef> sources,
                                List<Guidance> guidance, List<Passage> passages) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        topic = topic == null ? "" : topic;
        tags = List.copyOf(tags);
        questions = List.copyOf(questions);
        sources = List.copyOf(sources);
        guidance = List.copyOf(guidance);
        passages = List.copyOf(passages);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " has no source");
        }
    }

    /** The first work it cites: a seed's or policy file's own reference, a card's first source. */
    public SourceRef primarySource() {
        return sources.get(0);
    }

    /** Whether it is a guideline card or a tip (both have titles, questions, sources and guidance). */
    public boolean isCard() {
        return kind == DocumentKind.CARD || kind == DocumentKind.TIP;
    }

    /**
     * Whether its text may be quoted and its passages returned as sources: everything but scope and about cards,
     * whose text is a reply of Postwise's own.
     */
    public boolean isMaterial() {
        return kind != DocumentKind.SCOPE && kind != DocumentKind.ABOUT;
    }
}
