package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What goes to JDA never allows a mention, and keeps the layout's embeds and buttons. */
class JdaMessagesTest {

    @Test
    void every_message_allows_no_mentions() {
        var layout = new AnswerLayout(() -> Set.of(TestAnswers.DOI));
        OutgoingMessage m = layout.answer(TestAnswers.answered("a1")).get(0);
        var create = JdaMessages.create(m);
        assertThat(create.getAllowedMentions()).isEmpty();
        assertThat(create.isMentionRepliedUser()).isFalse();
        assertThat(create.getEmbeds()).hasSize(1);
        assertThat(create.getEmbeds().get(0).getDescription()).isEqualTo(m.embeds().get(0).description());
        assertThat(create.getComponents()).hasSize(1);

        var edit = JdaMessages.edit(m);
        assertThat(edit.getAllowedMentions()).isEmpty();
        assertThat(edit.isMentionRepliedUser()).isFalse();
        assertThat(edit.getEmbeds()).hasSize(1);

        var plain = JdaMessages.edit(OutgoingMessage.text("hello"));
        assertThat(plain.getContent()).isEqualTo("hello");
        assertThat(plain.getComponents()).isEmpty();
    }
}
