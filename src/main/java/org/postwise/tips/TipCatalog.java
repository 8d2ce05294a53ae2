package org.postwise.tips;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.retrieval.PassageIndex;

/**
 * The tips in service: read from the current index on every call, never cached, so tips added by a knowledge
 * reload join the rotation at once and removed ones leave it.
 */
public final class TipCatalog {

    private final Supplier<List<KnowledgeDocument>> documents;

    /** Tips of the index in service at the time of each call. */
    public TipCatalog(Supplier<PassageIndex> index) {
        Objects.requireNonNull(index, "index");
        this.documents = () -> index.get().documents();
    }

    /** The tips now in service, by id. */
    public List<Tip> current() {
        return documents.get().stream()
                .map(Tip::of)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Tip::id))
                .toList();
    }

    /** The tip with {@code id}, if it is still in service. */
    public Optional<Tip> find(String id) {
        return current().stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
