package org.postwise.tips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.postwise.tips.TipFixtures.CHANNEL;
import static org.postwise.tips.TipFixtures.NEW_YORK;
import static org.postwise.tips.TipFixtures.database;
import static org.postwise.tips.TipFixtures.index;
import static org.postwise.tips.TipFixtures.liveIndex;
import static org.postwise.tips.TipFixtures.mondayNineNewYork;
import static org.postwise.tips.TipFixtures.tip;
import static org.postwise.tips.TipFixtures.tips;
import static org.postwise.tips.TipFixtures.weeklyTips;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postwise.config.StorageConfig;
import org.postwise.config.TipsConfig;
import org.postwise.knowledge.KnowledgeDocument;
import org.postwise.knowledge.SourceRef;
import org.postwise.retrieval.PassageIndex;
import org.postwise.storage.Database;
import org.postwise.testing.MutableClock;

class WeeklyTipsTest {

    private static final String[] FIFTEEN = IntStream.rangeClosed(1, 15)
            .mapToObj(i -> String.format("tip-%02d", i)).toArray(String[]::new);

    /** 09:00 New York on {@code date} (yyyy-mm-dd), as an instant. */
    private static Instant nineNy(String date) {
        return LocalDateTime.parse(date + "T09:00").atZone(NEW_YORK).toInstant();
    }

    private static Instant ny(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(NEW_YORK).toInstant();
    }

    // ---- the schedule over a year --------------------------------------------------------------------------

    @Test
    void a_year_of_weekly_slots_across_both_dst_changes_posts_52_times_at_nine_local() {
        // given Monday 09:00 New York, a bot that starts at midnight on 1 January 2025 and runs all year
        var clock = new MutableClock(ny("2025-01-01T00:00"));
        var executor = new ManualScheduledExecutor(clock);
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        var scheduler = new TipScheduler(tips, executor, clock);

        // when a year passes
        scheduler.start();
        executor.advanceTo(ny("2026-01-01T00:00"));

        // then every Monday of 2025 got one tip at 09:00 local, EST and EDT alike
        var messages = publisher.messages(CHANNEL);
        assertThat(messages).hasSize(52);
        assertThat(publisher.calls()).hasSize(52);
        assertThat(messages).allSatisfy(m -> {
            ZonedDateTime local = m.at().atZone(NEW_YORK);
            assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(local.toLocalTime()).isEqualTo(LocalTime.of(9, 0));
        });
        assertThat(messages.stream().map(m -> m.at().atZone(NEW_YORK).toLocalDate()).distinct()).hasSize(52);
        // around the spring change (9 March) and the autumn change (2 November) the UTC hour moves, the local does not
        assertThat(messages.stream().map(FakeTipPublisher.Message::at)).contains(
                Instant.parse("2025-03-03T14:00:00Z"), Instant.parse("2025-03-10T13:00:00Z"),
                Instant.parse("2025-10-27T13:00:00Z"), Instant.parse("2025-11-03T14:00:00Z"));
        // and the rotation shows every tip once before any repeats
        var order = messages.stream().map(FakeTipPublisher.Message::tipId).toList();
        assertThat(new HashSet<>(order.subList(0, 15))).hasSize(15);
        assertThat(order.subList(15, 30)).isEqualTo(order.subList(0, 15));
        assertThat(tips.history(100)).hasSize(52).allSatisfy(r -> assertThat(r.state()).isEqualTo(SlotState.POSTED));
    }

    // ---- restarts and crashes ------------------------------------------------------------------------------

    @Test
    void a_restart_mid_week_posts_nothing_twice(@TempDir Path data) throws Exception {
        // given an instance that posted Monday's tip, over the default H2 file in the data directory (held open
        // by one connection meanwhile, as a running process does, so H2 does not re-open the file on every call)
        var keeper = Database.open(StorageConfig.from(Map.of(), data)).connection();
        var clock = new MutableClock(ny("2025-03-03T08:00"));
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex(FIFTEEN);
        var firstExecutor = new ManualScheduledExecutor(clock);
        var first = new TipScheduler(weeklyTips(index, new JdbcTipLedger(Database.open(StorageConfig.from(Map.of(), data))),
                publisher, mondayNineNewYork(), "first"), firstExecutor, clock);
        first.start();
        firstExecutor.advanceTo(ny("2025-03-05T12:00"));
        assertThat(publisher.messages()).hasSize(1);

        // when it stops on Wednesday and a new instance starts over the same ledger, and runs for a week
        first.close();
        var secondExecutor = new ManualScheduledExecutor(clock);
        var secondTips = weeklyTips(index, new JdbcTipLedger(Database.open(StorageConfig.from(Map.of(), data))),
                publisher, mondayNineNewYork(), "second");
        var second = new TipScheduler(secondTips, secondExecutor, clock);
        second.start();
        secondExecutor.advanceTo(ny("2025-03-10T08:59"));

        // then Monday's tip is not posted again, and the next Monday's comes once
        assertThat(publisher.calls()).hasSize(1);
        secondExecutor.advanceTo(ny("2025-03-12T00:00"));
        assertThat(publisher.calls()).hasSize(2);
        assertThat(publisher.messages()).extracting(FakeTipPublisher.Message::at)
                .containsExactly(nineNy("2025-03-03"), nineNy("2025-03-10"));
        assertThat(publisher.messages()).extracting(FakeTipPublisher.Message::tipId).doesNotHaveDuplicates();
        keeper.close();
    }

    @Test
    void a_crash_between_send_and_ledger_write_is_resent_with_the_same_nonce_and_leaves_one_message() {
        // given an instance that sends Monday's tip and dies before recording it
        var clock = new MutableClock(nineNy("2025-03-03"));
        var db = database(false);
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex(FIFTEEN);
        crashAfterSending(index, db, publisher, clock.instant());
        var ledger = new JdbcTipLedger(db);
        assertThat(ledger.recent(1)).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(SlotState.CLAIMED));

        // when a new instance starts 30 seconds later and its scheduler runs on
        clock.advance(Duration.ofSeconds(30));
        var executor = new ManualScheduledExecutor(clock);
        var restarted = new TipScheduler(weeklyTips(index, ledger, publisher, mondayNineNewYork(), "restarted"),
                executor, clock);
        restarted.start();
        executor.advanceTo(clock.instant().plusSeconds(1));
        // the claim is still within its lease, in case its owner is alive and mid-post
        assertThat(publisher.calls()).hasSize(1);
        executor.advanceTo(nineNy("2025-03-03").plus(Duration.ofMinutes(10)));

        // then the slot was re-sent under the same nonce, and Discord's dedupe left one message, now recorded
        var calls = publisher.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(1).nonce()).isEqualTo(calls.get(0).nonce()).isEqualTo(new Slot(
                new Week(2025, 10), CHANNEL).nonce());
        assertThat(calls.get(1).tipId()).isEqualTo(calls.get(0).tipId());
        assertThat(publisher.messages()).hasSize(1);
        SlotRecord row = ledger.recent(1).get(0);
        assertThat(row.state()).isEqualTo(SlotState.POSTED);
        assertThat(row.messageId()).isEqualTo(publisher.messages().get(0).id());
        assertThat(row.attempts()).isEqualTo(2);
        assertThat(row.claimedBy()).isEqualTo("restarted");
    }

    @Test
    void a_recovered_claim_whose_message_can_be_found_is_recorded_without_resending() {
        // given a transport that can look up what it posted, and an instance that died after sending
        var clock = new MutableClock(nineNy("2025-03-03"));
        var db = database(false);
        var publisher = new FakeTipPublisher(clock);
        publisher.supportLookups();
        var index = liveIndex(FIFTEEN);
        crashAfterSending(index, db, publisher, clock.instant());

        // when the next instance runs two hours later, long after Discord would have forgotten the nonce
        clock.advance(Duration.ofHours(2));
        var outcomes = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "next")
                .runDue(clock.instant());

        // then it found the message and sent nothing
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.RECOVERED);
            assertThat(o.row().messageId()).isEqualTo(publisher.messages().get(0).id());
        });
        assertThat(publisher.calls()).hasSize(1);
    }

    @Test
    void an_unconfirmed_claim_found_after_the_grace_period_is_reported_not_resent() {
        // given an instance that died mid-post, and nothing running until the next day
        var clock = new MutableClock(nineNy("2025-03-03"));
        var db = database(false);
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex(FIFTEEN);
        crashAfterSending(index, db, publisher, clock.instant());

        // when
        clock.set(ny("2025-03-04T10:00"));
        var outcomes = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "next")
                .runDue(clock.instant());

        // then no late duplicate: the team is told to check the channel
        assertThat(publisher.calls()).hasSize(1);
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.FAILED);
            assertThat(o.row().note()).contains("never confirmed", "may or may not have gone out");
        });
    }

    /** An instance that sends the tip due at {@code now} and dies before it can record the post. */
    private static void crashAfterSending(AtomicReference<PassageIndex> index, Database db, FakeTipPublisher publisher,
                                          Instant now) {
        var dying = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "dying");
        dying.startChannels(now.minusSeconds(60));
        publisher.dieAfterNextSend();
        assertThatThrownBy(() -> dying.runDue(now)).isInstanceOf(FakeTipPublisher.ProcessDied.class);
    }

    // ---- several instances ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "PostgreSQL mode: {0}")
    @ValueSource(booleans = {false, true})
    void two_instances_racing_for_one_slot_post_once(boolean postgres) throws Exception {
        // given two instances over one database, each with its own ledger object, as in two processes
        var clock = new MutableClock(ny("2025-01-01T00:00"));
        var db = database(postgres);
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex(FIFTEEN);
        var a = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "a");
        var b = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "b");
        a.startChannels(clock.instant());
        int rounds = 20;
        // when both run each Monday at the same instant, released together
        List<SlotOutcome> all = TipFixtures.race(a, b, TipFixtures.mondaysAtNine(java.time.LocalDate.of(2025, 1, 6), rounds));

        // then each slot was sent once: the unique key, not the nonce dedupe, stopped the second post
        assertThat(publisher.calls()).hasSize(rounds);
        assertThat(publisher.calls().stream().map(FakeTipPublisher.Call::nonce).distinct()).hasSize(rounds);
        assertThat(all.stream().filter(o -> o.result() == SlotOutcome.Result.POSTED)).hasSize(rounds);
        assertThat(all).allSatisfy(o -> assertThat(o.result())
                .isIn(SlotOutcome.Result.POSTED, SlotOutcome.Result.TAKEN));
    }

    // ---- rotation and reloads ------------------------------------------------------------------------------

    @Test
    void a_reload_that_adds_and_removes_tips_changes_the_rotation() {
        // given tips a, b and c, of which a and b have been posted
        var clock = new MutableClock(ny("2025-01-01T00:00"));
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex("tip-a", "tip-b", "tip-c");
        var tips = weeklyTips(index, new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant());
        tips.runDue(nineNy("2025-01-06"));
        tips.runDue(nineNy("2025-01-13"));

        // when a reload removes a and adds d
        index.set(index(tips("tip-b", "tip-c", "tip-d")));
        for (int week = 2; week < 6; week++) {
            tips.runDue(nineNy("2025-01-06").plus(Duration.ofDays(7L * week)));
        }

        // then c and d, never posted, come before b repeats, and a never comes again
        assertThat(publisher.messages()).extracting(FakeTipPublisher.Message::tipId)
                .containsExactly("tip-a", "tip-b", "tip-c", "tip-d", "tip-b", "tip-c");
    }

    @Test
    void each_channel_has_its_own_rotation_and_gets_one_post_per_week() {
        // given two channels, the second added to the schedule a week after the first
        var clock = new MutableClock(ny("2025-01-01T00:00"));
        var publisher = new FakeTipPublisher(clock);
        var db = database(false);
        var index = liveIndex("tip-a", "tip-b", "tip-c");
        var one = weeklyTips(index, new JdbcTipLedger(db), publisher, mondayNineNewYork(), "a");
        one.runDue(clock.instant());
        one.runDue(nineNy("2025-01-06"));
        var both = weeklyTips(index, new JdbcTipLedger(db), publisher,
                mondayNineNewYork().withChannels(List.of(CHANNEL, "222")), "a");

        // when
        both.runDue(ny("2025-01-07T00:00"));
        both.runDue(nineNy("2025-01-13"));

        // then
        assertThat(publisher.messages(CHANNEL)).extracting(FakeTipPublisher.Message::tipId)
                .containsExactly("tip-a", "tip-b");
        assertThat(publisher.messages("222")).extracting(FakeTipPublisher.Message::tipId).containsExactly("tip-a");
    }

    // ---- tips that cannot be posted ------------------------------------------------------------------------

    @Test
    void a_tip_whose_card_is_gone_is_replaced_by_the_next_and_the_team_is_told() {
        // given Monday's post of tip-a failed, and a reload then removed tip-a
        var clock = new MutableClock(nineNy("2025-03-03"));
        var publisher = new FakeTipPublisher(clock);
        var index = liveIndex("tip-a", "tip-b");
        var tips = weeklyTips(index, new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant().minusSeconds(1));
        publisher.failNext(new TipPublishException("Discord answered 503"));
        assertThat(tips.runDue(clock.instant())).singleElement()
                .satisfies(o -> assertThat(o.row().tipId()).isEqualTo("tip-a"));
        index.set(index(tips("tip-b")));

        // when the retry comes
        clock.advance(WeeklyTips.RETRY_DELAY);
        var outcomes = tips.runDue(clock.instant());

        // then tip-b went out in its place, and the ledger says why
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.POSTED_LATE);
            assertThat(o.row().tipId()).isEqualTo("tip-b");
            assertThat(o.row().note()).contains("tip-a was chosen for this slot but is no longer in the knowledge base",
                    "tip-b was posted in its place");
        });
        assertThat(publisher.messages()).extracting(FakeTipPublisher.Message::tipId).containsExactly("tip-b");
        assertThat(TipFixtures.commands(tips, clock).history(TipFixtures.TEAM, 5)).contains("tip-a was chosen for this slot");
    }

    @Test
    void a_tip_whose_source_has_no_link_is_passed_over_with_a_reason() {
        // given the first tip in the rotation cites a source with neither DOI nor URL
        var clock = new MutableClock(nineNy("2025-03-03"));
        var publisher = new FakeTipPublisher(clock);
        List<KnowledgeDocument> docs = new ArrayList<>(tips("tip-b"));
        docs.add(tip("tip-a", new SourceRef("A talk", "Someone, a talk (2020)", null, null)));
        var tips = weeklyTips(new AtomicReference<>(index(docs)), new JdbcTipLedger(database(false)), publisher,
                mondayNineNewYork(), "a");
        tips.startChannels(clock.instant().minusSeconds(1));

        // when
        var outcomes = tips.runDue(clock.instant());

        // then the next tip went out, and the broken one is named in the slot and in the schedule
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.row().tipId()).isEqualTo("tip-b");
            assertThat(o.row().note()).contains("tip-a", "has no DOI or URL");
        });
        assertThat(tips.problems()).singleElement().asString().contains("tip-a", "tip-a.md", "has no DOI or URL");
        assertThat(TipFixtures.commands(tips, clock).schedule(TipFixtures.TEAM)).contains("Tips that cannot be posted", "tip-a");
    }

    @Test
    void with_no_postable_tip_the_slot_fails_with_the_reasons_and_a_reload_within_grace_fixes_it() {
        // given no tips at all
        var clock = new MutableClock(nineNy("2025-03-03"));
        var publisher = new FakeTipPublisher(clock);
        var index = new AtomicReference<>(index(tips()));
        var tips = weeklyTips(index, new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant().minusSeconds(1));

        // when the slot comes
        var outcomes = tips.runDue(clock.instant());

        // then it is a recorded failure, not a broken post
        assertThat(publisher.calls()).isEmpty();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.FAILED);
            assertThat(o.row().note()).contains("no tip could be posted", "there are no tips in knowledge/tips/");
        });
        assertThat(TipFixtures.commands(tips, clock).history(TipFixtures.TEAM, 5)).contains("failed", "no tip could be posted");

        // and when a reload adds a tip before the grace period ends, the retry posts it
        index.set(index(tips("tip-a")));
        clock.advance(WeeklyTips.RETRY_DELAY);
        assertThat(tips.runDue(clock.instant())).singleElement()
                .satisfies(o -> assertThat(o.result()).isEqualTo(SlotOutcome.Result.POSTED_LATE));
        assertThat(publisher.messages()).hasSize(1);
    }

    @Test
    void a_failed_post_is_retried_with_the_same_nonce_until_it_goes_out() {
        // given Discord fails on the first try
        var clock = new MutableClock(nineNy("2025-03-03"));
        var publisher = new FakeTipPublisher(clock);
        var executor = new ManualScheduledExecutor(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant().minusSeconds(1));
        publisher.failNext(new TipPublishException("timed out"));

        // when the scheduler runs on
        new TipScheduler(tips, executor, clock).start();
        executor.advanceTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(tips.history(1).get(0).state()).isEqualTo(SlotState.FAILED);
        executor.advanceTo(nineNy("2025-03-03").plus(Duration.ofMinutes(6)));

        // then
        assertThat(publisher.calls()).hasSize(2).extracting(FakeTipPublisher.Call::nonce).containsOnly(
                new Slot(new Week(2025, 10), CHANNEL).nonce());
        assertThat(tips.history(1).get(0).state()).isEqualTo(SlotState.POSTED);
        assertThat(tips.history(1).get(0).note()).contains("timed out");
    }

    // ---- downtime ------------------------------------------------------------------------------------------

    @Test
    void a_slot_missed_outside_the_grace_period_is_recorded_as_missed_and_shown_in_history() {
        // given a bot that was scheduled, then down from before Monday 09:00 until Monday 15:01 (grace 6 h)
        var clock = new MutableClock(ny("2025-03-01T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant());

        // when it comes back
        clock.set(ny("2025-03-03T15:01"));
        var outcomes = tips.runDue(clock.instant());

        // then nothing is posted, and the team sees the missed slot
        assertThat(publisher.calls()).isEmpty();
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.MISSED);
            assertThat(o.row().slot().week()).isEqualTo(new Week(2025, 10));
        });
        String history = TipFixtures.commands(tips, clock).history(TipFixtures.TEAM, 10);
        assertThat(history).contains("2025-W10", "missed", "not running", "6 h");
        assertThat(TipFixtures.commands(tips, clock).schedule(TipFixtures.TEAM)).contains("Needs attention", "2025-W10");
        // and the next Monday's tip is the first in the rotation: a missed slot uses no tip
        assertThat(tips.runDue(nineNy("2025-03-10"))).singleElement()
                .satisfies(o -> assertThat(o.row().tipId()).isEqualTo("tip-01"));
    }

    @Test
    void a_slot_missed_inside_the_grace_period_is_posted_late() {
        // given a bot that was down at Monday 09:00 and comes back at 13:00, within the 6 h grace period
        var clock = new MutableClock(ny("2025-03-01T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var executor = new ManualScheduledExecutor(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant());
        clock.set(ny("2025-03-03T13:00"));

        // when
        new TipScheduler(tips, executor, clock).start();
        executor.advanceTo(ny("2025-03-03T13:01"));

        // then
        assertThat(publisher.messages()).singleElement()
                .satisfies(m -> assertThat(m.at()).isEqualTo(ny("2025-03-03T13:00")));
        assertThat(TipFixtures.commands(tips, clock).history(TipFixtures.TEAM, 10)).contains("2025-W10", "posted late");
    }

    @Test
    void weeks_of_downtime_are_each_accounted_for() {
        // given a bot that posted week 10, then was down until 10:00 on Monday of week 13
        var clock = new MutableClock(ny("2025-03-01T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant());
        tips.runDue(nineNy("2025-03-03"));

        // when
        var outcomes = tips.runDue(ny("2025-03-24T10:00"));

        // then weeks 11 and 12 are missed and week 13 is posted late: none skipped silently
        assertThat(outcomes).extracting(o -> o.row().slot().week().toString() + " " + o.result())
                .containsExactly("2025-W11 MISSED", "2025-W12 MISSED", "2025-W13 POSTED_LATE");
        assertThat(tips.history(10)).hasSize(4);
    }

    @Test
    void slots_before_a_channel_was_first_scheduled_are_not_reported_missed() {
        // given a channel scheduled for the first time on a Wednesday
        var clock = new MutableClock(ny("2025-03-05T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");

        // when
        var outcomes = tips.runDue(clock.instant());

        // then
        assertThat(outcomes).isEmpty();
        assertThat(tips.nextWakeUp(clock.instant())).contains(nineNy("2025-03-10"));
    }

    // ---- the team's commands -------------------------------------------------------------------------------

    @Test
    void posting_now_takes_this_weeks_slot_so_the_schedule_does_not_post_again() {
        // given a Friday schedule, on Wednesday
        var clock = new MutableClock(ny("2025-03-05T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var config = new TipsConfig(DayOfWeek.FRIDAY, LocalTime.of(9, 0), NEW_YORK, List.of(CHANNEL), Duration.ofHours(6));
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, config, "a");

        // when the team posts now, twice, and Friday comes
        var first = tips.postNow(clock.instant(), "comms-lead");
        var second = tips.postNow(clock.instant().plusSeconds(5), "comms-lead");
        tips.runDue(ny("2025-03-07T09:00"));

        // then one post this week, and the next Friday's goes out as usual
        assertThat(first).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.POSTED);
            assertThat(o.row().slot().week()).isEqualTo(new Week(2025, 10));
            assertThat(o.row().note()).contains("posted on request by comms-lead");
        });
        assertThat(second).singleElement().satisfies(o -> assertThat(o.result()).isEqualTo(SlotOutcome.Result.ALREADY_DONE));
        assertThat(publisher.calls()).hasSize(1);
        tips.runDue(ny("2025-03-14T09:00"));
        assertThat(publisher.messages()).extracting(FakeTipPublisher.Message::tipId).containsExactly("tip-01", "tip-02");
    }

    @Test
    void skipping_leaves_the_next_slot_out_without_using_a_tip() {
        // given Sunday before a Monday slot
        var clock = new MutableClock(ny("2025-03-09T12:00"));
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant());

        // when the team skips, and two Mondays pass
        var skipped = tips.skipNext(clock.instant(), "comms-lead");
        clock.set(nineNy("2025-03-10"));
        tips.runDue(clock.instant());
        clock.set(nineNy("2025-03-17"));
        tips.runDue(clock.instant());

        // then Monday 10 March has no post, and 17 March gets the first tip
        assertThat(skipped).singleElement().satisfies(o -> {
            assertThat(o.result()).isEqualTo(SlotOutcome.Result.SKIPPED);
            assertThat(o.row().slot().week()).isEqualTo(new Week(2025, 11));
        });
        assertThat(publisher.messages()).singleElement().satisfies(m -> {
            assertThat(m.at()).isEqualTo(nineNy("2025-03-17"));
            assertThat(m.tipId()).isEqualTo("tip-01");
        });
        assertThat(tips.history(5)).extracting(r -> r.state()).containsExactly(SlotState.POSTED, SlotState.SKIPPED);
    }

    @Test
    void the_preview_shows_the_tip_the_schedule_will_post_next() {
        // given tip-01 is out this week
        var clock = new MutableClock(nineNy("2025-03-03"));
        var publisher = new FakeTipPublisher(clock);
        var tips = weeklyTips(liveIndex(FIFTEEN), new JdbcTipLedger(database(false)), publisher, mondayNineNewYork(), "a");
        tips.startChannels(clock.instant().minusSeconds(1));
        tips.runDue(clock.instant());

        // when
        var plan = tips.next(CHANNEL, clock.instant().plusSeconds(60));

        // then
        assertThat(plan.slot().week()).isEqualTo(new Week(2025, 11));
        assertThat(plan.dueAt()).isEqualTo(nineNy("2025-03-10"));
        assertThat(plan.tip()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("tip-02"));
        assertThat(tips.runDue(nineNy("2025-03-10"))).singleElement()
                .satisfies(o -> assertThat(o.row().tipId()).isEqualTo("tip-02"));
    }
}
