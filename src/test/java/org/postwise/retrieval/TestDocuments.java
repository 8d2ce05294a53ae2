package org.postwise.retrieval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;

/** Small hand-made knowledge bases for retrieval tests. */
final class TestDocuments {

    static final SourceRef REVIEW = new SourceRef("A review of social media in medicine",
            "Reviewer et al., J Test 2014", "10.1000/test.1", null);

    private TestDocuments() {
    }

    static KnowledgeDocument card(String id, String title, List<String> guidance, String... texts) {
        return card(id, title, List.of(), guidance, texts);
    }

    static KnowledgeDocument card(String id, String title, List<String> tags, List<String> guidance, String... texts) {
        var passages = new ArrayList<Passage>();
        for (int i = 0; i < texts.length; i++) {
            passages.add(new Passage(id + "#" + (i + 1), id, title, DocumentKind.CARD, REVIEW, "Summary", texts[i]));
        }
        return new KnowledgeDocument(id, DocumentKind.CARD, Path.of("knowledge", id + ".md"), title,
                "test topic", tags, List.of(), List.of(REVIEW),
                guidance.stream().map(g -> new Guidance(g, List.of(REVIEW))).toList(), passages);
    }

    static List<KnowledgeDocument> socialMediaCards() {
        return List.of(
                card("mashups", "Mashups such as HealthMap", List.of("Check where a mashup's data comes from."),
                        "A mashup combines data from several sources into one view. HealthMap is a mashup that "
                                + "maps disease outbreaks from news and official reports."),
                card("microblogs", "Microblogs such as Twitter", List.of("Keep tweets professional."),
                        "Microblogs such as Twitter let clinicians share short updates and follow public health "
                                + "agencies during outbreaks."),
                card("friend-requests", "Friend requests from patients",
                        List.of("Decline friend requests from patients on personal accounts.",
                                "Point patients to the clinic's official channels."),
                        "Accepting a friend request from a patient blurs the boundary between personal and "
                                + "professional life. Professional bodies advise against friending patients on "
                                + "personal social networking accounts."),
                card("wikis", "Wikis such as Wikipedia", List.of("wiki", "encyclopedia"), List.of(),
                        "Wikis such as Wikipedia are edited collaboratively; health articles vary in quality."));
    }
}
