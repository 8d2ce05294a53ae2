package org.postwise.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import org.junit.jupiter.api.Test;
import org.postwise.access.Caller;
import org.postwise.admin.AdminCommands;
import org.postwise.answer.SourcesReport;
import org.postwise.answer.safety.PatientIdentifierGuard;
import org.postwise.chat.ChatCommands;
import org.postwise.chat.ConversationMemory;
import org.postwise.chat.RateLimiter;
import org.postwise.feedback.RecentAnswers;
import org.postwise.tips.TipCommands;

/**
 * The slash commands, each through its own {@link SlashCommand}: definitions are JDA's plain builders, and uses are
 * {@link Invocation}s, so no JDA event (and no mock of one) is needed. The transport-free commands behind them are
 * Mockito mocks.
 */
class SlashCommandsTest {

    private static final Caller MEMBER = Caller.member("u1", Set.of(5L));

    private final AnswerLayout layout = new AnswerLayout(() -> Set.of(TestAnswers.DOI));
    private final ErrorReporter errors = new ErrorReporter(() -> "err-1", layout);
    private final ChatCommands chat = mock(ChatCommands.class);
    private final AdminCommands admin = mock(AdminCommands.class);
    private final TipCommands tips = mock(TipCommands.class);

    private static Invocation use(Map<String, String> options) {
        return new Invocation(MEMBER, Optional.of("c1"), options);
    }

    @Test
    void ask_is_public_unless_the_asker_chooses_private() {
        // given
        var ticker = Ticker.systemTicker();
        var ask = new AskCommand(new QuestionHandler(chat, RateLimiter.perMinute(6, ticker),
                new ConversationMemory(10, 3, Duration.ofHours(1), ticker),
                mock(RecentAnswers.class), layout, errors), new PatientIdentifierGuard());

        // when / then
        assertThat(ask.privately(use(Map.of(AskCommand.QUESTION, "q")))).isFalse();
        assertThat(ask.privately(use(Map.of(AskCommand.QUESTION, "q", AskCommand.PRIVATE, "true")))).isTrue();
    }

    @Test
    void ask_is_private_from_the_start_when_the_question_holds_patient_details() {
        // given
        var ask = new AskCommand(mock(QuestionHandler.class), new PatientIdentifierGuard());
        // when / then
        assertThat(ask.privately(use(Map.of(AskCommand.QUESTION,
                "My patient John Smith, DOB 03/14/1962, sent me a friend request. Can I accept it?")))).isTrue();
    }

    @Test
    void ask_answers_the_question_option_for_the_caller() {
        // given
        var questions = mock(QuestionHandler.class);
        var reply = new Reply.Notice(Reply.Kind.INFO, layout.notice("answer"));
        when(questions.ask("u1", "Can I blog?", OptionalLong.empty())).thenReturn(reply);

        // when
        Reply shown = new AskCommand(questions, new PatientIdentifierGuard())
                .handle(use(Map.of(AskCommand.QUESTION, "Can I blog?")));

        // then
        assertThat(shown).isSameAs(reply);
    }

    @Test
    void sources_are_laid_out_with_their_citations_and_links() {
        // given
        when(chat.sources()).thenReturn(new SourcesReport("v1", 12, List.of(new SourcesReport.DocumentLine(
                "Review papers", "grajales", "Social media: a review", "Grajales et al., J Med Internet Res 2014",
                TestAnswers.DOI, 12))));

        // when
        Reply reply = new SourcesCommand(chat, layout).handle(use(Map.of()));

        // then
        assertThat(QuestionHandlerTest.allText(reply))
                .contains("Grajales et al., J Med Internet Res 2014, " + TestAnswers.DOI);
    }

    @Test
    void help_adds_how_postwise_works_on_discord() {
        // given
        when(chat.help("/")).thenReturn("Postwise answers questions.\n\n/ask <question>  ask a question");

        // when
        String help = QuestionHandlerTest.allText(new HelpCommand(chat, layout).handle(use(Map.of())));

        // then
        assertThat(help).contains("/ask", "thread", "Show passages");
    }

    @Test
    void admin_commands_are_hidden_from_members_without_the_administrator_permission() {
        // when
        var definitions = List.of(new ReloadCommand(admin, layout).definition(),
                new AuditCommand(admin, layout).definition(), new StatsCommand(admin, layout).definition());

        // then
        assertThat(definitions).allSatisfy(d -> assertThat(d.getDefaultPermissions())
                .isEqualTo(DefaultMemberPermissions.DISABLED));
    }

    @Test
    void admin_commands_pass_the_caller_on_so_admin_checks_every_call() {
        // given
        when(admin.reload(MEMBER)).thenReturn("Not allowed");

        // when
        Reply reply = new ReloadCommand(admin, layout).handle(use(Map.of()));

        // then
        assertThat(QuestionHandlerTest.allText(reply)).contains("Not allowed");
        verify(admin).reload(MEMBER);
    }

    @Test
    void stats_reads_the_days_option_and_defaults_to_thirty() {
        // given
        when(admin.stats(any(), anyInt())).thenReturn("numbers");
        var stats = new StatsCommand(admin, layout);

        // when
        stats.handle(use(Map.of(StatsCommand.DAYS, "7")));
        stats.handle(use(Map.of()));

        // then
        verify(admin).stats(MEMBER, 7);
        verify(admin).stats(MEMBER, 30);
    }

    @Test
    void a_bare_slash_tip_shows_this_weeks_tip_in_the_channel_it_was_used_in() {
        // given
        when(tips.thisWeek(Optional.of("c1"))).thenReturn("**Weekly tip: Pause before you post**");

        // when
        Reply reply = new TipCommand(tips, layout).handle(use(Map.of()));

        // then
        assertThat(QuestionHandlerTest.allText(reply)).contains("Pause before you post");
    }

    @Test
    void a_tip_action_goes_to_the_team_command_with_the_caller() {
        // given
        when(tips.history(MEMBER, TipCommands.DEFAULT_HISTORY)).thenReturn("Weekly tip history (newest first)");

        // when
        Reply reply = new TipCommand(tips, layout).handle(use(Map.of(TipCommand.ACTION, "history")));

        // then
        assertThat(QuestionHandlerTest.allText(reply)).contains("Weekly tip history");
    }

    @Test
    void an_unknown_tip_action_explains_the_actions() {
        // when
        Reply reply = new TipCommand(tips, layout).handle(use(Map.of(TipCommand.ACTION, "frobnicate")));

        // then
        assertThat(reply).isInstanceOfSatisfying(Reply.Notice.class,
                notice -> assertThat(notice.kind()).isEqualTo(Reply.Kind.USAGE));
    }

    @Test
    void two_slash_commands_with_one_name_are_refused() {
        // given
        var replies = new DeferredReplies(Runnable::run, errors);
        var sources = new SourcesCommand(chat, layout);

        // when / then
        assertThatThrownBy(() -> new SlashCommandListener(List.of(sources, sources), replies, errors))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("two slash commands are named /sources");
    }
}
