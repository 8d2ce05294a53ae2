package org.postwise.answer;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;

/**
 * What answers can cite: the documents of the index in service, for {@code /sources}, and their links, the only
 * links a transport may post. Transports read the knowledge base through here, never through the index.
 */
public final class SourceCatalog {

    private final Supplier<PassageIndex> index;
    private final AtomicReference<VersionLinks> links = new AtomicReference<>();

    /** The links of one index version, computed once per version. */
    private record VersionLinks(String version, Set<String> links) {
    }

    /** Reads the index in service at every call, so a reload shows at once. */
    public SourceCatalog(Supplier<PassageIndex> index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * Every link of a source in the index in service. Computed once per index version, since transports ask for
     * it with every answer.
     */
    public Set<String> links() {
        PassageIndex snapshot = index.get();
        VersionLinks cached = links.get();
        if (cached != null && cached.version().equals(snapshot.version())) {
            return cached.links();
        }
        Set<String> computed = snapshot.documents().stream()
                .flatMap(d -> d.sources().stream())
                .map(SourceRef::link)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        links.set(new VersionLinks(snapshot.version(), computed));
        return computed;
    }

    /** What is indexed, grouped by kind. */
    public SourcesReport report() {
        PassageIndex snapshot = index.get();
        var lines = snapshot.documents().stream()
                .sorted(Comparator.comparing((KnowledgeDocument d) -> d.kind().ordinal())
                        .thenComparing(KnowledgeDocument::title))
                .map(d -> new SourcesReport.DocumentLine(label(d), d.id(), d.title(), d.primarySource().citation(),
                        d.primarySource().link(), d.passages().size()))
                .toList();
        return new SourcesReport(snapshot.version(), snapshot.size(), lines);
    }

    private static String label(KnowledgeDocument d) {
        return switch (d.kind()) {
            case SEED -> "Review papers";
            case CARD -> "Guideline cards";
            case TIP -> "Tips";
            case SCOPE -> "Questions Postwise declines";
            case ABOUT -> "Questions about Postwise";
            case POLICY -> "Institution policy";
        };
    }
}
