package org.postwise.answer.generation;

import java.util.function.Consumer;

/**
 * A language model that writes text for a {@link Prompt}. Implementations stream, keep to their time limits and
 * never block past them: a model that is slow, failing, rate-limited or not called at all (its circuit is open)
 * ends in a {@link ModelUnavailableException}, so the caller can answer without it at once. Thread-safe.
 */
public interface LanguageModel {

    /** The model's name, as answers it wrote carry it ({@code generated_by}). */
    String name();

    /**
     * Writes the text for {@code prompt}, blocking until it is complete.
     *
     * @param soFar receives the whole text so far each time more arrives, on the model's thread; must return
     *              quickly; what it throws is ignored
     * @return the complete text
     * @throws ModelUnavailableException when no complete text came within the limits
     */
    String complete(Prompt prompt, Consumer<String> soFar) throws ModelUnavailableException;
}
