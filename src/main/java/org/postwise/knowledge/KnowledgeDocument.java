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
 * @param tags     a card's tags (lower case), possibly empty
 * @param sources  the works it cites; the first is the primary source its passages carry
 * @param guidance the card's "What to do" section as plain text lines, empty when it has none
 * @param passages its passages in document order
 */
public record KnowledgeDocument(String id, DocumentKind kind, Path path, String title, String topic,
                                List<String> tags, List<SourceRef> sources, List<String> guidance,
                                List<Passage> passages) {

    public KnowledgeDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        topic = topic == null ? "" : topic;
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        guidance = List.copyOf(guidance);
        passages = List.copyOf(passages);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " has no source");
        }
    }

    public SourceRef primarySource() {
        return sources.get(0);
    }
}
