package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading one file gave: a document, or the problems that kept it out of the knowledge base.
 * Readers return this instead of throwing so that one bad file never stops the others.
 *
 * @param document the document, empty when the file had problems
 * @param problems the problems, empty when a document was read
 */
public record ReadOutcome(Optional<KnowledgeDocument> document, List<KnowledgeProblem> problems) {

    public ReadOutcome {
        Objects.requireNonNull(document, "document");
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
        if (document.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("an outcome has either a document or problems, not both or neither");
        }
    }

    /** A file that read cleanly. */
    public static ReadOutcome of(KnowledgeDocument document) {
        return new ReadOutcome(Optional.of(Objects.requireNonNull(document, "document")), List.of());
    }

    /** A file that could not be used, with at least one reason. */
    public static ReadOutcome failed(List<KnowledgeProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a failed outcome needs at least one problem");
        }
        return new ReadOutcome(Optional.empty(), problems);
    }

    /** A file that could not be used for one reason. */
    public static ReadOutcome failed(KnowledgeProblem problem) {
        return failed(List.of(Objects.requireNonNull(problem, "problem")));
    }
}
