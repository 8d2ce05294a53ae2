package org.postwise.answer.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a language model's answer against the passages it was given, by code: the text is read as the two parts
 * asked for ("what the material says", "what to do"), each line is made plain by {@link UntrustedText}, and each
 * sentence is kept only when it cites at least one passage and every passage it cites is one of the {@code n}
 * numbered passages retrieved for this question. Whatever else the model wrote (other headings, a preamble after a
 * heading, sentences without a valid citation) is dropped. Stateless and thread-safe.
 */
public final class GroundingCheck {

    /** A kept sentence needs at least this share of all sentences kept for the answer to stand. */
    static final double MIN_KEPT_SHARE = 0.5;

    /**
     * {@code [1]}, {@code [1, 3]}, {@code [2-3]}, {@code [passage 2]}, {@code [P2; P4]}: the numbers cited. A
     * bracket of anything else is not a citation and stays as text.
     */
    private static final Pattern CITATION = Pattern.compile(
            "\\[\\s*((?:(?:passages?|p)\\s*\\.?\\s*)?\\d{1,3}(?:\\s*(?:,|;|-|–|and|&)\\s*(?:(?:passages?|p)\\s*\\.?\\s*)?"
                    + "\\d{1,3})*)\\s*]", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*[-–]\\s*(?:(?:passages?|p)\\s*\\.?\\s*)?(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);
    /** A sentence ends at . ! or ? (with closing quotes or brackets and any citations after it) before a space. */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "[.!?]+[\"'”’)]*(?:\\s*\\[[^\\]\\n]{1,40}])*(?=\\s|$)");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*•+–]|\\d{1,2}[.)])\\s+");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}]+)\\.$");
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "al", "etc", "vs", "dr", "mr", "mrs", "ms",
            "prof", "fig", "no", "st", "approx", "cf", "eg", "ie");
    private static final Pattern HEADING_NOISE = Pattern.compile("[#*_:`>\\s]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    /** Which part of the answer a line belongs to. */
    private enum Part { EVIDENCE, GUIDANCE, OTHER }

    /**
     * A sentence that passed, in plain text without its markers.
     *
     * @param text     the sentence, ending in punctuation
     * @param passages the numbers of the passages it cites, in the order cited, each between 1 and {@code n}
     */
    public record Sentence(String text, List<Integer> passages) {
        public Sentence {
            Objects.requireNonNull(text, "text");
            passages = List.copyOf(passages);
        }
    }

    /** One line (bullet) of an answer: the sentences of it that passed, at least one. */
    public record Line(List<Sentence> sentences) {
        public Line {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * What passed.
     *
     * @param evidence   lines of "what the material says"
     * @param guidance   lines of "what to do"
     * @param sentences  sentences the model wrote in those two parts
     * @param kept       of them, the ones that passed
     * @param notCovered the model said the passages do not answer the question
     */
    public record Result(List<Line> evidence, List<Line> guidance, int sentences, int kept, boolean notCovered) {
        public Result {
            evidence = List.copyOf(evidence);
            guidance = List.copyOf(guidance);
        }

        /**
         * Whether enough passed for the answer to stand: something under "what the material says", and at least
         * half of all sentences (a model that cites badly is not trusted with the rest either).
         */
        public boolean enough() {
            return !notCovered && !evidence.isEmpty() && kept >= MIN_KEPT_SHARE * sentences;
        }

        /** The passage numbers cited, in order of first citation. */
        public List<Integer> citedPassages() {
            var out = new LinkedHashSet<Integer>();
            for (List<Line> part : List.of(evidence, guidance)) {
                part.forEach(l -> l.sentences().forEach(s -> out.addAll(s.passages())));
            }
            return List.copyOf(out);
        }
    }

    /**
     * Checks {@code modelText}.
     *
     * @param passages     how many passages the model was given, numbered from 1
     * @param allowedLinks the links of the knowledge base's sources: the only links a sentence may keep
     * @param partial      the text is still being written: its last, unfinished sentence is left out
     */
    public Result check(String modelText, int passages, Set<String> allowedLinks, boolean partial) {
        Objects.requireNonNull(modelText, "modelText");
        Objects.requireNonNull(allowedLinks, "allowedLinks");
        String text = modelText.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        String unfinished = partial && !text.endsWith("\n") && !lines.isEmpty() ? lines.remove(lines.size() - 1) : null;
        var evidence = new ArrayList<Line>();
        var guidance = new ArrayList<Line>();
        int[] counts = new int[2]; // sentences, kept
        boolean notCovered = false;
        Part part = Part.EVIDENCE; // a model that leaves out the first heading still says what the material says
        for (String raw : lines) {
            String heading = HEADING_NOISE.matcher(raw).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
            if (heading.isEmpty() || heading.startsWith("```")) {
                continue;
            }
            Part next = heading(heading);
            if (next != null) {
                part = next;
                continue;
            }
            if (heading.equals("not covered") || heading.equals("not covered.")) {
                notCovered = true;
                continue;
            }
            addLine(raw, part, passages, allowedLinks, false, evidence, guidance, counts);
        }
        if (unfinished != null && heading(HEADING_NOISE.matcher(unfinished).replaceAll(" ").strip()
                .toLowerCase(Locale.ROOT)) == null) {
            addLine(unfinished, part, passages, allowedLinks, true, evidence, guidance, counts);
        }
        return new Result(evidence, guidance, counts[0], counts[1], notCovered);
    }

    private static Part heading(String line) {
        String l = line.replaceAll("[.]+$", "").strip();
        if (l.startsWith("what the material says") || l.equals("what the passages say")) {
            return Part.EVIDENCE;
        }
        if (l.startsWith("what to do")) {
            return Part.GUIDANCE;
        }
        if (l.length() < 40 && (l.startsWith("where to ask") || l.startsWith("sources") || l.startsWith("references")
                || l.startsWith("disclaimer") || l.startsWith("note"))) {
            return Part.OTHER;
        }
        return null;
    }

    private void addLine(String raw, Part part, int passages, Set<String> allowedLinks, boolean unfinished,
                         List<Line> evidence, List<Line> guidance, int[] counts) {
        if (part == Part.OTHER) {
            return;
        }
        String plain = UntrustedText.neutralize(BULLET.matcher(raw).replaceFirst(""), allowedLinks);
        List<String> sentences = sentences(plain);
        if (unfinished && !sentences.isEmpty()) {
            sentences = sentences.subList(0, sentences.size() - 1);
        }
        var kept = new ArrayList<Sentence>();
        for (String s : sentences) {
            var checked = checkSentence(s, passages);
            if (checked == null) {
                continue; // no words: a stray marker or punctuation
            }
            counts[0]++;
            if (checked.passages().isEmpty()) {
                continue;
            }
            counts[1]++;
            kept.add(checked);
        }
        if (!kept.isEmpty()) {
            (part == Part.EVIDENCE ? evidence : guidance).add(new Line(kept));
        }
    }

    /**
     * The sentence without its citation markers and with the passages it cites; the passages are empty when it
     * cites none or any it cites is not among {@code 1..passages}. Null when it holds no words.
     */
    static Sentence checkSentence(String sentence, int passages) {
        var cited = new ArrayList<Integer>();
        boolean valid = true;
        Matcher m = CITATION.matcher(sentence);
        var rest = new StringBuilder();
        int last = 0;
        while (m.find()) {
            rest.append(sentence, last, m.start()).append(' ');
            last = m.end();
            for (int n : numbers(m.group(1))) {
                if (n < 1 || n > passages) {
                    valid = false;
                } else if (!cited.contains(n)) {
                    cited.add(n);
                }
            }
        }
        rest.append(sentence, last, sentence.length());
        String text = rest.toString().replaceAll("\\s+", " ").replaceAll("\\s+([.,;:!?)])", "$1")
                .replaceAll("\\(\\s*\\)", "").strip();
        if (!LETTERS.matcher(text).find()) {
            return null;
        }
        if (!text.matches("(?s).*[.!?][\"'”’)]*$")) {
            text = text + ".";
        }
        return new Sentence(text, valid ? cited : List.of());
    }

    private static List<Integer> numbers(String group) {
        var out = new ArrayList<Integer>();
        Matcher range = RANGE.matcher(group);
        String rest = group;
        while (range.find()) {
            int a = Integer.parseInt(range.group(1));
            int b = Integer.parseInt(range.group(2));
            if (b < a || b - a > 10) {
                out.add(-1); // not a range anyone would cite: invalid
            } else {
                for (int i = a; i <= b; i++) {
                    out.add(i);
                }
            }
            rest = rest.replace(range.group(), " ");
        }
        Matcher n = NUMBER.matcher(rest);
        while (n.find()) {
            out.add(Integer.parseInt(n.group()));
        }
        return out;
    }

    /** Splits a line into sentences, each with the citations that follow its full stop. */
    static List<String> sentences(String line) {
        var out = new ArrayList<String>();
        Matcher m = SENTENCE_END.matcher(line);
        int start = 0;
        while (m.find()) {
            String candidate = line.substring(start, m.end());
            if (abbreviation(line.substring(start, m.start() + 1))) {
                continue;
            }
            out.add(candidate.strip());
            start = m.end();
        }
        if (start < line.length() && !line.substring(start).isBlank()) {
            out.add(line.substring(start).strip());
        }
        return out;
    }

    /** Whether the full stop ending {@code upToStop} belongs to an abbreviation or an initial, not a sentence end. */
    private static boolean abbreviation(String upToStop) {
        Matcher w = LAST_WORD.matcher(upToStop);
        if (!w.find()) {
            return upToStop.matches("(?s).*\\b(?:e\\.g|i\\.e)\\.$");
        }
        String word = w.group(1).toLowerCase(Locale.ROOT);
        return word.length() == 1 || ABBREVIATIONS.contains(word)
                || upToStop.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:e\\.g|i\\.e)\\.$");
    }
}
