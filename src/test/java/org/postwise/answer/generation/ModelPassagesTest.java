package org.postwise.answer.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private static List<String> texts(ModelPassages passages) {
        return passages.passages().stream().map(ScoredPassage::passage).map(Passage::text).toList();
    }

    @Test
    void leaves_out_a_passage_resting_on_another_countrys_law_for_an_asker_who_works_elsewhere() {
        // when
        var passages = ModelPassages.of(ReviewCardWithAUsRule.retrieval(), 5, Optional.of("IE"));
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
        var rule = new Passage(id + "#1", id, title, DocumentKind.CARD, ReviewCardWithAUsRule.HIPAA, "Summary",
                "HIPAA's Safe Harbor method lists eighteen identifiers to remove.");
        var step = new Passage(id + "#2", id, title, DocumentKind.CARD, SourceRef.OWN_ADVICE, "What to do",
                "Remove every identifier before sharing a case.");
        var card = new KnowledgeDocument(id, DocumentKind.CARD, Path.of(id + ".md"), title, "identifiers", List.of(),
                List.of(), List.of(ReviewCardWithAUsRule.HIPAA),
                List.of(new Guidance(step.text(), List.of(SourceRef.OWN_ADVICE))),
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
        var passages = ModelPassages.of(ReviewCardWithAUsRule.retrieval(), 5, Optional.empty());
        // then
        assertThat(texts(passages)).anyMatch(t -> t.contains("HIPAA"));
    }
}
