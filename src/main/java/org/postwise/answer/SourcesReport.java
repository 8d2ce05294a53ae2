package org.postwise.answer;

import java.util.List;

/**
 * What is indexed, for {@code /sources}.
 *
 * @param indexVersion  version of the index in service
 * @param passages      number of passages
 * @param documents     one line per document, grouped by kind
 */
public record SourcesReport(String indexVersion, int passages, List<DocumentLine> documents) {

    public SourcesReport {
        documents = List.copyOf(documents);
    }

    /** One indexed document. */
    public record DocumentLine(String kind, String id, String title, String citation, String link, int passages) {
    }

    /** Plain-text rendering, used by the console and as Discord's fallback. */
    public String toText() {
        var out = new StringBuilder();
        out.append("Indexed: ").append(documents.size()).append(" documents, ").append(passages)
                .append(" passages (index version ").append(indexVersion).append(")\n");
        String kind = null;
        for (DocumentLine d : documents) {
            if (!d.kind().equals(kind)) {
                kind = d.kind();
                out.append('\n').append(kind).append(":\n");
            }
            out.append("- ").append(d.title()).append(" (").append(d.citation());
            if (d.link() != null) {
                out.append(", ").append(d.link());
            }
            out.append(")\n");
        }
        return out.toString().strip();
    }
}
