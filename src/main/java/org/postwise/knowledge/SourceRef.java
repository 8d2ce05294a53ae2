package org.postwise.knowledge;

import java.util.Objects;

/**
 * Where a passage comes from, as shown to users: a title, a short citation
 * ("Grajales et al., J Med Internet Res 2014") and a DOI or URL.
 *
 * @param title    full title of the cited work
 * @param citation short citation shown in answers; never blank
 * @param doi      DOI without the resolver prefix, or {@code null}
 * @param url      URL of the work when it has no DOI, or {@code null}
 */
public record SourceRef(String title, String citation, String doi, String url) {

    /**
     * What a card's unmarked words cite: Postwise's own advice, shown as such and never as a published body's.
     */
    public static final SourceRef OWN_ADVICE = new SourceRef("Postwise's own advice", "Postwise", null, null);

    public SourceRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation must not be blank");
        }
        doi = blankToNull(doi);
        url = blankToNull(url);
    }

    /** Whether this is {@link #OWN_ADVICE}: Postwise's words, not a published body's. */
    public boolean isOwnAdvice() {
        return equals(OWN_ADVICE);
    }

    /**
     * What makes two references the same work: the DOI, else the URL, else the citation (case-insensitive), so
     * two cards citing one body share one number in an answer.
     */
    public String workKey() {
        String key = doi != null ? "doi:" + doi : url != null ? "url:" + url : "cite:" + citation;
        return key.toLowerCase(java.util.Locale.ROOT);
    }

    /** The link a reader follows: the DOI resolver for a DOI, else the URL, else {@code null}. */
    public String link() {
        if (doi != null) {
            return "https://doi.org/" + doi;
        }
        return url;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
