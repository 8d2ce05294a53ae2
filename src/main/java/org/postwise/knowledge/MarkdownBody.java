package org.postwise.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown body (CommonMark with GitHub tables) into plain-text blocks with their lines, by
 * commonmark-java rather than by hand: ATX and setext headings, paragraphs, bullet and numbered list items
 * (nested ones as their own items), block quotes, tables (a row reads as its cells separated by semicolons)
 * and code blocks. HTML blocks and inline HTML, comments included, are notes for editors and never text.
 * Inline markup is removed: emphasis and code spans keep their text, links their text, images their alt text.
 */
final class MarkdownBody {

    /** One block of a Markdown body, as plain text. */
    sealed interface Block permits Heading, Paragraph, Item {
        String text();

        /** The 1-based line in the whole file where the block starts. */
        int line();
    }

    /** A heading of {@code level} 1–6. */
    record Heading(int level, String text, int line) implements Block {
    }

    /** A paragraph (or a quote's paragraph, a table row, a code block). */
    record Paragraph(String text, int line) implements Block {
    }

    /** One list item's own text (its nested lists are items of their own). */
    record Item(String text, int line) implements Block {
    }

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();

    private MarkdownBody() {
    }

    /**
     * The non-blank blocks of {@code lines}, in order.
     *
     * @param lines     the body's lines
     * @param firstLine the 1-based line of the file that {@code lines.get(0)} is
     */
    static List<Block> read(List<String> lines, int firstLine) {
        Objects.requireNonNull(lines, "lines");
        Node document = PARSER.parse(String.join("\n", lines));
        var out = new ArrayList<Block>();
        collect(document, firstLine, out);
        return out;
    }

    private static void collect(Node parent, int firstLine, List<Block> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            collectNode(node, firstLine, out);
        }
    }

    private static void collectNode(Node node, int firstLine, List<Block> out) {
        int line = line(node, firstLine);
        if (node instanceof org.commonmark.node.Heading h) {
            add(out, new Heading(h.getLevel(), inline(h), line));
        } else if (node instanceof org.commonmark.node.Paragraph p) {
            add(out, new Paragraph(inline(p), line));
        } else if (node instanceof ListItem item) {
            collectItem(item, firstLine, out);
        } else if (node instanceof TableBlock table) {
            collectTable(table, firstLine, out);
        } else if (node instanceof FencedCodeBlock code) {
            add(out, new Paragraph(code.getLiteral().strip(), line));
        } else if (node instanceof IndentedCodeBlock code) {
            add(out, new Paragraph(code.getLiteral().strip(), line));
        } else if (!(node instanceof HtmlBlock)) {
            // lists, quotes and any other container: their blocks in order
            collect(node, firstLine, out);
        }
    }

    /** An item's paragraphs are one bullet; its nested lists and quotes follow as blocks of their own. */
    private static void collectItem(ListItem item, int firstLine, List<Block> out) {
        var text = new StringBuilder();
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Paragraph p) {
                text.append(text.length() == 0 ? "" : " ").append(inline(p));
            }
        }
        add(out, new Item(text.toString().strip(), line(item, firstLine)));
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof org.commonmark.node.Paragraph)) {
                collectNode(child, firstLine, out);
            }
        }
    }

    private static void collectTable(TableBlock table, int firstLine, List<Block> out) {
        new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.CustomNode node) {
                if (node instanceof TableRow row) {
                    var cells = new ArrayList<String>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            String text = inline(cell);
                            if (!text.isBlank()) {
                                cells.add(text);
                            }
                        }
                    }
                    add(out, new Paragraph(String.join("; ", cells), line(row, firstLine)));
                } else {
                    visitChildren(node);
                }
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock node) {
                visitChildren(node);
            }
        }.visit((org.commonmark.node.CustomBlock) table);
    }

    private static void add(List<Block> out, Block block) {
        if (!block.text().isBlank()) {
            out.add(block);
        }
    }

    private static int line(Node node, int firstLine) {
        var spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

    /** The plain text of a block's inline content, whitespace collapsed. */
    static String inline(Node block) {
        var text = new StringBuilder();
        appendInline(block, text);
        return text.toString().replaceAll("\\s+", " ").strip();
    }

    private static void appendInline(Node parent, StringBuilder text) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                text.append(' ');
            } else if (!(node instanceof HtmlInline)) {
                appendInline(node, text);
            }
        }
    }

    /** A list item as a sentence: a closing period added when it has no final punctuation. */
    static String asSentence(String text) {
        String s = text.strip();
        if (s.isEmpty() || ".!?".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s;
        }
        return s.replaceFirst("[,;:]+$", "") + ".";
    }
}
