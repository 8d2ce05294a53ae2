package org.postwise.answer;

/**
 * Receives an answer while it is being written, for transports that can show it growing (Discord edits its
 * message). Each draft is the whole answer so far, laid out like the final one and made of sentences that already
 * passed the grounding check; the final answer, returned as usual, replaces the last draft. Only answers written by
 * a language model have drafts; called from the model's thread, so implementations return quickly and never throw.
 */
@FunctionalInterface
public interface DraftListener {

    /** Ignores every draft. */
    DraftListener NONE = text -> { };

    /** @param text the answer so far, in the answer template */
    void draft(String text);
}
