package org.postwise.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Everything that was loaded from disk: the documents that are fine and the problems with those that
 * are not. One bad file never hides the others.
 */
public record KnowledgeBase(List<KnowledgeDocument> documents, List<KnowledgeProblem> problems) {

    public KnowledgeBase {
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
    }

    public List<Passage> passages() {
        return documents.stream().flatMap(d -> d.passages().stream()).toList();
    }
}
