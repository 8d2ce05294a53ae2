package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML front matter of a card: the lines between a first {@code ---} line and the next one, composed by
 * snakeyaml-engine into nodes that keep their positions, so every problem names the line of the file it is on. The
 * shared sources and cues files, {@code knowledge/sources.yaml} and {@code knowledge/cues.yaml}, are read the same
 * way ({@link #readWhole}).
 *
 * @param entries the top-level keys in file order, each with its value node
 * @param endLine the 1-based line of the closing {@code ---}
 */
record FrontMatter(Map<String, Entry> entries, int endLine) {

    static final String DELIMITER = "---";

    /** A top-level key, its 1-based line and its value. */
    record Entry(String key, int line, Node value) {
    }

    FrontMatter {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** Whether {@code lines} start with front matter. */
    static boolean startsFrontMatter(List<String> lines) {
        return !lines.isEmpty() && lines.get(0).strip().equals(DELIMITER);
    }

    /**
     * Reads the front matter at the top of {@code lines}.
     *
     * @throws KnowledgeFormatException when there is no opening or closing {@code ---}, the YAML is malformed,
     *                                  it is not a map of keys, or a key is given twice
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
            throw new KnowledgeFormatException(1, "front matter starting at line 1 is not closed by a '---' line");
        }
        return compose(lines, end, "front matter");
    }

    /**
     * Reads a file that is all YAML after its first {@code ---} line, as {@code knowledge/sources.yaml} is: the
     * same keys and lines as front matter. A closing {@code ---} is optional, since editors of cards add one out of
     * habit; anything but blank lines after it is an error at its line.
     *
     * @param holds what the file holds, for that error ("one list of sources")
     * @throws KnowledgeFormatException when the first line is not {@code ---}, text follows a closing {@code ---},
     *                                  the YAML is malformed, it is not a map of keys, or a key is given twice
     */
    static FrontMatter readWhole(List<String> lines, String holds) throws KnowledgeFormatException {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(holds, "holds");
        if (!startsFrontMatter(lines)) {
            throw new KnowledgeFormatException(1, "the file must start with a '---' line");
        }
        int end = lines.size();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(DELIMITER)) {
                end = i;
                for (int j = i + 1; j < lines.size(); j++) {
                    if (!lines.get(j).isBlank()) {
                        throw new KnowledgeFormatException(j + 1, "text after the closing '---' at line " + (i + 1)
                                + "; the file holds " + holds);
                    }
                }
                break;
            }
        }
        return compose(lines, end, "the file");
    }

    /** Composes lines 2 to {@code end} (exclusive, 0-based) of the file, the YAML after its first {@code ---}. */
    private static FrontMatter compose(List<String> lines, int end, String what) throws KnowledgeFormatException {
        String yaml = String.join("\n", lines.subList(1, end));
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel("front matter").build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(FrontMatter::line).orElse(1);
            // a list item starting with a cue set ("- {relatives} & patient") is YAML's flow mapping, not text
            boolean braced = line >= 1 && line <= lines.size() && lines.get(line - 1).strip().startsWith("- {");
            throw new KnowledgeFormatException(line, what + " is not valid YAML: " + e.getProblem()
                    + (braced ? " (quote a list item that starts with '{', as in - \"{relatives} & patient\")" : ""));
        } catch (YamlEngineException e) {
            throw new KnowledgeFormatException(1, what + " is not valid YAML: " + e.getMessage());
        }
        if (root.isEmpty()) {
            return new FrontMatter(Map.of(), end + 1);
        }
        if (!(root.get() instanceof MappingNode map)) {
            throw new KnowledgeFormatException(line(root.get()), what + " must be 'key: value' lines");
        }
        var entries = new LinkedHashMap<String, Entry>();
        for (NodeTuple tuple : map.getValue()) {
            int keyLine = line(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                throw new KnowledgeFormatException(keyLine, "a front-matter key must be a word");
            }
            Entry first = entries.get(key.getValue());
            if (first != null) {
                throw new KnowledgeFormatException(keyLine,
                        "key '" + key.getValue() + "' is given twice (first at line " + first.line() + ")");
            }
            entries.put(key.getValue(), new Entry(key.getValue(), keyLine, tuple.getValueNode()));
        }
        return new FrontMatter(entries, end + 1);
    }

    /** The 1-based line of the file a node starts on (the YAML starts on the file's line 2). */
    static int line(Node node) {
        return node.getStartMark().map(FrontMatter::line).orElse(1);
    }

    private static int line(Mark mark) {
        return mark.getLine() + 2;
    }

    /** A scalar's text, or empty when the node is not a scalar. */
    static Optional<String> scalar(Node node) {
        return node instanceof ScalarNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** A sequence's items, or empty when the node is not a sequence. */
    static Optional<List<Node>> sequence(Node node) {
        return node instanceof SequenceNode s ? Optional.of(s.getValue()) : Optional.empty();
    }

    /** A map's entries in order, or empty when the node is not a map. */
    static Optional<List<Entry>> mapping(Node node) {
        if (!(node instanceof MappingNode m)) {
            return Optional.empty();
        }
        var out = new ArrayList<Entry>();
        for (NodeTuple t : m.getValue()) {
            out.add(new Entry(scalar(t.getKeyNode()).orElse(""), line(t.getKeyNode()), t.getValueNode()));
        }
        return Optional.of(out);
    }
}
