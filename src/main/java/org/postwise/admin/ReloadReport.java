package org.postwise.admin;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a reload (or a check) found and did.
 *
 * @param check            true for a check: validate and build, never swap
 * @param swapped          true when the new index is now in service
 * @param oldVersion       index version before
 * @param newVersion       index version built, or {@code ""} when nothing could be built
 * @param documentsAdded   ids of documents that are new
 * @param documentsChanged ids of documents whose content changed
 * @param documentsRemoved ids of documents that are gone
 * @param passagesAdded    passages that are new
 * @param passagesChanged  passages whose text changed
 * @param passagesRemoved  passages that are gone
 * @param embedded         passages sent to the embedding model (unchanged ones are reused from the store)
 * @param problems         errors, each with file and line; any problem means no swap
 * @param warnings         things worth fixing that do not stop a reload
 * @param took             how long it took
 */
public record ReloadReport(boolean check, boolean swapped, String oldVersion, String newVersion,
                           List<String> documentsAdded, List<String> documentsChanged, List<String> documentsRemoved,
                           int passagesAdded, int passagesChanged, int passagesRemoved, int embedded,
                           List<String> problems, List<String> warnings, Duration took) {

    public ReloadReport {
        Objects.requireNonNull(oldVersion, "oldVersion");
        Objects.requireNonNull(newVersion, "newVersion");
        documentsAdded = List.copyOf(documentsAdded);
        documentsChanged = List.copyOf(documentsChanged);
        documentsRemoved = List.copyOf(documentsRemoved);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(took, "took");
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One line for the audit trail. */
    public String summary() {
        if (!ok()) {
            return problems.size() + " problem(s), old index " + oldVersion + " kept";
        }
        return String.format("%s %s -> %s: documents +%d ~%d -%d, passages +%d ~%d -%d, %d embedded, %d ms",
                check ? "checked" : "reloaded", oldVersion, newVersion, documentsAdded.size(), documentsChanged.size(),
                documentsRemoved.size(), passagesAdded, passagesChanged, passagesRemoved, embedded, took.toMillis());
    }

    /** The report as plain text, for the console, the CLI and Discord. */
    public String toText() {
        var out = new StringBuilder();
        if (!ok()) {
            out.append(check ? "Check failed" : "Reload failed").append(": the index in service (version ")
                    .append(oldVersion).append(") is unchanged. Fix these and try again:\n");
            problems.forEach(p -> out.append("- ").append(p).append('\n'));
        } else if (check) {
            out.append("Check passed: a reload would replace index ").append(oldVersion).append(" with ")
                    .append(newVersion).append(" (nothing was swapped).\n");
        } else if (oldVersion.equals(newVersion)) {
            out.append("Reloaded: nothing changed, index ").append(newVersion).append(" stays in service.\n");
        } else {
            out.append("Reloaded: index ").append(newVersion).append(" is in service (was ").append(oldVersion)
                    .append(").\n");
        }
        if (ok()) {
            out.append("Documents: ").append(documentsAdded.size()).append(" added")
                    .append(list(documentsAdded)).append(", ").append(documentsChanged.size()).append(" changed")
                    .append(list(documentsChanged)).append(", ").append(documentsRemoved.size()).append(" removed")
                    .append(list(documentsRemoved)).append('\n');
            out.append("Passages: ").append(passagesAdded).append(" added, ").append(passagesChanged)
                    .append(" changed, ").append(passagesRemoved).append(" removed; ").append(embedded)
                    .append(" embedded\n");
        }
        if (!warnings.isEmpty()) {
            out.append("Warnings:\n");
            warnings.forEach(w -> out.append("- ").append(w).append('\n'));
        }
        out.append("Took ").append(took.toMillis()).append(" ms.");
        return out.toString();
    }

    private static String list(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        int shown = Math.min(ids.size(), 10);
        return " (" + String.join(", ", ids.subList(0, shown)) + (ids.size() > shown ? ", ..." : "") + ")";
    }
}
