package org.postwise.chat.discord;

import java.util.EnumSet;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Turns {@link OutgoingMessage}s into JDA's message data. Every message explicitly allows no mentions at all
 * ({@code "allowed_mentions": {"parse": []}}, no replied-user ping), on top of the default set at start-up.
 */
final class JdaMessages {

    /** Postwise's embed colour, a calm blue. */
    private static final int COLOR = 0x2B6CB0;
    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private JdaMessages() {
    }

    static MessageCreateData create(OutgoingMessage m) {
        var b = new MessageCreateBuilder()
                .setEmbeds(embeds(m))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false);
        if (!m.content().isEmpty()) {
            b.setContent(m.content());
        }
        if (!m.buttons().isEmpty()) {
            b.setComponents(ActionRow.of(buttons(m)));
        }
        return b.build();
    }

    static MessageEditData edit(OutgoingMessage m) {
        return new MessageEditBuilder()
                .setContent(m.content())
                .setEmbeds(embeds(m))
                .setComponents(m.buttons().isEmpty() ? List.of() : List.of(ActionRow.of(buttons(m))))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    private static List<MessageEmbed> embeds(OutgoingMessage m) {
        return m.embeds().stream().map(e -> {
            var b = new EmbedBuilder().setColor(COLOR);
            if (!e.title().isEmpty()) {
                b.setTitle(e.title());
            }
            if (!e.description().isEmpty()) {
                b.setDescription(e.description());
            }
            if (!e.footer().isEmpty()) {
                b.setFooter(e.footer());
            }
            return b.build();
        }).toList();
    }

    private static List<Button> buttons(OutgoingMessage m) {
        return m.buttons().stream().map(b -> switch (b.style()) {
            case PRIMARY -> Button.primary(b.id(), b.label());
            case SECONDARY -> Button.secondary(b.id(), b.label());
            case SUCCESS -> Button.success(b.id(), b.label());
            case DANGER -> Button.danger(b.id(), b.label());
        }).toList();
    }
}
