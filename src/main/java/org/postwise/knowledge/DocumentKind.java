package org.postwise.knowledge;

/** What kind of file a knowledge document was read from. */
public enum DocumentKind {
    /** A review paper saved as a web page, in {@code seeds/}. */
    SEED,
    /** A guideline card with front matter, in {@code knowledge/}. */
    CARD,
    /** A weekly tip card, in {@code knowledge/tips/}. */
    TIP,
    /**
     * An out-of-scope situation, in {@code knowledge/scope/}: questions Postwise declines (lawsuits, clinical care,
     * tech support…), with the reply that says why and where to go instead. Its title and questions are retrieval
     * keys; its text is never quoted as evidence.
     */
    SCOPE,
    /**
     * A question about Postwise itself, in {@code knowledge/about/}: what it is, where its answers come from, what it
     * keeps of a question. Like a scope card, its title and questions are retrieval keys and its text is the reply,
     * never quoted as evidence.
     */
    ABOUT,
    /** An institution's own policy file (.md without front matter, .txt, .html, .pdf) in {@code knowledge/}. */
    POLICY
}
