package org.postwise.tips;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;

/**
 * A weekly tip: a card under {@code knowledge/tips/}, as the knowledge base loaded it.
 *
 * @param id       the card's id ({@code tip-01-...})
 * @param title    its title
 * @param body     its prose, as plain text
 * @param guidance its "What to do" bullets
 * @param sources  the works its text and bullets cite, in front-matter order (never Postwise's own advice)
 * @param path     the card's file, for messages to the team
 */
public record Tip(String id, String title, String body, List<String> guidance, List<SourceRef> sources, Path path) {

    private static final String WHAT_TO_DO = "what to do";

    public Tip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        guidance = List.copyOf(guidance);
        sources = List.copyOf(sources);
        Objects.requireNonNull(path, "path");
    }

    /** The tip a document holds, if it is a tip card. */
    public static Optional<Tip> of(KnowledgeDocument document) {
        if (document.kind() != DocumentKind.TIP) {
            return Optional.empty();
        }
        String body = document.passages().stream()
                .filter(p -> !p.section().equalsIgnoreCase(WHAT_TO_DO))
                .map(Passage::text)
                .collect(Collectors.joining(" "));
        var cited = new java.util.HashSet<SourceRef>();
        document.passages().forEach(p -> cited.addAll(p.sources()));
        document.guidance().forEach(g -> cited.addAll(g.sources()));
        List<SourceRef> sources = document.sources().stream().filter(cited::contains).toList();
        return Optional.of(new Tip(document.id(), document.title(), body,
                document.guidance().stream().map(Guidance::text).toList(), sources, document.path()));
    }

    /** The first work it cites: the one a post links to. */
    public Optional<SourceRef> source() {
        return sources.stream().findFirst();
    }
}
