package org.postwise.answer.safety;

import java.util.List;
import java.util.Objects;

/**
 * Runs several guards over the same question and merges what they find, so the rest of the pipeline
 * deals with one guard and one verdict. Every guard runs even after an earlier one has flagged: the
 * merged verdict names every kind of problem, which is what the caller needs to explain a refusal.
 */
public final class CompositeQuestionGuard implements QuestionGuard {

    private final List<QuestionGuard> guards;

    /**
     * @param guards the guards to run, in order; copied, so later changes to the list have no effect
     * @throws NullPointerException     if {@code guards} or any element is {@code null}
     * @throws IllegalArgumentException if {@code guards} is empty
     */
    public CompositeQuestionGuard(List<QuestionGuard> guards) {
        Objects.requireNonNull(guards, "guards must not be null");
        if (guards.isEmpty()) {
            throw new IllegalArgumentException("guards must not be empty: a composite guard needs at least one guard");
        }
        for (int i = 0; i < guards.size(); i++) {
            if (guards.get(i) == null) {
                throw new NullPointerException("guards[" + i + "] must not be null");
            }
        }
        this.guards = List.copyOf(guards);
    }

    /**
     * The pattern guards: patient identifiers, then prompt injection. They need no model; Postwise runs a
     * {@link NearestExemplarGuard} after them, which needs the embedding model.
     */
    public static CompositeQuestionGuard standard() {
        return new CompositeQuestionGuard(List.of(new PatientIdentifierGuard(), new PromptInjectionGuard()));
    }

    /** The guards this composite runs, in order. */
    public List<QuestionGuard> guards() {
        return guards;
    }

    /**
     * Runs every guard and returns the union of their verdicts ({@link GuardVerdict#CLEAN} when none flags).
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    @Override
    public GuardVerdict inspect(String question) {
        Objects.requireNonNull(question, "question must not be null");
        GuardVerdict merged = GuardVerdict.CLEAN;
        for (QuestionGuard guard : guards) {
            merged = merged.and(Objects.requireNonNull(guard.inspect(question),
                    () -> guard + " returned a null verdict"));
        }
        return merged;
    }

    @Override
    public String toString() {
        return "CompositeQuestionGuard" + guards;
    }
}
