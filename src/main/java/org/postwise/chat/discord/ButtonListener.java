package org.postwise.chat.discord;

import java.util.Objects;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;

/**
 * The buttons under an answer: deferred privately at once, then the vote's thanks or the passages, to the
 * clicker alone, from {@link ButtonHandler}. Buttons that are not Postwise's are left alone.
 */
public final class ButtonListener extends ListenerAdapter {

    private final ButtonHandler buttons;
    private final DeferredReplies replies;
    private final ErrorReporter errors;

    public ButtonListener(ButtonHandler buttons, DeferredReplies replies, ErrorReporter errors) {
        this.buttons = Objects.requireNonNull(buttons, "buttons");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public void onButtonInteraction(ButtonInteractionEvent event) {
        String customId = event.getComponentId();
        if (!ButtonHandler.owns(customId)) {
            return;
        }
        InteractionHook hook = event.getHook();
        try {
            event.deferReply(true).queue(null, failure -> errors.report("deferring a button failed", failure));
            String userId = event.getUser().getId();
            replies.later(hook, true, "a button", () -> buttons.click(userId, customId));
        } catch (RuntimeException e) {
            replies.deliver(hook, errors.report("handling a button failed", e), true);
        }
    }
}
