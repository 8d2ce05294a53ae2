package org.postwise.answer.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.Retrieval;
import org.postwise.retrieval.RetrievalFixtures;
import org.postwise.retrieval.ScoredPassage;

class ModelPassagesTest {

    private static final SourceRef HIPAA = new SourceRef("45 CFR 164.514", "HIPAA Privacy Rule, 45 CFR 164.514", null,
            "https://www.ecfr.gov/current/title-45/section-164.514", Set.of("US"));
    private static final SourceRef GMC = new SourceRef("Using social media as a medical professional",
            "General Medical Council (UK), 2024", null, "https://www.gmc-uk.org/guidance");

    /** A card on replying to reviews: a US rule, guidance for anyone, and a step resting on the US rule. */
    private static Retrieval reviewQuestion() {
        String id = "reviews";
        String title = "Replying to an online review";
        var rule = new Passage(id + "#1", id, title, DocumentKind.CARD, HIPAA, "Summary",
                "Under the HIPAA Privacy Rule a reply to a review must not disclose health information.");
        var guidance = new Passage(id + "#2", id, title, DocumentKind.CARD, GMC, "Summary",
                "The GMC says doctors should not confirm online that someone is their patient.");
        var step = new Passage(id + "#3", id, title, DocumentKind.CARD, HIPAA, "What to do",
                "Never name the patient or their care in a reply to a review.");
        var card = new KnowledgeDocument(id, DocumentKind.CARD, Path.of(id + ".md"), title, "reviews", List.of(),
                List.of(), List.of(HIPAA, GMC), List.of(new Guidance(step.text(), List.of(HIPAA))),
                List.of(rule, guidance, step), List.of());
        PassageIndex index = RetrievalFixtures.index(List.of(card));
        return RetrievalFixtures.retrieval(index, "Can we reply to a bad review of the practice?", true);
    }

    private static List<String> texts(ModelPassages passages) {
        return passages.passages().stream().map(ScoredPassage::passage).map(Passage::text).toList();
    }

    @Test
    void leaves_out_a_passage_resting_on_another_countrys_law_for_an_asker_who_works_elsewhere() {
        // when
        var passages = ModelPassages.of(reviewQuestion(), 5, Optional.of("IE"));
        // then the rule goes, the guidance and the card's step stay
        assertThat(texts(passages)).noneMatch(t -> t.contains("HIPAA"))
                .anyMatch(t -> t.contains("The GMC says"))
                .anyMatch(t -> t.contains("Never name the patient"));
    }

    @Test
    void gives_a_passage_of_evidence_resting_on_another_countrys_law_when_no_other_evidence_is_left() {
        // given a card whose only evidence is a US rule
        String id = "identifiers";
        String title = "Identifiers under HIPAA";
        var rule = new Passage(id + "#1", id, title, DocumentKind.CARD, HIPAA, "Summary",
                "HIPAA's Safe Harbor method lists eighteen identifiers to remove.");
        var step = new Passage(id + "#2", id, title, DocumentKind.CARD, SourceRef.OWN_ADVICE, "What to do",
                "Remove every identifier before sharing a case.");
        var card = new KnowledgeDocument(id, DocumentKind.CARD, Path.of(id + ".md"), title, "identifiers", List.of(),
                List.of(), List.of(HIPAA), List.of(new Guidance(step.text(), List.of(SourceRef.OWN_ADVICE))),
                List.of(rule, step), List.of());
        Retrieval retrieval = RetrievalFixtures.retrieval(RetrievalFixtures.index(List.of(card)),
                "Which identifiers must go before I share a case?", true);
        // when
        var passages = ModelPassages.of(retrieval, 5, Optional.of("IE"));
        // then a rule from elsewhere says more than no evidence at all, as in the extractive answer
        assertThat(texts(passages)).anyMatch(t -> t.contains("Safe Harbor"));
    }

    @Test
    void gives_a_passage_resting_on_a_countrys_law_when_the_askers_country_is_unknown() {
        // when
        var passages = ModelPassages.of(reviewQuestion(), 5, Optional.empty());
        // then
        assertThat(texts(passages)).anyMatch(t -> t.contains("HIPAA"));
    }
}
