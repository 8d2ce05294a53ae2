package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.rag.content.ContentMetadata;
import dev.langchain4j.rag.query.Query;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postwise.config.PostwiseConfig;
import org.postwise.config.RetrievalConfig;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;

class HybridPassageRetrieverTest {

    private static HybridPassageRetriever retriever;

    @BeforeAll
    static void buildIndex() {
        var build = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore())
                .build(TestDocuments.socialMediaCards());
        retriever = new HybridPassageRetriever(build::index,
                new CachingQueryEmbedder(SharedModel.get(), PostwiseConfig.DEFAULT_QUERY_PREFIX, 100),
                new SignalCoverageJudge(RetrievalConfig.DEFAULTS), RetrievalConfig.DEFAULTS);
    }

    @Test
    void reads_the_question_words_after_spelling_correction_with_small_words_kept() {
        // when
        Retrieval r = retriever.retrieve("can i ignore a frend reqest from a pateint", 3);
        // then
        assertThat(r.questionWords()).containsExactly("can", "i", "ignor", "a", "friend", "request", "from", "a",
                "patient");
    }

    @Test
    void ranks_the_passage_naming_the_platform_first() {
        // when
        Retrieval r = retriever.retrieve("What is HealthMap?", 3);
        // then
        assertThat(r.passages().get(0).passage().documentId()).isEqualTo("mashups");
    }

    @Test
    void finds_a_paraphrase_with_no_shared_keyword() {
        // "befriend" and "someone I treat" share no stemmed term with the card
        Retrieval r = retriever.retrieve("Should I befriend someone I treat on Facebook?", 3);
        assertThat(r.passages().get(0).passage().documentId()).isEqualTo("friend-requests");
    }

    @Test
    void abstains_when_the_question_is_off_topic() {
        Retrieval r = retriever.retrieve("How much ibuprofen can an adult take in a day?", 3);
        assertThat(r.coverage().covered()).isFalse();
    }

    @Test
    void abstains_when_the_question_has_no_content_words() {
        Retrieval r = retriever.retrieve("what is it?", 3);
        assertThat(r.coverage().covered()).isFalse();
        assertThat(r.coverage().reason()).isEqualTo("no content words");
    }

    @Test
    void returns_at_most_the_limit_best_first() {
        Retrieval r = retriever.retrieve("Twitter for public health outbreaks", 2);
        assertThat(r.passages()).hasSize(2);
        assertThat(r.passages().get(0).score()).isGreaterThanOrEqualTo(r.passages().get(1).score());
    }

    @Test
    void serves_langchain4j_content_with_source_metadata() {
        // when
        var contents = retriever.retrieve(Query.from("What is a mashup?"));
        // then
        assertThat(contents).isNotEmpty();
        var first = contents.get(0);
        assertThat(first.textSegment().text()).contains("mashup");
        assertThat(first.textSegment().metadata().getString("doi")).isEqualTo("10.1000/test.1");
        assertThat(first.textSegment().metadata().getString("citation")).isEqualTo("Reviewer et al., J Test 2014");
        assertThat(first.metadata()).containsKey(ContentMetadata.SCORE);
    }

    @Test
    void serves_no_content_when_the_material_does_not_cover_the_query() {
        assertThat(retriever.retrieve(Query.from("What's the weather like in Toronto tomorrow?"))).isEmpty();
    }

    @Test
    void ranks_first_the_card_whose_situation_fits_over_one_whose_passage_shares_more_words() {
        // given a card whose passage repeats the question's words about another situation, and a card whose
        // own questions describe the situation asked about in other words
        var wordy = TestDocuments.card("patients-unnamed", "Writing about a patient without names", List.of(),
                "Do not post mocking remarks about patients on Facebook, even when you do not name them.",
                "Posts mocking a patient's looks or accent can identify the patient.");
        var situation = new KnowledgeDocument("staff-bullying", DocumentKind.CARD,
                Path.of("knowledge", "staff-bullying.md"), "A colleague bullies another staff member online",
                "colleagues", List.of(), List.of("As a manager, what do I do when one of my staff bullies a new "
                        + "colleague online?", "A coworker keeps making fun of a new nurse in posts, is that bullying?",
                        "A senior nurse ridicules how a new starter talks, in posts; what should her manager do?"),
                List.of(TestDocuments.REVIEW), List.of(), List.of(new Passage("staff-bullying#1", "staff-bullying",
                        "A colleague bullies another staff member online", DocumentKind.CARD, TestDocuments.REVIEW,
                        "Summary", "Bullying a colleague online breaches professional standards.")));
        var build = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore(),
                KnownWords.shipped())
                .build(List.of(wordy, situation));
        var retriever = new HybridPassageRetriever(build::index,
                new CachingQueryEmbedder(SharedModel.get(), PostwiseConfig.DEFAULT_QUERY_PREFIX, 100),
                new SignalCoverageJudge(RetrievalConfig.DEFAULTS), RetrievalConfig.DEFAULTS);
        // when
        Retrieval r = retriever.retrieve("A preceptor posted on Facebook mocking her new orientee's looks and "
                + "accent. What should I do as the unit manager?", 3);
        // then
        assertThat(r.documents().get(0).id()).isEqualTo("staff-bullying");
    }

    @Test
    void scores_guideline_cards_the_same_whatever_the_scope_cards_ask() {
        // given the same cards, once alone and once beside a scope card whose questions share the question's words
        var lawsuits = new KnowledgeDocument("scope-legal", DocumentKind.SCOPE, Path.of("knowledge", "scope",
                "legal.md"), "Lawsuits and legal disputes", "out of scope", List.of(),
                List.of("A coworker posted lies about me on Facebook, can I sue her?",
                        "Do I need a lawyer if a patient posts about me on Facebook?"),
                List.of(SourceRef.OWN_ADVICE), List.of(), List.of());
        var withScope = new java.util.ArrayList<>(TestDocuments.socialMediaCards());
        withScope.add(lawsuits);
        String question = "A coworker posted about a patient on Facebook, what should I do?";
        // when
        var alone = retrieverOver(TestDocuments.socialMediaCards()).retrieve(question, 5);
        var beside = retrieverOver(withScope).retrieve(question, 5);
        // then
        assertThat(beside.documents()).anySatisfy(d -> assertThat(d.id()).isEqualTo("scope-legal"));
        assertThat(materialScores(beside)).isEqualTo(materialScores(alone));
    }

    @Test
    void ranks_first_the_card_for_the_askers_named_over_the_card_not_for_them() {
        // given a card on patients' own friend requests and one on patients' relatives, which the question's words
        // (a friend request) favour the first of, once as they are and once naming their askers
        var relativesOfPatients = new AskerCues.Condition(
                List.of(List.of("daughter", "son", "wife"), List.of("patient")));
        String question = "My patient's daughter sent me a friend request on Facebook. Should I accept it?";
        // when
        var unnamed = retrieverOver(List.of(friendRequests(AskerCues.NONE), relativesCard(AskerCues.NONE)))
                .retrieve(question, 3);
        var named = retrieverOver(List.of(
                friendRequests(new AskerCues(List.of(), List.of(relativesOfPatients))),
                relativesCard(new AskerCues(List.of(relativesOfPatients), List.of())))).retrieve(question, 3);
        // then
        assertThat(unnamed.documents().get(0).id()).isEqualTo("friend-requests");
        assertThat(named.documents().get(0).id()).isEqualTo("relatives");
    }

    @Test
    void ranks_a_card_lower_when_its_unless_names_the_askers() {
        // given the friend-request card once as it is and once not for requests from a clinical instructor
        var notForTeachers = friendRequests(new AskerCues(List.of(), List.of(new AskerCues.Condition(
                List.of(List.of("clinical instructor", "my preceptor"))))));
        String question = "My clinical instructor sent me a friend request. Should I accept it?";
        // when
        var plain = retrieverOver(List.of(friendRequests(AskerCues.NONE), relativesCard(AskerCues.NONE)))
                .retrieve(question, 3);
        var unless = retrieverOver(List.of(notForTeachers, relativesCard(AskerCues.NONE))).retrieve(question, 3);
        // then
        assertThat(materialScores(unless).get("friend-requests")).isLessThan(materialScores(plain).get("friend-requests"));
    }

    @Test
    void scores_a_passage_alike_when_it_falls_past_the_lexical_cut() {
        // given the same index read with one candidate from each ranking instead of thirty
        var d = RetrievalConfig.DEFAULTS;
        var narrow = new RetrievalConfig(1, d.fusion(), d.denseWeight(), d.rrfK(), d.minDense(), d.strongDense(),
                d.minTermCoverage(), d.situationWeight(), d.strongSituation(), d.topicSituation());
        var build = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore())
                .build(TestDocuments.socialMediaCards());
        var oneCandidate = new HybridPassageRetriever(build::index,
                new CachingQueryEmbedder(SharedModel.get(), PostwiseConfig.DEFAULT_QUERY_PREFIX, 100),
                new SignalCoverageJudge(narrow), narrow);
        String question = "Should I accept a friend request from a patient who follows me on Twitter?";
        // when
        var few = scoresById(oneCandidate.retrieve(question, 10));
        var many = scoresById(retriever.retrieve(question, 10));
        // then a passage ranked by both is scored alike, though it is past the one lexical hit taken
        assertThat(few.keySet()).isNotEmpty().allSatisfy(id ->
                assertThat(few.get(id)).as(id).isCloseTo(many.get(id), within(1e-9)));
    }

    private static Map<String, Double> scoresById(Retrieval r) {
        var scores = new TreeMap<String, Double>();
        r.passages().forEach(sp -> scores.put(sp.passage().id(), sp.score()));
        return scores;
    }

    private static KnowledgeDocument friendRequests(AskerCues askers) {
        var card = TestDocuments.socialMediaCards().stream().filter(d -> d.id().equals("friend-requests")).findFirst()
                .orElseThrow();
        return new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(), card.topic(), card.tags(),
                List.of("Is it ok to be Facebook friends with my patients?"), card.sources(), card.guidance(),
                card.passages(), List.of(), askers);
    }

    private static KnowledgeDocument relativesCard(AskerCues askers) {
        return new KnowledgeDocument("relatives", DocumentKind.CARD, Path.of("knowledge", "relatives.md"),
                "A patient's relative contacts you online", "contact with patients", List.of(),
                List.of("My patient's wife wants to be friends on Facebook"),
                List.of(TestDocuments.REVIEW),
                List.of(), List.of(new Passage("relatives#1", "relatives", "A patient's relative contacts you online",
                        DocumentKind.CARD, TestDocuments.REVIEW, "Summary",
                        "Relatives who send staff a friend request or a message online should be pointed to the "
                                + "ward's official line.")),
                List.of(), askers);
    }

    private static HybridPassageRetriever retrieverOver(List<KnowledgeDocument> documents) {
        var build = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore())
                .build(documents);
        return new HybridPassageRetriever(build::index,
                new CachingQueryEmbedder(SharedModel.get(), PostwiseConfig.DEFAULT_QUERY_PREFIX, 100),
                new SignalCoverageJudge(RetrievalConfig.DEFAULTS), RetrievalConfig.DEFAULTS);
    }

    private static java.util.Map<String, Double> materialScores(Retrieval r) {
        var scores = new java.util.TreeMap<String, Double>();
        r.documents().stream().filter(d -> d.document().isMaterial()).forEach(d -> scores.put(d.id(), d.score()));
        return scores;
    }
}
