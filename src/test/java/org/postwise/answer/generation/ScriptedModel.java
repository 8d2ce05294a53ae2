package org.postwise.answer.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A model that replies {@code reply} (or fails when it is null) and remembers what it was sent. */
final class ScriptedModel implements LanguageModel {
    private final String reply;
    final List<Prompt> sent = new ArrayList<>();

    ScriptedModel(String reply) {
        this.reply = reply;
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public String complete(Prompt prompt, Consumer<String> soFar) throws ModelUnavailableException {
        sent.add(prompt);
        if (reply == null) {
            throw new ModelUnavailableException(ModelUnavailableException.Reason.NO_FIRST_TOKEN, "slow");
        }
        return reply;
    }
}
