package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter of a card: the lines between a first {@code ---} line and the next one, read as the
 * small subset of YAML cards use. Top-level {@code key: value} pairs, where a value is a scalar (plain,
 * {@code "double"} or {@code 'single'} quoted), an inline list {@code [a, b]}, or a block list of
 * {@code - item} lines whose items may themselves be {@code key: value} maps continued on indented lines.
 * Every value remembers its 1-based line so problems point at the right place.
 *
 * @param values   the top-level keys in file order
 * @param endLine  the 1-based line of the closing {@code ---}
 * @param problems lines that could not be read; the values that could are still given
 */
record FrontMatter(Map<String, Value> values, int endLine, List<LineProblem> problems) {

    /** A problem at a line of the file. */
    record LineProblem(int line, String message) {
    }

    /**
     * A top-level value.
     *
     * @param key    the key
     * @param line   the key's line
     * @param scalar the text for a scalar, {@code null} for a list
     * @param items  the items of a list, empty for a scalar
     */
    record Value(String key, int line, String scalar, List<Item> items) {
        boolean isList() {
            return scalar == null;
        }
    }

    /**
     * A list item: either a scalar ({@code fields} empty) or a map ({@code scalar} null).
     *
     * @param line the line of its {@code -}
     */
    record Item(int line, String scalar, Map<String, Field> fields) {
    }

    /** One {@code key: value} of a map item. */
    record Field(String key, String value, int line) {
    }

    static final String DELIMITER = "---";

    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z0-9_-]+)\\s*:(?:\\s+(.*))?$");
    private static final Pattern ITEM = Pattern.compile("^\\s*-(?:\\s+(.*))?$");
    private static final Pattern NESTED_KEY_VALUE = Pattern.compile("^\\s+([A-Za-z0-9_-]+)\\s*:(?:\\s+(.*))?$");
    private static final Pattern COMMENT = Pattern.compile("\\s+#.*$");

    /** Whether {@code lines} start with front matter. */
    static boolean startsFrontMatter(List<String> lines) {
        return !lines.isEmpty() && lines.get(0).strip().equals(DELIMITER);
    }

    /**
     * Reads the front matter at the top of {@code lines}.
     *
     * @throws KnowledgeFormatException when there is no opening or no closing {@code ---}
     */
    static FrontMatter read(List<String> lines) throws KnowledgeFormatException {
        Objects.requireNonNull(lines, "lines");
        if (!startsFrontMatter(lines)) {
            throw new KnowledgeFormatException(1, "a card must start with a '---' line");
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(DELIMITER)) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new KnowledgeFormatException(1,
                    "front matter starting at line 1 is not closed by a '---' line");
        }
        return new Reader().read(lines.subList(1, end), end + 1);
    }

    /** Reads the lines between the delimiters, keeping track of the list being filled. */
    private static final class Reader {
        private final Map<String, Value> values = new LinkedHashMap<>();
        private final List<LineProblem> problems = new ArrayList<>();
        private String listKey;
        private List<Item> listItems;
        private Map<String, Field> mapItem;

        FrontMatter read(List<String> body, int endLine) {
            for (int i = 0; i < body.size(); i++) {
                readLine(body.get(i), i + 2);
            }
            closeList();
            return new FrontMatter(Collections.unmodifiableMap(values), endLine, List.copyOf(problems));
        }

        private void readLine(String line, int lineNumber) {
            if (line.isBlank() || line.strip().startsWith("#")) {
                return;
            }
            Matcher top = KEY_VALUE.matcher(line);
            if (top.matches()) {
                closeList();
                String key = top.group(1);
                String raw = top.group(2) == null ? "" : top.group(2).strip();
                if (values.containsKey(key)) {
                    problems.add(new LineProblem(lineNumber,
                            "key '" + key + "' is given twice (first at line " + values.get(key).line() + ")"));
                    return;
                }
                if (raw.isEmpty()) {
                    // a block list follows (or nothing: an empty list)
                    listKey = key;
                    listItems = new ArrayList<>();
                    values.put(key, new Value(key, lineNumber, null, List.of()));
                } else if (raw.startsWith("[")) {
                    values.put(key, new Value(key, lineNumber, null, inlineList(raw, lineNumber)));
                } else {
                    values.put(key, new Value(key, lineNumber, scalar(raw), List.of()));
                }
                return;
            }
            Matcher item = ITEM.matcher(line);
            if (item.matches() && listKey != null) {
                String content = item.group(1) == null ? "" : item.group(1).strip();
                Matcher field = KEY_VALUE.matcher(content);
                if (field.matches()) {
                    mapItem = new LinkedHashMap<>();
                    addField(field.group(1), field.group(2), lineNumber);
                    listItems.add(new Item(lineNumber, null, mapItem));
                } else {
                    mapItem = null;
                    listItems.add(new Item(lineNumber, scalar(content), Map.of()));
                }
                return;
            }
            Matcher nested = NESTED_KEY_VALUE.matcher(line);
            if (nested.matches() && mapItem != null) {
                addField(nested.group(1), nested.group(2), lineNumber);
                return;
            }
            problems.add(new LineProblem(lineNumber,
                    item.matches() || nested.matches()
                            ? "indented line does not belong to a list; put '- ' items under a 'key:' line"
                            : "cannot read this line; expected 'key: value'"));
        }

        private void addField(String key, String raw, int lineNumber) {
            if (mapItem.containsKey(key)) {
                problems.add(new LineProblem(lineNumber, "key '" + key + "' is given twice in this item"));
                return;
            }
            mapItem.put(key, new Field(key, scalar(raw == null ? "" : raw.strip()), lineNumber));
        }

        private void closeList() {
            if (listKey != null) {
                Value open = values.get(listKey);
                values.put(listKey, new Value(listKey, open.line(), null, List.copyOf(listItems)));
            }
            listKey = null;
            listItems = null;
            mapItem = null;
        }

        private List<Item> inlineList(String raw, int lineNumber) {
            String s = COMMENT.matcher(raw).replaceFirst("").strip();
            if (!s.endsWith("]")) {
                problems.add(new LineProblem(lineNumber, "list opened with '[' is not closed with ']'"));
                return List.of();
            }
            List<Item> items = new ArrayList<>();
            for (String part : splitOutsideQuotes(s.substring(1, s.length() - 1))) {
                String value = scalar(part.strip());
                if (!value.isEmpty()) {
                    items.add(new Item(lineNumber, value, Map.of()));
                }
            }
            return items;
        }
    }

    /** A scalar without its quotes; an unquoted scalar loses a trailing {@code # comment}, as in YAML. */
    static String scalar(String raw) {
        String s = raw.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.endsWith("\"")) {
            return s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        if (s.length() >= 2 && s.charAt(0) == '\'' && s.endsWith("'")) {
            return s.substring(1, s.length() - 1).replace("''", "'");
        }
        return COMMENT.matcher(s).replaceFirst("").strip();
    }

    private static List<String> splitOutsideQuotes(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (char c : s.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                current.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                current.append(c);
            } else if (c == ',') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
