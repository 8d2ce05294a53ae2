package org.postwise.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Where a passage comes from, as shown to users: a title, a short citation
 * ("Grajales et al., J Med Internet Res 2014") and a DOI or URL.
 *
 * @param title    full title of the cited work
 * @param citation short citation shown in answers; never blank
 * @param doi      DOI without the resolver prefix, or {@code null}
 * @param url      URL of the work when it has no DOI, or {@code null}
 * @param jurisdictions the countries (ISO 3166 two-letter codes, upper case) whose law or regulator the work is,
 *                 such as {@code US} for HIPAA or the NLRB; empty for guidance that applies wherever the asker works
 */
public record SourceRef(String title, String citation, String doi, String url, Set<String> jurisdictions) {

    /** ISO 3166 two-letter country codes. */
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

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
        jurisdictions = Set.copyOf(Objects.requireNonNull(jurisdictions, "jurisdictions"));
        for (String code : jurisdictions) {
            if (!COUNTRIES.contains(code)) {
                throw new IllegalArgumentException("jurisdiction '" + code
                        + "' is not an ISO 3166 two-letter country code in upper case, such as US or GB");
            }
        }
    }

    /** A work that applies wherever the asker works (no jurisdiction). */
    public SourceRef(String title, String citation, String doi, String url) {
        this(title, citation, doi, url, Set.of());
    }

    /** Whether {@code code} names a country: an ISO 3166 two-letter code in upper case. */
    public static boolean isCountry(String code) {
        return COUNTRIES.contains(code);
    }

    /**
     * Whether the work bears on an asker in {@code country}: always when the work has no jurisdiction or the asker's
     * country is unknown, else only when it is one of the work's. HIPAA does not bind a nurse in Manila.
     */
    public boolean appliesIn(Optional<String> country) {
        return jurisdictions.isEmpty() || country.isEmpty() || jurisdictions.contains(country.get());
    }

    /**
     * Whether what rests on {@code works} (a passage, a statement) bears on an asker in {@code country}: when one of
     * the works does. A sentence citing HIPAA and the AMA still bears on a nurse in Manila; one citing HIPAA alone
     * does not.
     */
    public static boolean anyAppliesIn(List<SourceRef> works, Optional<String> country) {
        return works.stream().anyMatch(work -> work.appliesIn(country));
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
