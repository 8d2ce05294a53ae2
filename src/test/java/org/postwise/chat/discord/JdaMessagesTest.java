package org.postwise.chat.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What goes to JDA never allows a mention, and keeps the layout's embeds and buttons. */
class JdaMessagesTest {

    @Test
    void everyMessageAllowsNoMentions() {
        var layout = new AnswerLayout(() -> Set.of(TestAnswers.DOI));
        OutgoingMessage m = layout.answer(TestAnswers.answered("a1")).get(0);
        var create = JdaMessages.create(m);
        assertTrue(create.getAllowedMentions().isEmpty());
        assertFalse(create.isMentionRepliedUser());
        assertEquals(1, create.getEmbeds().size());
        assertEquals(m.embeds().get(0).description(), create.getEmbeds().get(0).getDescription());
        assertEquals(1, create.getComponents().size());

        var edit = JdaMessages.edit(m);
        assertTrue(edit.getAllowedMentions().isEmpty());
        assertFalse(edit.isMentionRepliedUser());
        assertEquals(1, edit.getEmbeds().size());

        var plain = JdaMessages.edit(OutgoingMessage.text("hello"));
        assertEquals("hello", plain.getContent());
        assertEquals(List.of(), plain.getComponents());
    }
}
