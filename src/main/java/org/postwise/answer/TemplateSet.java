package org.postwise.answer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every template Postwise needs, read from the prompts directory and validated together. */
public final class TemplateSet {

    private final Map<TemplateKind, Template> templates;
    private final String version;

    private TemplateSet(Map<TemplateKind, Template> templates) {
        this.templates = Map.copyOf(templates);
        // a content hash: cached answers rendered with other templates must not be served
        var text = new StringBuilder();
        for (TemplateKind kind : TemplateKind.values()) {
            Template t = templates.get(kind);
            text.append(kind).append('\0').append(t == null ? "" : t.text()).append('\0');
        }
        this.version = Integer.toHexString(text.toString().hashCode());
    }

    /** Changes whenever any template's text changes. */
    public String version() {
        return version;
    }

    /**
     * Reads {@code <promptsDir>/<kind file>} for every {@link TemplateKind}. All problems in all files are
     * collected into one {@link TemplateException}, so an admin sees everything to fix at once.
     */
    public static TemplateSet load(Path promptsDir) {
        Objects.requireNonNull(promptsDir, "promptsDir");
        var loaded = new EnumMap<TemplateKind, Template>(TemplateKind.class);
        var problems = new ArrayList<TemplateException.Problem>();
        for (TemplateKind kind : TemplateKind.values()) {
            Path file = promptsDir.resolve(kind.fileName());
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                loaded.put(kind, Template.parse(file.toString(), text, kind.placeholders()));
            } catch (TemplateException e) {
                problems.addAll(e.problems());
            } catch (CharacterCodingException e) {
                problems.add(new TemplateException.Problem(file.toString(), 0, "not valid UTF-8"));
            } catch (IOException e) {
                problems.add(new TemplateException.Problem(file.toString(), 0,
                        "cannot read template (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new TemplateSet(loaded);
    }

    /** For tests and tools that build templates in memory. */
    public static TemplateSet of(Map<TemplateKind, Template> templates) {
        var missing = new ArrayList<TemplateKind>(List.of(TemplateKind.values()));
        missing.removeAll(templates.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing templates: " + missing);
        }
        return new TemplateSet(templates);
    }

    public Template get(TemplateKind kind) {
        return templates.get(kind);
    }
}
