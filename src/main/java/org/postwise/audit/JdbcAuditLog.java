package org.postwise.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.postwise.storage.Database;
import org.postwise.storage.StorageException;

/** The audit trail in Postwise's database (portable SQL: H2 and PostgreSQL), whose migrations create the table. */
public final class JdbcAuditLog implements AuditLog {

    private final Database db;

    public JdbcAuditLog(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public void record(AuditEntry e) {
        Objects.requireNonNull(e, "entry");
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit (at, actor, action, result, detail) VALUES (?, ?, ?, ?, ?)")) {
            ps.setObject(1, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            ps.setString(2, e.actor());
            ps.setString(3, e.action());
            ps.setString(4, e.result());
            ps.setString(5, e.detail());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StorageException("cannot write to the audit trail: " + ex.getMessage(), ex);
        }
    }

    @Override
    public List<AuditEntry> recent(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1 but was " + limit);
        }
        try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT at, actor, action, result, detail FROM audit ORDER BY at DESC, id DESC")) {
            ps.setMaxRows(limit);
            var out = new ArrayList<AuditEntry>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new AuditEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
            return out;
        } catch (SQLException ex) {
            throw new StorageException("cannot read the audit trail: " + ex.getMessage(), ex);
        }
    }
}
