package org.postwise.tips;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.postwise.access.AccessPolicy;
import org.postwise.access.Caller;
import org.postwise.answer.Template;
import org.postwise.answer.TemplateKind;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;
import org.postwise.config.StorageConfig;
import org.postwise.config.TipsConfig;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.InMemoryPassageEmbeddingStore;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.PassageIndexBuilder;
import org.postwise.storage.Database;

/** Tip cards, indexes, ledgers and configurations for the tip tests. */
final class TipFixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final String CHANNEL = "111111111111111111";
    static final SourceRef REVIEW = new SourceRef("Social media: a review and tutorial of applications in medicine "
            + "and health care", "Grajales et al., J Med Internet Res 2014", "10.2196/jmir.2912", null);
    static final Template TEMPLATE = Template.parse("tip.md", """
            **Weekly tip: {{title}}**

            {{body}}

            **What to do**
            {{guidance}}

            Source: {{citation}} — {{link}}""", TemplateKind.TIP.placeholders());

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private TipFixtures() {
    }

    /** Monday 09:00 New York, one channel, 6 h grace. */
    static TipsConfig mondayNineNewYork() {
        return new TipsConfig(DayOfWeek.MONDAY, LocalTime.of(9, 0), NEW_YORK, List.of(CHANNEL), Duration.ofHours(6));
    }

    static KnowledgeDocument tip(String id) {
        return tip(id, REVIEW);
    }

    static KnowledgeDocument tip(String id, SourceRef source) {
        String title = "Tip " + id;
        var passages = List.of(
                new Passage(id + "#1", id, title, DocumentKind.TIP, source, "Summary",
                        "The body of " + id + " says something useful about posting with care."),
                new Passage(id + "#2", id, title, DocumentKind.TIP, source, "What to do", "Do the thing of " + id + "."));
        return new KnowledgeDocument(id, DocumentKind.TIP, Path.of("knowledge", "tips", id + ".md"), title,
                "weekly tip", List.of(), List.of(), List.of(source),
                List.of(new Guidance("Do the thing of " + id + ".", List.of(source))), passages);
    }

    static KnowledgeDocument card(String id) {
        var passages = List.of(new Passage(id + "#1", id, "Card " + id, DocumentKind.CARD, REVIEW, "Summary",
                "A guideline card that is not a tip."));
        return new KnowledgeDocument(id, DocumentKind.CARD, Path.of("knowledge", id + ".md"), "Card " + id, "topic",
                List.of(), List.of(), List.of(REVIEW), List.of(), passages);
    }

    static List<KnowledgeDocument> tips(String... ids) {
        var docs = new ArrayList<KnowledgeDocument>();
        docs.add(card("a-guideline"));
        for (String id : ids) {
            docs.add(tip(id));
        }
        return docs;
    }

    static PassageIndex index(List<KnowledgeDocument> documents) {
        return new PassageIndexBuilder(new TinyEmbeddingModel(), "tiny", new InMemoryPassageEmbeddingStore())
                .build(documents).index();
    }

    /** The index in service, holding tips with these ids; tests swap it as a reload would. */
    static AtomicReference<PassageIndex> liveIndex(String... tipIds) {
        return new AtomicReference<>(index(tips(tipIds)));
    }

    /** A fresh private in-memory H2 database; {@code postgres} runs it in H2's PostgreSQL mode. */
    static Database database(boolean postgres) {
        String name = "tips-" + DATABASES.incrementAndGet() + "-" + System.nanoTime();
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"
                + (postgres ? ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : "");
        return Database.open(new StorageConfig(url, "", ""));
    }

    static WeeklyTips weeklyTips(AtomicReference<PassageIndex> index, TipLedger ledger, TipPublisher publisher,
                                 TipsConfig config, String instance) {
        return weeklyTips(index, ledger, publisher, config, instance, AuditLog.NONE);
    }

    static WeeklyTips weeklyTips(AtomicReference<PassageIndex> index, TipLedger ledger, TipPublisher publisher,
                                 TipsConfig config, String instance, AuditLog audit) {
        return new WeeklyTips(new TipCatalog(index::get), new TipRenderer(TEMPLATE), ledger, publisher, config, instance,
                audit);
    }

    /** A member of the communications team, by role. */
    static final long COMMS_ROLE = 42L;
    static final Caller TEAM = Caller.member("900", Set.of(COMMS_ROLE));
    static final Caller STAFF = Caller.member("901", Set.of(7L));
    static final AccessPolicy ACCESS = new AccessPolicy(Set.of(), Set.of(), Set.of(COMMS_ROLE));

    /** The team's commands over {@code tips}, channels shown as they are. */
    static TipCommands commands(WeeklyTips tips, java.time.Clock clock) {
        return new TipCommands(tips, ACCESS, AuditLog.NONE, clock, id -> id);
    }

    /** An audit trail in memory. */
    static final class RecordingAuditLog implements AuditLog {
        final List<AuditEntry> entries = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> recent(int limit) {
            var copy = new ArrayList<>(entries);
            java.util.Collections.reverse(copy);
            return copy.subList(0, Math.min(limit, copy.size()));
        }
    }

    /** A two-dimensional embedding: the tip tests need an index, not meaning. */
    static final class TinyEmbeddingModel implements EmbeddingModel {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream()
                    .map(s -> Embedding.from(new float[] {1f, s.text().length() % 7}))
                    .toList());
        }

        @Override
        public int dimension() {
            return 2;
        }
    }

    /**
     * Two instances run the same slot at the same instant, released together by a latch, once per due time;
     * returns every outcome of both.
     */
    static List<SlotOutcome> race(WeeklyTips a, WeeklyTips b, List<Instant> dueTimes) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<SlotOutcome> all = new ArrayList<>();
        try {
            for (Instant due : dueTimes) {
                var start = new CountDownLatch(1);
                Future<List<SlotOutcome>> fa = threads.submit(() -> {
                    start.await();
                    return a.runDue(due);
                });
                Future<List<SlotOutcome>> fb = threads.submit(() -> {
                    start.await();
                    return b.runDue(due);
                });
                start.countDown();
                all.addAll(fa.get(30, TimeUnit.SECONDS));
                all.addAll(fb.get(30, TimeUnit.SECONDS));
            }
        } finally {
            threads.shutdownNow();
        }
        return all;
    }

    /** 09:00 New York time on each of {@code weeks} Mondays from {@code firstMonday}. */
    static List<Instant> mondaysAtNine(java.time.LocalDate firstMonday, int weeks) {
        var out = new ArrayList<Instant>();
        for (int week = 0; week < weeks; week++) {
            out.add(firstMonday.plusWeeks(week).atTime(9, 0).atZone(NEW_YORK).toInstant());
        }
        return out;
    }

    static Map<String, String> env(String... pairs) {
        var map = new java.util.HashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
