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

    public SourceRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(citation, "citation");
        if (citation.isBlank()) {
            throw new IllegalArgumentException("citation must not be blank");
        }
        doi = blankToNull(doi);
        url = blankToNull(url);
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
