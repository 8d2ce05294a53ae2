package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.postwise.tips.TipFixtures.ACCESS;
import static org.postwise.tips.TipFixtures.CHANNEL;
import static org.postwise.tips.TipFixtures.STAFF;
import static org.postwise.tips.TipFixtures.TEAM;
import static org.postwise.tips.TipFixtures.liveIndex;
import static org.postwise.tips.TipFixtures.mondayNineNewYork;
import static org.postwise.tips.TipFixtures.weeklyTips;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.postwise.storage.StorageException;
import org.postwise.testing.MutableClock;

class TipCommandsTest {

    private static final Instant MONDAY_NINE = Instant.parse("2025-03-03T14:00:00Z");

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    private final FakeTipPublisher publisher = new FakeTipPublisher(clock);
    private final TipFixtures.RecordingAuditLog audit = new TipFixtures.RecordingAuditLog();
    private final WeeklyTips tips = weeklyTips(liveIndex("tip-a", "tip-b"),
            new JdbcTipLedger(TipFixtures.database(false)), publisher, mondayNineNewYork(), "a", audit);
    private final TipCommands commands = new TipCommands(tips, ACCESS, audit, clock, id -> "<#" + id + ">");

    @Test
    void everyone_sees_this_weeks_tip_once_it_is_out() {
        // given nothing posted yet
        assertThat(commands.thisWeek(Optional.empty()))
                .isEqualTo("No weekly tip has been posted yet. The first is due Mon 3 Mar 2025, 09:00 EST.");

        // when Monday's tip goes out
        tips.startChannels(clock.instant());
        clock.set(MONDAY_NINE);
        tips.runDue(clock.instant());

        // then
        assertThat(commands.thisWeek(Optional.of(CHANNEL))).startsWith("**Weekly tip: Tip tip-a**")
                .contains("Do the thing of tip-a");
        // and the next week, before its tip, the latest is shown for what it is
        clock.set(Instant.parse("2025-03-10T12:00:00Z"));
        assertThat(commands.thisWeek(Optional.of("not-a-tip-channel")))
                .startsWith("This week's tip is not out yet; here is the latest (2025-W10).").contains("tip-a");
    }

    @Test
    void preview_shows_the_next_tip_in_full_and_when_and_where_it_goes() {
        String preview = commands.preview(TEAM, Optional.empty());
        assertThat(preview).startsWith("Next tip: 2025-W10, due Mon 3 Mar 2025, 09:00 EST in <#" + CHANNEL + ">.")
                .contains("**Weekly tip: Tip tip-a**", "Source: Grajales et al., J Med Internet Res 2014");
        assertThat(publisher.calls()).isEmpty();
    }

    @Test
    void post_skip_schedule_and_history_report_in_plain_words() {
        // when
        String posted = commands.post(TEAM);
        String again = commands.post(TEAM);
        String skipped = commands.skip(TEAM);

        // then
        assertThat(posted).isEqualTo("Posted tip-a for 2025-W09 in <#" + CHANNEL + ">.");
        assertThat(again).isEqualTo("The tip of 2025-W09 in <#" + CHANNEL + "> is already posted (tip-a); nothing done.");
        assertThat(skipped).isEqualTo("Skipped the tip of 2025-W10 in <#" + CHANNEL + "> (due Mon 3 Mar 2025, 09:00 EST).");
        assertThat(commands.schedule(TEAM)).startsWith("Weekly tip: every Monday at 09:00 (America/New_York); a tip "
                        + "missed while Postwise was down is still posted up to 6 h late.")
                .contains("- <#" + CHANNEL + ">: next 2025-W11, Mon 10 Mar 2025, 09:00 EDT, tip-b \"Tip tip-b\"",
                        "Tips in rotation: 2.");
        assertThat(commands.history(TEAM, TipCommands.DEFAULT_HISTORY)).startsWith("Weekly tip history (newest first):")
                .contains("- 2025-W10 <#" + CHANNEL + ">: skipped", "skipped by 900",
                        "- 2025-W09 <#" + CHANNEL + ">: posted, tip-a", "message m1", "posted on request by 900");
    }

    @Test
    void without_tip_channels_every_command_says_how_to_configure_them() {
        var none = TipFixtures.commands(weeklyTips(liveIndex("tip-a"), new JdbcTipLedger(TipFixtures.database(false)),
                publisher, mondayNineNewYork().withChannels(List.of()), "a"), clock);
        assertThat(List.of(none.post(TEAM), none.skip(TEAM), none.preview(TEAM, Optional.empty()),
                none.thisWeek(Optional.empty())))
                .allSatisfy(text -> assertThat(text).contains("set POSTWISE_TIPS_CHANNELS"));
        assertThat(none.history(TEAM, 5)).isEqualTo("No weekly tip has been scheduled or posted yet.");
    }

    @Test
    void staff_outside_the_team_are_refused_every_team_command_and_the_refusal_is_audited() {
        // when someone without the team's role tries each command
        List<String> replies = List.of(commands.preview(STAFF, Optional.empty()), commands.post(STAFF),
                commands.skip(STAFF), commands.schedule(STAFF), commands.history(STAFF, 5));

        // then nothing is done, and each attempt is in the audit trail
        assertThat(replies).containsOnly(TipCommands.NOT_ALLOWED);
        assertThat(publisher.calls()).isEmpty();
        assertThat(tips.history(5)).isEmpty();
        assertThat(audit.entries).extracting(e -> e.actor() + " " + e.action() + " " + e.result())
                .containsExactly("901 tip-preview refused", "901 tip-post refused", "901 tip-skip refused",
                        "901 tip-schedule refused", "901 tip-history refused");
        // while everyone may see the week's tip, and the console's person is trusted
        assertThat(commands.thisWeek(Optional.empty())).doesNotContain(TipCommands.NOT_ALLOWED);
        assertThat(commands.isTeam(org.postwise.access.Caller.console())).isTrue();
    }

    @Test
    void posts_are_recorded_in_the_audit_trail_with_who_asked() {
        // when
        commands.post(TEAM);

        // then
        assertThat(audit.entries).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("900");
            assertThat(e.action()).isEqualTo("tip-post");
            assertThat(e.result()).isEqualTo("posted");
            assertThat(e.detail()).contains("2025-W09 in " + CHANNEL, "tip-a", "message m1");
        });
    }

    @Test
    void a_database_failure_is_a_message_not_a_stack_trace() {
        assertThat(TipCommands.safely(() -> {
            throw new StorageException("cannot open database jdbc:h2:file:/x: locked");
        })).isEqualTo("The tip ledger is not available: cannot open database jdbc:h2:file:/x: locked");
    }

    @Test
    void the_console_prints_a_tip_once_per_nonce() {
        var out = new ByteArrayOutputStream();
        var console = new ConsoleTipPublisher(new PrintStream(out, true, StandardCharsets.UTF_8));
        var tip = new RenderedTip("tip-a", "T", "The text of the tip.", "https://example.org");

        String first = console.publish(ConsoleTipPublisher.CHANNEL, tip, "n1");
        String second = console.publish(ConsoleTipPublisher.CHANNEL, tip, "n1");

        assertThat(second).isEqualTo(first);
        assertThat(out.toString(StandardCharsets.UTF_8)).containsOnlyOnce("The text of the tip.");
    }
}
