package org.postwise.admin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.postwise.answer.TemplateException;
import org.postwise.answer.TemplateSet;
import org.postwise.knowledge.AskerCues;
import org.postwise.knowledge.DocumentKind;
import org.postwise.knowledge.Guidance;
import org.postwise.knowledge.KnowledgeBase;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.knowledge.KnowledgeLoader;
import org.postwise.retrieval.PassageIndex;
import org.postwise.retrieval.PassageIndexBuilder;
import org.postwise.retrieval.Statement;

/**
 * Reads and validates the knowledge files and templates and builds an index from them, without touching
 * what is in service. Start-up and every reload go through here, so both read the files the same way.
 */
public final class KnowledgeBuild {

    private final KnowledgeLoader loader;
    private final Path prompts;
    private final PassageIndexBuilder builder;

    public KnowledgeBuild(KnowledgeLoader loader, Path prompts, PassageIndexBuilder builder) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /**
     * What was read and built.
     *
     * @param knowledge the documents that loaded and the problems of those that did not
     * @param templates the templates, or {@code null} when they have problems
     * @param build     the index built from the documents, or {@code null} when there were none
     * @param problems  every problem, each with its file and line
     * @param warnings  things worth fixing that do not stop anything
     */
    public record Prepared(KnowledgeBase knowledge, TemplateSet templates, PassageIndexBuilder.Build build,
                           List<String> problems, List<String> warnings) {

        public Prepared {
            problems = List.copyOf(problems);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads everything and, when {@code buildDespiteProblems} or there are no problems, builds the index
     * (embedding only passages the store does not have yet).
     */
    public Prepared prepare(boolean buildDespiteProblems) {
        var problems = new ArrayList<String>();
        TemplateSet templates = null;
        try {
            templates = TemplateSet.load(prompts);
        } catch (TemplateException e) {
            e.problems().forEach(p -> problems.add(p.toString()));
        }
        KnowledgeBase knowledge = loader.load();
        knowledge.problems().forEach(p -> problems.add(p.toString()));
        if (knowledge.documents().isEmpty()) {
            problems.add("no usable knowledge documents were found");
        }
        var warnings = new ArrayList<String>();
        for (KnowledgeDocument d : knowledge.documents()) {
            if (d.isCard()) {
                warnings.addAll(cardWarnings(d));
            }
        }
        PassageIndexBuilder.Build build = null;
        if (!knowledge.documents().isEmpty() && (buildDespiteProblems || problems.isEmpty())) {
            build = builder.build(knowledge.documents());
            warnings.addAll(cueWarnings(build.index()));
        }
        return new Prepared(knowledge, templates, build, problems, warnings);
    }

    /**
     * {@code [when: …]} and {@code [unless: …]} cues without a word of their own: only stop words ("in the"), or
     * words in more than one passage in seven ("patient", "asked me"). Nearly every question holds them, so the index
     * ignores them: a {@code [when: …]} step is never quoted through them, an {@code [unless: …]} step never left
     * out. Likewise a card's {@code when:} or {@code unless:} condition with no group of such words (an {@code only:}
     * one is read whatever its words: it limits the card little).
     */
    static List<String> cueWarnings(PassageIndex index) {
        var warnings = new ArrayList<String>();
        List<Statement> statements = index.statements();
        for (int i = 0; i < statements.size(); i++) {
            String id = statements.get(i).documentId();
            String where = index.document(id).map(KnowledgeDocument::path).map(Object::toString).orElse(id);
            cueWarnings(warnings, where, id, "when", statements.get(i).when(), index.cueWords(i));
            cueWarnings(warnings, where, id, "unless", statements.get(i).unless(), index.unlessWords(i));
        }
        for (KnowledgeDocument d : index.documents()) {
            conditionWarnings(warnings, d, "when", d.askers().when(), index);
            conditionWarnings(warnings, d, "unless", d.askers().unless(), index);
        }
        return warnings;
    }

    /** A card's {@code when:} or {@code unless:} condition none of whose groups has a word of its own in every cue. */
    private static void conditionWarnings(List<String> warnings, KnowledgeDocument d, String key,
                                          List<AskerCues.Condition> conditions, PassageIndex index) {
        for (AskerCues.Condition c : conditions) {
            if (!index.counts(c)) {
                warnings.add(d.path() + ": card '" + d.id() + "' has the '" + key + ":' condition "
                        + c.groups().stream().map(g -> String.join("; ", g)).collect(Collectors.joining(" & "))
                        + ", none of whose groups has a word of its own in every cue, so nearly every question "
                        + "would meet it and it is ignored; add a group of words only these askers use");
            }
        }
    }

    private static void cueWarnings(List<String> warnings, String where, String id, String marker,
                                    List<String> cues, List<List<String>> words) {
        for (int c = 0; c < cues.size(); c++) {
            if (words.get(c).isEmpty()) {
                warnings.add(where + ": card '" + id + "' has the [" + marker + ": …] cue '" + cues.get(c)
                        + "', made only of common words, which nearly every question holds, so it is ignored; name "
                        + "the sub-case with a word of its own");
            }
        }
    }

    /**
     * What is worth fixing in a card that still loads: no actions, no questions, only sub-case actions, a source it
     * never cites.
     */
    static List<String> cardWarnings(KnowledgeDocument d) {
        var warnings = new ArrayList<String>();
        String card = d.path() + ": card '" + d.id() + "' ";
        if (d.guidance().isEmpty()) {
            warnings.add(card + "has no \"## What to do\" bullets; answers resting on it fall back to generic advice");
        }
        if (d.questions().isEmpty()) {
            warnings.add(card + "has no 'questions:'; add 3-6 ways staff would ask about it, so questions find it");
        }
        if (!d.guidance().isEmpty() && d.guidance().stream().allMatch(Guidance::subCase)) {
            warnings.add(card + "marks every \"## What to do\" bullet [when: …]; a question that names none of their "
                    + "sub-cases gets no action from it, so leave the steps for everyone unmarked");
        }
        var cited = new java.util.HashSet<SourceRef>();
        d.passages().forEach(p -> cited.addAll(p.sources()));
        d.guidance().forEach(g -> cited.addAll(g.sources()));
        for (SourceRef source : d.sources()) {
            if (!cited.contains(source)) {
                warnings.add(card + "lists source '" + source.citation() + "' but no [@key] marker cites it");
            }
        }
        return warnings;
    }
}
