package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postwise.Postwise;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerSource;
import org.postwise.answer.TemplateSet;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;
import org.postwise.config.KnowledgeConfig;
import org.postwise.config.PostwiseConfig;
import org.postwise.knowledge.FileKnowledgeLoader;
import org.postwise.knowledge.KnowledgeLoader;
import org.postwise.knowledge.SourceRef;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.PassageChunker;
import org.postwise.retrieval.FilePassageEmbeddingStore;
import org.postwise.retrieval.PassageIndexBuilder;
import org.postwise.retrieval.SharedModel;
import org.postwise.testing.EmbeddingCache;

/** Reloads over a real copy of the shipped knowledge base, with the real embedding model. */
class IndexReloaderTest {

    @TempDir
    Path home;

    private Postwise postwise;
    private ExecutorService pool;

    @BeforeEach
    void start() throws IOException {
        new KnowledgeConfig(Path.of(""), "Test").copyTo(home);
        var env = Map.of("POSTWISE_HOME", home.toString(), "POSTWISE_DB_URL",
                "jdbc:h2:mem:reload-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        EmbeddingCache.seed(home.resolve("data"));
        postwise = Postwise.start(PostwiseConfig.from(env, home), SharedModel.get(), Clock.systemUTC());
        EmbeddingCache.keep(home.resolve("data"));
    }

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void reloading_an_unchanged_knowledge_base_embeds_nothing_and_keeps_the_version() {
        String before = postwise.index().version();
        // when
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        // then
        assertThat(report.ok()).isTrue();
        assertThat(report.swapped()).isTrue();
        assertThat(report.embedded()).isZero();
        assertThat(report.newVersion()).isEqualTo(before);
        assertThat(report.documentsAdded()).isEmpty();
        assertThat(report.documentsChanged()).isEmpty();
        assertThat(report.documentsRemoved()).isEmpty();
        assertThat(report.toText()).contains("nothing changed", "Took");
    }

    @Test
    void a_changed_card_is_reported_and_only_its_changed_passage_is_embedded() throws IOException {
        // given one sentence added to a card's summary
        Path card = home.resolve("knowledge/category-wikis.md");
        String text = Files.readString(card);
        Files.writeString(card, text.replaceFirst("\n## What to do",
                " Zebrafish research wikis are a made-up example added for this test.\n\n## What to do"));
        String before = postwise.index().version();
        // when
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        // then
        assertThat(report.ok()).as(report.toText()).isTrue();
        assertThat(report.documentsChanged()).containsExactly("category-wikis");
        assertThat(report.embedded()).isBetween(1, 2);
        assertThat(report.newVersion()).isNotEqualTo(before);
        assertThat(postwise.index().version()).isEqualTo(report.newVersion());
        assertThat(postwise.index().passages()).anySatisfy(p -> assertThat(p.text()).contains("Zebrafish"));
    }

    @Test
    void an_edited_shared_source_changes_every_card_citing_it_and_the_index_version() throws IOException {
        // given the Farnan paper's title edited once, in the shared sources file
        Path shared = home.resolve("knowledge/sources.yaml");
        String text = Files.readString(shared);
        String title = "\"Online Medical Professionalism: Patient and Public Relationships\"";
        assertThat(text).contains(title);
        Files.writeString(shared, text.replace(title, "\"Online Medical Professionalism (edited for this test)\""));
        String before = postwise.index().version();
        // when
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        // then every card citing it changed, with nothing to embed, and cached answers expire with the version
        assertThat(report.ok()).as(report.toText()).isTrue();
        assertThat(report.documentsChanged()).contains("friend-request-from-patient", "patients-online-contact");
        assertThat(report.embedded()).isZero();
        assertThat(report.newVersion()).isNotEqualTo(before);
        assertThat(postwise.index().documents()).filteredOn(d -> d.id().equals("friend-request-from-patient"))
                .singleElement().satisfies(d -> assertThat(d.sources()).extracting(SourceRef::title)
                        .contains("Online Medical Professionalism (edited for this test)"));
    }

    @Test
    void added_and_removed_documents_are_reported() throws IOException {
        Files.delete(home.resolve("knowledge/category-others.md"));
        Files.writeString(home.resolve("knowledge/visitor-photos.txt"),
                "Visitors must not photograph other patients on the ward.\n\nAsk staff before taking any photo.\n");
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        assertThat(report.ok()).as(report.toText()).isTrue();
        assertThat(report.documentsAdded()).containsExactly("visitor-photos");
        assertThat(report.documentsRemoved()).containsExactly("category-others");
        assertThat(report.passagesRemoved()).isPositive();
        assertThat(postwise.index().document("category-others")).isEmpty();
    }

    @Test
    void a_broken_card_leaves_the_old_index_serving_and_names_file_and_line() throws IOException {
        String before = postwise.index().version();
        Files.writeString(home.resolve("knowledge/broken.md"),
                "---\nid: broken\ntitle: Broken\ntopic: t\nsources:\n  - url: https://example.org/x\n---\nBody.\n");
        // when
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        // then
        assertThat(report.ok()).isFalse();
        assertThat(report.swapped()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("broken.md:6").contains("title and citation"));
        assertThat(postwise.index().version()).isEqualTo(before);
        assertThat(postwise.answers().answer("What is HealthMap?").answered()).isTrue();
        assertThat(report.toText()).contains("Reload failed", "unchanged", "broken.md:6");
    }

    @Test
    void a_broken_template_leaves_the_old_templates_and_index_serving() throws IOException {
        String before = postwise.index().version();
        Files.writeString(home.resolve("prompts/answer.md"), "**Says**\n{{evidence}}\n{{sourcess}}\n");
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("answer.md:3").contains("{{sourcess}}"));
        assertThat(postwise.index().version()).isEqualTo(before);
        assertThat(postwise.answers().answer("What is HealthMap?").text()).contains("**What the material says**");
    }

    @Test
    void an_unreadable_pdf_leaves_the_old_index_serving_and_names_the_file() throws IOException {
        String before = postwise.index().version();
        Files.write(home.resolve("knowledge/policy.pdf"), "%PDF-1.7 this is not really a pdf".getBytes());
        ReloadReport report = postwise.unauditedReloader().reload("admin-1");
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("policy.pdf"));
        assertThat(postwise.index().version()).isEqualTo(before);
    }

    @Test
    void a_second_reload_while_one_runs_is_refused_and_audited() throws Exception {
        // given a reload held inside its loading step
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var files = new FileKnowledgeLoader(postwise.config().knowledge(), new PassageChunker());
        KnowledgeLoader slow = () -> {
            entered.countDown();
            await(release);
            return files.load();
        };
        var audit = new RecordingAuditLog();
        var reloader = new IndexReloader(new KnowledgeBuild(slow, home.resolve("prompts"),
                // the embeddings the running instance already holds: re-embedding the whole knowledge base in memory
                // took about a minute on two cores, and the test is about the second reload, not embedding speed
                new PassageIndexBuilder(SharedModel.get(), Postwise.MODEL_ID, new FilePassageEmbeddingStore(
                        home.resolve("data").resolve("embeddings").resolve(Postwise.MODEL_ID + ".bin"),
                        Postwise.MODEL_ID, SharedModel.get().dimension()))),
                new AtomicReference<>(postwise.index()), new AtomicReference<>(TemplateSet.load(home.resolve("prompts"))), audit,
                Clock.systemUTC());
        pool = Executors.newSingleThreadExecutor();
        Future<ReloadReport> first = pool.submit(() -> reloader.reload("admin-1"));
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        // when
        assertThatThrownBy(() -> reloader.reload("admin-2"))
                .isInstanceOf(ReloadInProgressException.class)
                .hasMessageContaining("already running").hasMessageContaining("admin-1");
        release.countDown();
        // then the first finishes normally and both are in the audit trail
        assertThat(first.get(60, TimeUnit.SECONDS).ok()).isTrue();
        assertThat(audit.entries).extracting(AuditEntry::actor, AuditEntry::result)
                .contains(org.assertj.core.groups.Tuple.tuple("admin-2", "refused"),
                        org.assertj.core.groups.Tuple.tuple("admin-1", "ok"));
    }

    @Test
    void questions_asked_during_reloads_are_all_answered_each_from_one_index_version() throws Exception {
        // given two versions of the knowledge base to alternate between, and the passages of each
        Path card = home.resolve("knowledge/category-blogs.md");
        String original = Files.readString(card);
        String edited = original.replaceFirst("\n## What to do", " Rounds blogs need consent from everyone named.\n\n## What to do");
        Map<String, Set<String>> passagesByVersion = new ConcurrentHashMap<>();
        remember(passagesByVersion);
        var questions = List.of("Is it OK to blog about rounds?", "What is HealthMap?", "Can I friend a patient?",
                "What's the weather in Toronto?");
        var answers = Collections.synchronizedList(new ArrayList<Answer>());
        var failures = Collections.synchronizedList(new ArrayList<Throwable>());
        var stop = new AtomicBoolean();
        pool = Executors.newFixedThreadPool(3);
        for (int t = 0; t < 3; t++) {
            int offset = t;
            pool.submit(() -> {
                int i = offset;
                while (!stop.get()) {
                    try {
                        // a new wording each time so the answer cache does not hide the index in service
                        answers.add(postwise.answers().answer(questions.get(i % questions.size()) + " #" + i));
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                    i += 3;
                }
            });
        }
        // when the knowledge base is reloaded back and forth
        for (int r = 0; r < 6; r++) {
            Files.writeString(card, r % 2 == 0 ? edited : original);
            ReloadReport report = postwise.unauditedReloader().reload("admin-1");
            assertThat(report.ok()).as(report.toText()).isTrue();
            remember(passagesByVersion);
        }
        stop.set(true);
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        // then none failed, and every answer's sources all belong to the version it names
        assertThat(failures).isEmpty();
        assertThat(answers).hasSizeGreaterThan(20);
        assertThat(passagesByVersion).hasSize(2);
        for (Answer a : answers) {
            if (a.answered()) {
                Set<String> known = passagesByVersion.get(a.indexVersion());
                assertThat(known).as("version %s", a.indexVersion()).isNotNull();
                assertThat(a.sources().stream().map(AnswerSource::text).collect(Collectors.toList()))
                        .allSatisfy(text -> assertThat(known).contains(text));
            }
        }
    }

    private void remember(Map<String, Set<String>> passagesByVersion) {
        var current = postwise.index();
        passagesByVersion.put(current.version(),
                current.passages().stream().map(Passage::text).collect(Collectors.toSet()));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("test latch not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static final class RecordingAuditLog implements AuditLog {
        final List<AuditEntry> entries = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            return List.copyOf(entries);
        }
    }
}
