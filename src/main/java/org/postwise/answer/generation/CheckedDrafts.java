package org.postwise.answer.generation;

import java.util.Objects;
import java.util.Set;
import org.postwise.answer.Confidence;
import org.postwise.answer.DraftListener;
import org.postwise.answer.TemplateSet;
import org.postwise.retrieval.PassageIndex;

/**
 * Turns a model's text so far into drafts of one answer: the sentences finished so far are checked like the final
 * answer ({@link GroundingCheck} in its partial mode), and a draft goes out only when more of them passed. The
 * text is looked at again only when a sentence may have been finished since the last look (a full stop, a
 * citation's bracket or a line break came), so a streamed answer costs a check per sentence, not per piece.
 */
public final class CheckedDrafts {

    private final GroundingCheck check;
    private final CitedAnswerWriter writer;
    private final ModelPassages passages;
    private final PassageIndex index;
    private final TemplateSet templates;
    private final Confidence confidence;
    private final Set<String> allowedLinks;
    private final DraftListener drafts;
    private int shown;
    private int lookedAt;

    public CheckedDrafts(GroundingCheck check, CitedAnswerWriter writer, ModelPassages passages, PassageIndex index,
                         TemplateSet templates, Confidence confidence, Set<String> allowedLinks,
                         DraftListener drafts) {
        this.check = Objects.requireNonNull(check, "check");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.passages = Objects.requireNonNull(passages, "passages");
        this.index = Objects.requireNonNull(index, "index");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.confidence = Objects.requireNonNull(confidence, "confidence");
        this.allowedLinks = Objects.requireNonNull(allowedLinks, "allowedLinks");
        this.drafts = Objects.requireNonNull(drafts, "drafts");
    }

    /** Takes the whole text so far; shows a draft when more sentences passed than in the last one shown. */
    public synchronized void show(String soFar) {
        // a sentence is finished by a full stop or a citation's bracket, and the space or line break after it:
        // look again only when one of them came since the last look (or just before it)
        boolean mayHaveFinished = soFar.substring(Math.max(0, Math.min(lookedAt, soFar.length()) - 1))
                .chars().anyMatch(c -> c == '.' || c == '!' || c == '?' || c == ']' || c == '\n');
        if (!mayHaveFinished) {
            return;
        }
        lookedAt = soFar.length();
        GroundingCheck.Result checked = check.check(soFar, passages.size(), allowedLinks, true);
        if (checked.kept() <= shown || checked.evidence().isEmpty()) {
            return;
        }
        shown = checked.kept();
        drafts.draft(writer.draft(checked, passages, index, templates, confidence));
    }
}
