package org.postwise.answer.generation;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.RetrievalFixtures;

/** A card on replying to reviews: a US rule, guidance for anyone, and a step resting on the US rule. */
final class ReviewCardWithAUsRule {

    static final SourceRef HIPAA = new SourceRef("45 CFR 164.514", "HIPAA Privacy Rule, 45 CFR 164.514", null,
            "https://www.ecfr.gov/current/title-45/section-164.514", Set.of("US"));
    static final SourceRef GMC = new SourceRef("Using social media as a medical professional",
            "General Medical Council (UK), 2024", null, "https://www.gmc-uk.org/guidance");
    static final String RULE = "Under the HIPAA Privacy Rule a reply to a review must not disclose health information.";
    static final String GUIDANCE = "The GMC says doctors should not confirm online that someone is their patient.";
    static final String STEP = "Never name the patient or their care in a reply to a review.";
    static final String QUESTION = "Can we reply to a bad review of the practice?";

    private ReviewCardWithAUsRule() {
    }

    /** What retrieval finds for {@link #QUESTION} in an index of the card alone. */
    static Retrieval retrieval() {
        String id = "reviews";
        String title = "Replying to an online review";
        var rule = new Passage(id + "#1", id, title, DocumentKind.CARD, HIPAA, "Summary", RULE);
        var guidance = new Passage(id + "#2", id, title, DocumentKind.CARD, GMC, "Summary", GUIDANCE);
        var step = new Passage(id + "#3", id, title, DocumentKind.CARD, HIPAA, "What to do", STEP);
        var card = new KnowledgeDocument(id, DocumentKind.CARD, Path.of(id + ".md"), title, "reviews", List.of(),
                List.of(), List.of(HIPAA, GMC), List.of(new Guidance(step.text(), List.of(HIPAA))),
                List.of(rule, guidance, step), List.of());
        PassageIndex index = RetrievalFixtures.index(List.of(card));
        return RetrievalFixtures.retrieval(index, QUESTION, true);
    }
}
