package org.postwise.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A text with {@code {{placeholder}}}s. Placeholders are checked when the template is made, so a typo in an
 * admin's edit is an error at start-up or reload, not a broken answer in front of a user.
 */
public final class Template {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_-]*)\\s*}}");
    private static final Pattern LEFTOVER_BRACES = Pattern.compile("\\{\\{|}}");

    private final String name;
    private final String text;
    private final Set<String> used;

    private Template(String name, String text, Set<String> used) {
        this.name = name;
        this.text = text;
        this.used = used;
    }

    /**
     * Parses {@code text}. Throws {@link TemplateException} listing every unknown placeholder and stray
     * brace pair with its 1-based line.
     */
    public static Template parse(String name, String text, Set<String> allowed) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(allowed, "allowed");
        var problems = new ArrayList<TemplateException.Problem>();
        var used = new TreeSet<String>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PLACEHOLDER.matcher(lines[i]);
            while (m.find()) {
                String key = m.group(1);
                if (allowed.contains(key)) {
                    used.add(key);
                } else {
                    problems.add(new TemplateException.Problem(name, i + 1, "unknown placeholder {{" + key
                            + "}}; this template may use " + new TreeSet<>(allowed)));
                }
            }
            if (LEFTOVER_BRACES.matcher(PLACEHOLDER.matcher(lines[i]).replaceAll("")).find()) {
                problems.add(new TemplateException.Problem(name, i + 1,
                        "unbalanced or malformed {{ }}; write placeholders as {{name}}"));
            }
        }
        if (text.isBlank()) {
            problems.add(new TemplateException.Problem(name, 0, "template is empty"));
        }
        if (!problems.isEmpty()) {
            throw new TemplateException(problems);
        }
        return new Template(name, text, Set.copyOf(used));
    }

    /**
     * Fills the placeholders; every placeholder the template uses must have a value. A line that holds only a
     * placeholder whose value is empty is left out, so an optional part (a card's own contacts) leaves no blank line.
     */
    public String render(Map<String, String> values) {
        Objects.requireNonNull(values, "values");
        for (String key : used) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("template " + name + " needs a value for {{" + key + "}}");
            }
        }
        String text = this.text.lines()
                .filter(line -> {
                    Matcher alone = PLACEHOLDER.matcher(line.strip());
                    return !(alone.matches() && values.get(alone.group(1)).isEmpty());
                })
                .collect(Collectors.joining("\n"));
        Matcher m = PLACEHOLDER.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** The template as written, placeholders included. */
    public String text() {
        return text;
    }

    public String name() {
        return name;
    }

    public Set<String> placeholders() {
        return used;
    }

    /** The literal lines of the template with no placeholder, used to check nothing leaks unrendered. */
    public List<String> literalLines() {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !PLACEHOLDER.matcher(l).find())
                .toList();
    }
}
