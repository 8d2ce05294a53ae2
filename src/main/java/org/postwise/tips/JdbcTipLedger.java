package org.postwise.tips;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;

/**
 * A {@link TipLedger} in Postwise's database: by default the embedded H2 file in the data directory, which
 * several local processes share; any JDBC database (PostgreSQL) by {@code POSTWISE_DB_URL}. The schema is plain
 * SQL that H2 and PostgreSQL both run, created by the database's migrations.
 *
 * <p>The primary key {@code (week_key, channel_id)} is what lets two processes race for one slot and post once:
 * each inserts its claim before posting, and the loser's insert fails with a unique violation (SQLSTATE
 * 23505). Updates are compare-and-set on {@code row_version}, so two processes cannot both take over a stale claim.
 */
public final class JdbcTipLedger implements TipLedger {


    private static final String COLUMNS = "week_key, channel_id, due_at, slot_state, tip_id, nonce, message_id, "
            + "claimed_by, claimed_at, posted_at, updated_at, attempts, note, row_version";

    private final Database db;

    /** A ledger in {@code db}, whose migrations create its tables. */
    public JdbcTipLedger(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void startChannel(String channelId, Instant since) {
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(since, "since");
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "INSERT INTO tip_channel (channel_id, scheduled_since) VALUES (?, ?)")) {
            ps.setString(1, channelId);
            ps.setObject(2, time(since));
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw failure("cannot record the tip channel " + channelId, e);
            }
            // already scheduled, by this process earlier or by another one: the first date stays
        }
    }

    @Override
    public Optional<Instant> channelSince(String channelId) {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT scheduled_since FROM tip_channel WHERE channel_id = ?")) {
            ps.setString(1, channelId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(instant(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot read the tip channel " + channelId, e);
        }
    }

    @Override
    public boolean insert(SlotRecord row) {
        Objects.requireNonNull(row, "row");
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO tip_slot (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, row);
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                return false;
            }
            throw failure("cannot record the tip slot " + row.slot(), e);
        }
    }

    @Override
    public boolean replace(SlotRecord expected, SlotRecord next) {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(next, "next");
        if (!expected.slot().equals(next.slot()) || next.version() != expected.version() + 1) {
            throw new IllegalArgumentException("replace " + expected.slot() + " v" + expected.version()
                    + " by the same slot at v" + (expected.version() + 1) + ", not " + next.slot() + " v" + next.version());
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("UPDATE tip_slot SET due_at = ?, slot_state = ?, tip_id = ?, "
                     + "nonce = ?, message_id = ?, claimed_by = ?, claimed_at = ?, posted_at = ?, updated_at = ?, "
                     + "attempts = ?, note = ?, row_version = ? "
                     + "WHERE week_key = ? AND channel_id = ? AND row_version = ?")) {
            ps.setObject(1, time(next.dueAt()));
            ps.setString(2, next.state().code());
            ps.setString(3, next.tipId());
            ps.setString(4, next.nonce());
            ps.setString(5, next.messageId());
            ps.setString(6, next.claimedBy());
            setTime(ps, 7, next.claimedAt());
            setTime(ps, 8, next.postedAt());
            ps.setObject(9, time(next.updatedAt()));
            ps.setInt(10, next.attempts());
            ps.setString(11, next.note());
            ps.setInt(12, next.version());
            ps.setString(13, expected.slot().week().toString());
            ps.setString(14, expected.slot().channelId());
            ps.setInt(15, expected.version());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure("cannot update the tip slot " + expected.slot(), e);
        }
    }

    @Override
    public Optional<SlotRecord> find(Slot slot) {
        Objects.requireNonNull(slot, "slot");
        List<SlotRecord> rows = query("SELECT " + COLUMNS + " FROM tip_slot WHERE week_key = ? AND channel_id = ?",
                "cannot read the tip slot " + slot, slot.week().toString(), slot.channelId());
        return rows.stream().findFirst();
    }

    @Override
    public List<SlotRecord> channel(String channelId) {
        Objects.requireNonNull(channelId, "channelId");
        return query("SELECT " + COLUMNS + " FROM tip_slot WHERE channel_id = ? ORDER BY due_at, week_key",
                "cannot read the tip slots of " + channelId, channelId);
    }

    @Override
    public List<SlotRecord> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        return query("SELECT " + COLUMNS + " FROM tip_slot ORDER BY due_at DESC, week_key DESC, channel_id "
                + "FETCH FIRST " + limit + " ROWS ONLY", "cannot read the tip history");
    }

    /** How many slots stand in each state, every state present (for the metrics). */
    public java.util.Map<SlotState, Long> countByState() {
        var counts = new java.util.EnumMap<SlotState, Long>(SlotState.class);
        for (SlotState state : SlotState.values()) {
            counts.put(state, 0L);
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT slot_state, COUNT(*) FROM tip_slot GROUP BY slot_state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(SlotState.of(rs.getString(1)), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw failure("cannot count the tip slots", e);
        }
    }

    private List<SlotRecord> query(String sql, String what, String... args) {
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            var rows = new ArrayList<SlotRecord>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private static void bind(PreparedStatement ps, SlotRecord r) throws SQLException {
        ps.setString(1, r.slot().week().toString());
        ps.setString(2, r.slot().channelId());
        ps.setObject(3, time(r.dueAt()));
        ps.setString(4, r.state().code());
        ps.setString(5, r.tipId());
        ps.setString(6, r.nonce());
        ps.setString(7, r.messageId());
        ps.setString(8, r.claimedBy());
        setTime(ps, 9, r.claimedAt());
        setTime(ps, 10, r.postedAt());
        ps.setObject(11, time(r.updatedAt()));
        ps.setInt(12, r.attempts());
        ps.setString(13, r.note());
        ps.setInt(14, r.version());
    }

    private static SlotRecord row(ResultSet rs) throws SQLException {
        return new SlotRecord(new Slot(Week.parse(rs.getString(1)), rs.getString(2)), instant(rs, 3),
                SlotState.of(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                instantOrNull(rs, 9), instantOrNull(rs, 10), instant(rs, 11), rs.getInt(12), rs.getString(13),
                rs.getInt(14));
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static void setTime(PreparedStatement ps, int index, Instant instant) throws SQLException {
        if (instant == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, time(instant));
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instantOrNull(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** SQLSTATE 23505 is a unique violation in H2, PostgreSQL and the SQL standard. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if ("23505".equals(x.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static StorageException failure(String what, SQLException e) {
        return new StorageException(what + ": " + e.getMessage(), e);
    }
}
