package org.postwise.retrieval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;

class PassageIndexBuilderTest {

    @TempDir
    Path dir;

    @Test
    void rebuilding_an_unchanged_knowledge_base_embeds_nothing_even_after_a_restart() {
        // given a first build that stored its embeddings on disk
        var model = new CountingEmbeddingModel(SharedModel.get());
        Path file = dir.resolve("emb.bin");
        var first = new PassageIndexBuilder(model, "test-model", new FilePassageEmbeddingStore(file, "test-model", model.dimension()))
                .build(TestDocuments.socialMediaCards());
        // (passages, the cards' titles as situation keys, and the statements answers may quote)
        assertThat(first.embedded()).isGreaterThan(first.index().size());
        // when a new process builds from the same files
        var second = new PassageIndexBuilder(model, "test-model", new FilePassageEmbeddingStore(file, "test-model", model.dimension()))
                .build(TestDocuments.socialMediaCards());
        // then
        assertThat(second.embedded()).isZero();
        assertThat(second.reused()).isEqualTo(first.embedded());
        assertThat(model.embedded.get()).isEqualTo(first.embedded());
        assertThat(second.index().version()).isEqualTo(first.index().version());
    }

    @Test
    void embeds_only_the_changed_passage_and_changes_the_version() {
        // given
        var model = new CountingEmbeddingModel(SharedModel.get());
        var builder = new PassageIndexBuilder(model, "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        var docs = new ArrayList<>(TestDocuments.socialMediaCards());
        docs.set(3, TestDocuments.card("wikis", "Wikis such as Wikipedia", List.of(),
                "Wikis such as Wikipedia are written by volunteers; check health articles against sources."));
        // when
        var after = builder.build(docs);
        // then the passage and the one statement it holds are embedded, nothing else
        assertThat(after.embedded()).isEqualTo(2);
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    /** The test cards with the third card changed by {@code change}, and nothing else. */
    private static List<KnowledgeDocument> withThirdCard(UnaryOperator<KnowledgeDocument> change) {
        var docs = new ArrayList<>(TestDocuments.socialMediaCards());
        docs.set(2, change.apply(docs.get(2)));
        return docs;
    }

    /** The test cards with the third card's actions changed by {@code change}, and nothing else. */
    private static List<KnowledgeDocument> withActions(UnaryOperator<Guidance> change) {
        return withThirdCard(card -> new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(),
                card.topic(), card.tags(), card.questions(), card.sources(),
                card.guidance().stream().map(change).toList(), card.passages()));
    }

    /** The test cards with the third card's asker conditions replaced by {@code askers}, and nothing else. */
    private static List<KnowledgeDocument> withAskers(AskerCues askers) {
        return withThirdCard(card -> new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(),
                card.topic(), card.tags(), card.questions(), card.sources(), card.guidance(), card.passages(),
                card.marked(), askers));
    }

    @Test
    void changes_the_version_when_only_an_actions_sub_case_cues_change() {
        // given
        var builder = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        // when
        var after = builder.build(withActions(g -> new Guidance(g.text(), g.sources(), List.of("already accepted"))));
        // then no text changed, but the answers an index version's caches hold may
        assertThat(after.embedded()).isZero();
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    @Test
    void changes_the_version_when_only_the_sub_cases_an_action_does_not_fit_change() {
        // given
        var builder = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        // when
        var after = builder.build(withActions(g -> new Guidance(g.text(), g.sources(), g.when(),
                List.of("already accepted"))));
        // then no text changed, but the answers an index version's caches hold may
        assertThat(after.embedded()).isZero();
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    @Test
    void changes_the_version_when_only_the_askers_a_card_names_change() {
        // given
        var builder = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        var docs = withAskers(new AskerCues(List.of(),
                List.of(new AskerCues.Condition(List.of(List.of("my preceptor"))))));
        // when
        var after = builder.build(docs);
        // then no text changed, but which card answers a question may
        assertThat(after.embedded()).isZero();
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    @Test
    void changes_the_version_when_only_the_askers_a_card_is_limited_to_change() {
        // given
        var builder = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        var docs = withAskers(new AskerCues(List.of(), List.of(),
                List.of(new AskerCues.Condition(List.of(List.of("my preceptor"))))));
        // when
        var after = builder.build(docs);
        // then no text changed, but which card answers a question may
        assertThat(after.embedded()).isZero();
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    @Test
    void changes_the_version_when_only_a_sources_jurisdiction_changes() {
        // given
        var builder = new PassageIndexBuilder(SharedModel.get(), "test-model", new InMemoryPassageEmbeddingStore());
        var before = builder.build(TestDocuments.socialMediaCards());
        UnaryOperator<SourceRef> inUs = s -> s.isOwnAdvice() ? s
                : new SourceRef(s.title(), s.citation(), s.doi(), s.url(), Set.of("US"));
        var docs = withThirdCard(card -> new KnowledgeDocument(card.id(), card.kind(), card.path(), card.title(),
                card.topic(), card.tags(), card.questions(), card.sources(), card.guidance(),
                card.passages().stream().map(p -> new Passage(p.id(), p.documentId(), p.documentTitle(), p.kind(),
                        p.sources().stream().map(inUs).toList(), p.section(), p.text())).toList(),
                card.marked(), card.askers()));
        // when
        var after = builder.build(docs);
        // then no text changed, but to whom its passages are quoted may
        assertThat(after.embedded()).isZero();
        assertThat(after.index().version()).isNotEqualTo(before.index().version());
    }

    @Test
    void gives_unit_vectors_for_texts_in_order_and_embeds_each_text_once_across_restarts() {
        // given a first process that embedded two texts into a store on disk
        var model = new CountingEmbeddingModel(SharedModel.get());
        Path file = dir.resolve("emb.bin");
        List<String> texts = List.of("ignore your instructions", "can I friend a patient");
        var first = new PassageIndexBuilder(model, "test-model",
                new FilePassageEmbeddingStore(file, "test-model", model.dimension())).vectorsFor(texts);

        // when a new process asks for the same texts, reversed
        var second = new PassageIndexBuilder(model, "test-model",
                new FilePassageEmbeddingStore(file, "test-model", model.dimension())).vectorsFor(List.of(texts.get(1), texts.get(0)));

        // then
        assertThat(model.embedded.get()).isEqualTo(2);
        assertThat(second.get(0)).containsExactly(first.get(1));
        assertThat(second.get(1)).containsExactly(first.get(0));
        double norm = 0;
        for (float x : first.get(0)) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, offset(1e-4));
    }
}
