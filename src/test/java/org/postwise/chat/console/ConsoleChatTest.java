package org.postwise.chat.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.access.Caller;
import org.postwise.admin.AdminCommands;
import org.postwise.answer.Answer;
import org.postwise.answer.Question;
import org.postwise.answer.SourcesReport;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.ConversationMemory;
import org.postwise.tips.TipCommands;

class ConsoleChatTest {

    private final ChatCommands commands = mock(ChatCommands.class);
    private final AdminCommands admin = mock(AdminCommands.class);
    private final TipCommands tips = mock(TipCommands.class);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String chat(String input) throws IOException {
        new ConsoleChat(commands, new ConversationMemory(1, 6, Duration.ofHours(1), () -> 0L), admin, tips,
                new BufferedReader(new StringReader(input)), new PrintStream(out, true, StandardCharsets.UTF_8)).run();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void asks_plain_text_and_slash_ask_and_stops_at_quit() throws IOException {
        // given
        when(commands.ask(any())).thenReturn(new Answer("id1", true, "ANSWER TEXT", List.of(), Set.of(), "v1"));

        // when
        String shown = chat("Can I blog?\n/ask Is Twitter OK?\n/quit\nnever read\n");

        // then
        assertThat(shown).contains("ANSWER TEXT");
        verify(commands).ask(Question.of("Can I blog?"));
        verify(commands).ask(new Question("Is Twitter OK?", List.of("Can I blog?")));
        verify(commands, org.mockito.Mockito.times(2)).ask(any());
    }

    @Test
    void answers_a_follow_up_with_the_questions_before_it_in_mind() throws IOException {
        // given
        when(commands.ask(any())).thenReturn(new Answer("id1", true, "ANSWER TEXT", List.of(), Set.of(), "v1"));

        // when
        chat("Can I accept a patient's friend request?\nand on Instagram?\n/quit\n");

        // then
        verify(commands).ask(new Question("and on Instagram?", List.of("Can I accept a patient's friend request?")));
    }

    @Test
    void answers_the_first_question_after_slash_new_on_its_own() throws IOException {
        // given
        when(commands.ask(any())).thenReturn(new Answer("id1", true, "ANSWER TEXT", List.of(), Set.of(), "v1"));

        // when
        String shown = chat("Can I accept a patient's friend request?\n/new\nCan I blog?\n/quit\n");

        // then
        assertThat(shown).contains("New conversation");
        verify(commands).ask(Question.of("Can I blog?"));
    }

    @Test
    void keeps_no_question_whose_answer_raised_a_flag_for_the_follow_ups() throws IOException {
        // given
        when(commands.ask(any())).thenReturn(new Answer("id1", true, "ANSWER TEXT", List.of(), Set.of(), "v1"));
        when(commands.ask(Question.of("Jane Roe, DOB 04/11/1958, can I post her photo?"))).thenReturn(
                new Answer("id2", false, "WARNING", List.of(), Set.of("phi"), "v1"));

        // when
        chat("Jane Roe, DOB 04/11/1958, can I post her photo?\nand on Instagram?\n/quit\n");

        // then
        verify(commands).ask(Question.of("and on Instagram?"));
    }

    @Test
    void apologises_for_a_message_that_fails_and_goes_on_with_the_next() throws IOException {
        // given
        when(commands.ask(Question.of("first"))).thenThrow(new IndexOutOfBoundsException("end"));
        when(commands.ask(Question.of("second"))).thenReturn(new Answer("id2", true, "SECOND ANSWER", List.of(),
                Set.of(), "v1"));

        // when
        String shown = chat("first\nsecond\n");

        // then
        assertThat(shown).contains("Sorry, something went wrong with that message", "SECOND ANSWER");
    }

    @Test
    void runs_admin_commands_as_the_local_console() throws IOException {
        // given
        when(admin.reload(Caller.console())).thenReturn("RELOADED");
        when(admin.audit(Caller.console(), 20)).thenReturn("AUDIT");
        when(admin.stats(Caller.console(), 7)).thenReturn("STATS");

        // when
        String shown = chat("/reload\n/audit\n/stats 7\n");

        // then
        assertThat(shown).contains("RELOADED", "AUDIT", "STATS");
    }

    @Test
    void lists_sources_and_help_and_explains_unknown_commands() throws IOException {
        // given
        when(commands.sources()).thenReturn(new SourcesReport("abc123", 7, List.of(
                new SourcesReport.DocumentLine("Review papers", "g", "A review", "G et al., J 2014", null, 7))));
        when(commands.help("/")).thenReturn("HELP TEXT");

        // when
        String shown = chat("/sources\n/help\n/frobnicate\n/ask\n");

        // then
        assertThat(shown).contains("index version abc123", "A review (G et al., J 2014)", "HELP TEXT", "/quit",
                "Unknown command /frobnicate", "Usage: /ask <question>");
    }

    @Test
    void runs_the_weekly_tip_commands_as_the_local_console() throws IOException {
        // given
        when(tips.preview(Caller.console(), Optional.empty())).thenReturn("NEXT TIP");

        // when
        String shown = chat("/tips preview\n");

        // then
        assertThat(shown).contains("NEXT TIP");
    }
}
