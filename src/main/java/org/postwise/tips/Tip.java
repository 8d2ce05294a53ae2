package org.postwise.tips;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postwise.knowledge.DocumentKind;
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
 * @param source   the work it rests on (the card's first source)
 * @param path     the card's file, for messages to the team
 */
public record Tip(String id, String title, String body, List<String> guidance, SourceRef source, Path path) {

    private static final String WHAT_TO_DO = "what to do";

    public Tip {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        guidance = List.copyOf(guidance);
        Objects.requireNonNull(source, "source");
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
        return Optional.of(new Tip(document.id(), document.title(), body, document.guidance(),
                document.primarySource(), document.path()));
    }
}
