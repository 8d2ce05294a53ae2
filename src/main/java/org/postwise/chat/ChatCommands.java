package org.postwise.chat;

import java.util.Comparator;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.postwise.admin.UsageLog;
import org.postwise.answer.Answer;
import org.postwise.answer.AnswerService;
import org.postwise.answer.Question;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.LiveIndex;
import org.postwise.retrieval.PassageIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The commands every transport offers, with no knowledge of any transport. */
public final class ChatCommands {

    private static final Logger log = LoggerFactory.getLogger(ChatCommands.class);

    private final AnswerService answers;
    private final LiveIndex index;
    private final UsageLog usage;
    private final AtomicReference<SourceLinks> links = new AtomicReference<>();

    /** The links of one index version, computed once per version. */
    private record SourceLinks(String version, Set<String> links) {
    }

    public ChatCommands(AnswerService answers, LiveIndex index, UsageLog usage) {
        this.answers = Objects.requireNonNull(answers, "answers");
        this.index = Objects.requireNonNull(index, "index");
        this.usage = Objects.requireNonNull(usage, "usage");
    }

    /** {@code /ask}: the templated, cited answer (or a warning, refusal or abstention). */
    public Answer ask(Question question) {
        Answer answer = answers.answer(question);
        try {
            usage.record(question.text(), answer);
        } catch (RuntimeException e) {
            // statistics must never cost a user their answer
            log.warn("could not record usage for answer {}: {}", answer.id(), e.toString());
        }
        return answer;
    }

    /**
     * Every link of a source in the knowledge base in service: the only links a transport may post. Computed
     * once per index version, since transports ask for it with every answer.
     */
    public Set<String> sourceLinks() {
        PassageIndex snapshot = index.current();
        SourceLinks cached = links.get();
        if (cached != null && cached.version().equals(snapshot.version())) {
            return cached.links();
        }
        Set<String> computed = snapshot.documents().stream()
                .flatMap(d -> d.sources().stream())
                .map(SourceRef::link)
                .filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
        links.set(new SourceLinks(snapshot.version(), computed));
        return computed;
    }

    /** {@code /sources}: what is indexed. */
    public SourcesReport sources() {
        PassageIndex snapshot = index.current();
        var lines = snapshot.documents().stream()
                .sorted(Comparator.comparing((KnowledgeDocument d) -> d.kind().ordinal())
                        .thenComparing(KnowledgeDocument::title))
                .map(d -> new SourcesReport.DocumentLine(label(d), d.id(), d.title(), d.primarySource().citation(),
                        d.primarySource().link(), d.passages().size()))
                .toList();
        return new SourcesReport(snapshot.version(), snapshot.size(), lines);
    }

    /** {@code /help}: what Postwise does and how to use it, with {@code prefix} before command names. */
    public String help(String prefix) {
        return """
                Postwise answers questions about professional social-media use in health care, from the \
                review papers and the institution's guideline cards, and cites its sources.

                %1$sask <question>  ask a question (or just type it)
                %1$stip             this week's social-media tip
                %1$ssources         list what is indexed
                %1$shelp            show this help

                Never paste patient details (names, dates of birth, phone numbers, record numbers...): \
                Postwise will warn you and will not keep what you wrote.""".formatted(prefix);
    }

    private static String label(KnowledgeDocument d) {
        return switch (d.kind()) {
            case SEED -> "Review papers";
            case CARD -> "Guideline cards";
            case TIP -> "Tips";
            case SCOPE -> "Questions Postwise declines";
            case POLICY -> "Institution policy";
        };
    }
}
