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
 * @param marked    the sentences of a card's prose that fit only some askers ({@code [when: …]} or
 *                  {@code [unless: …]} at their end); empty for other files and for most cards
 * @param askers    the askers the whole card fits better or worse (front matter {@code when:} and {@code unless:});
 *                  {@link AskerCues#NONE} for other files and for most cards
 */
public record KnowledgeDocument(String id, DocumentKind kind, Path path, String title, String topic,
                                List<String> tags, List<String> questions, List<SourceRef> sources,
                                List<Guidance> guidance, List<Passage> passages, List<MarkedSentence> marked,
                                AskerCues askers) {

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
        marked = List.copyOf(marked);
        Objects.requireNonNull(askers, "askers");
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("document " + id + " has no source");
        }
    }

    /** A document that names no askers of its own. */
    public KnowledgeDocument(String id, DocumentKind kind, Path path, String title, String topic, List<String> tags,
                             List<String> questions, List<SourceRef> sources, List<Guidance> guidance,
                             List<Passage> passages, List<MarkedSentence> marked) {
        this(id, kind, path, title, topic, tags, questions, sources, guidance, passages, marked, AskerCues.NONE);
    }

    /** A document none of whose sentences is marked for some askers only. */
    public KnowledgeDocument(String id, DocumentKind kind, Path path, String title, String topic, List<String> tags,
                             List<String> questions, List<SourceRef> sources, List<Guidance> guidance,
                             List<Passage> passages) {
        this(id, kind, path, title, topic, tags, questions, sources, guidance, passages, List.of(), AskerCues.NONE);
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
