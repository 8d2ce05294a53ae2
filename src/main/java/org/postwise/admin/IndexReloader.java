package org.postwise.admin;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.postwise.answer.TemplateSet;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.AuditLog;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.Passage;
import org.postwise.retrieval.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads by building a complete new index off to the side and swapping it in with one atomic write.
 * Questions already running finish on the snapshot they took; new ones see the new index; answer caches
 * are keyed by index and template version, so nothing stale is served. Any problem in any file leaves the
 * index in service untouched. One reload at a time: a second one asked for meanwhile is refused.
 */
public final class IndexReloader implements KnowledgeReloader {

    private static final Logger log = LoggerFactory.getLogger(IndexReloader.class);

    private final KnowledgeBuild build;
    private final AtomicReference<PassageIndex> index;
    private final AtomicReference<TemplateSet> templates;
    private final AuditLog audit;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile String running = "";

    /**
     * @param index     the index in service, swapped by a reload
     * @param templates the templates in service, swapped with it
     */
    public IndexReloader(KnowledgeBuild build, AtomicReference<PassageIndex> index,
                         AtomicReference<TemplateSet> templates, AuditLog audit, Clock clock) {
        this.build = Objects.requireNonNull(build, "build");
        this.index = Objects.requireNonNull(index, "index");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ReloadReport reload(String actor) {
        return run(actor, false);
    }

    @Override
    public ReloadReport check(String actor) {
        return run(actor, true);
    }

    private ReloadReport run(String actor, boolean check) {
        Objects.requireNonNull(actor, "actor");
        if (!lock.tryLock()) {
            String message = "a reload is already running (" + running + "); try again when it has finished";
            audit.record(new AuditEntry(clock.instant(), actor, check ? "reload-check" : "reload", "refused", message));
            throw new ReloadInProgressException(message);
        }
        try {
            running = "asked by " + actor + " at " + clock.instant();
            long t0 = System.nanoTime();
            PassageIndex before = index.get();
            var prepared = build.prepare(false);
            ReloadReport report;
            if (!prepared.problems().isEmpty() || prepared.build() == null) {
                report = new ReloadReport(check, false, before.version(), "", List.of(), List.of(), List.of(),
                        0, 0, 0, 0, prepared.problems(), prepared.warnings(), since(t0));
            } else {
                PassageIndex after = prepared.build().index();
                if (!check) {
                    // two atomic writes: an answer in flight may render the old index with the new templates
                    // (layout only, never mixed sources), and caches are keyed on both versions
                    templates.set(prepared.templates());
                    index.set(after);
                }
                report = diff(check, before, after, prepared.build().embedded(), prepared.warnings(), since(t0));
            }
            audit.record(new AuditEntry(clock.instant(), actor, check ? "reload-check" : "reload",
                    report.ok() ? "ok" : "failed", report.summary()));
            log.info("{} by {}: {}", check ? "reload check" : "reload", actor, report.summary());
            return report;
        } finally {
            running = "";
            lock.unlock();
        }
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    static ReloadReport diff(boolean check, PassageIndex before, PassageIndex after, int embedded,
                             List<String> warnings, Duration took) {
        Map<String, KnowledgeDocument> old = byId(before.documents());
        Map<String, KnowledgeDocument> now = byId(after.documents());
        var added = new ArrayList<String>();
        var changed = new ArrayList<String>();
        var removed = new ArrayList<String>();
        now.forEach((id, d) -> {
            if (!old.containsKey(id)) {
                added.add(id);
            } else if (!old.get(id).equals(d)) {
                changed.add(id);
            }
        });
        old.keySet().stream().filter(id -> !now.containsKey(id)).forEach(removed::add);
        Map<String, String> oldPassages = texts(before.passages());
        Map<String, String> newPassages = texts(after.passages());
        int pAdded = 0;
        int pChanged = 0;
        for (var e : newPassages.entrySet()) {
            String was = oldPassages.get(e.getKey());
            if (was == null) {
                pAdded++;
            } else if (!was.equals(e.getValue())) {
                pChanged++;
            }
        }
        int pRemoved = (int) oldPassages.keySet().stream().filter(id -> !newPassages.containsKey(id)).count();
        return new ReloadReport(check, !check, before.version(), after.version(), added, changed, removed,
                pAdded, pChanged, pRemoved, embedded, List.of(), warnings, took);
    }

    private static Map<String, KnowledgeDocument> byId(List<KnowledgeDocument> docs) {
        var out = new LinkedHashMap<String, KnowledgeDocument>();
        docs.forEach(d -> out.put(d.id(), d));
        return out;
    }

    private static Map<String, String> texts(List<Passage> passages) {
        var out = new LinkedHashMap<String, String>();
        passages.forEach(p -> out.put(p.id(), p.documentTitle() + "\n" + p.section() + "\n" + p.text() + "\n"
                + p.source()));
        return out;
    }
}
