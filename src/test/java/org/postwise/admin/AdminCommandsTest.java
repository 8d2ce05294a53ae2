package org.postwise.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.postwise.access.AccessPolicy;
import org.postwise.access.Caller;
import org.postwise.audit.AuditEntry;
import org.postwise.audit.JdbcAuditLog;
import org.postwise.config.StorageConfig;
import org.postwise.storage.Database;

class AdminCommandsTest {

    private static final Instant T0 = Instant.parse("2026-05-04T12:00:00Z");

    private final KnowledgeReloader reloader = mock(KnowledgeReloader.class);
    private final JdbcAuditLog audit = new JdbcAuditLog(Database.open(StorageConfig.inMemory("audit-" + System.nanoTime())));
    private final AccessPolicy policy = new AccessPolicy(Set.of(100L), Set.of("42"), Set.of(200L));
    private final AdminCommands admin = new AdminCommands(reloader, audit, UsageLog.NONE, policy,
            Clock.fixed(T0, ZoneOffset.UTC));

    private static ReloadReport ok() {
        return new ReloadReport(false, true, "v1", "v2", List.of("new-card"), List.of(), List.of(), 3, 0, 0, 3,
                List.of(), List.of(), Duration.ofMillis(120));
    }

    @Test
    void an_admin_by_role_can_reload_and_sees_the_report() {
        // given
        when(reloader.reload(anyString())).thenReturn(ok());

        // when
        String report = admin.reload(Caller.member("7", Set.of(100L)));

        // then
        assertThat(report).contains("Reloaded", "new-card", "Took 120 ms");
        verify(reloader).reload("7");
    }

    @Test
    void an_admin_by_user_id_can_reload_whatever_their_roles() {
        // given
        when(reloader.reload(anyString())).thenReturn(ok());

        // when
        String report = admin.reload(Caller.member("42", Set.of()));

        // then
        assertThat(report).contains("Reloaded");
        verify(reloader).reload("42");
    }

    @Test
    void a_member_who_is_not_an_admin_is_refused_politely_and_the_refusal_is_audited() {
        // when a communications-team member (not an admin) tries
        String reply = admin.reload(Caller.member("9", Set.of(200L)));

        // then
        assertThat(reply).isEqualTo(AdminCommands.NOT_ALLOWED);
        verify(reloader, never()).reload(anyString());
        assertThat(audit.recent(5)).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::result)
                .containsExactly(tuple("9", "reload", "refused"));
    }

    @Test
    void a_member_who_is_not_an_admin_sees_neither_statistics_nor_the_audit_trail() {
        // given
        var member = Caller.member("9", Set.of());

        // when / then
        assertThat(admin.stats(member, 30)).isEqualTo(AdminCommands.NOT_ALLOWED);
        assertThat(admin.audit(member, 30)).isEqualTo(AdminCommands.NOT_ALLOWED);
    }

    @Test
    void the_local_console_is_an_admin_and_sees_the_audit_trail_newest_first() {
        // given a refused reload, then an entry five seconds later
        admin.reload(Caller.member("9", Set.of()));
        audit.record(new AuditEntry(T0.plusSeconds(5), "console", "reload", "ok", "reloaded v1 -> v2"));

        // when
        String trail = admin.audit(Caller.console(), 10);

        // then
        assertThat(trail).startsWith("Newest first:");
        assertThat(trail.indexOf("reloaded v1 -> v2")).isLessThan(trail.indexOf("refused"));
    }

    @Test
    void a_reload_already_running_is_a_polite_message() {
        // given
        when(reloader.reload("console")).thenThrow(new ReloadInProgressException("a reload is already running"));

        // when / then
        assertThat(admin.reload(Caller.console())).startsWith("Not reloaded: a reload is already running");
    }
}
