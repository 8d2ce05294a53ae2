package org.postwise.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postwise.knowledge.SentenceSplitter;

/**
 * The mechanical defects of an answer's text, found without judging its content: the same work numbered twice
 * in its sources, two bullets that say nearly the same words, figure captions or reference-list entries quoted
 * as evidence, fragments (a lower-case start, a few words) and dangling openers ("This…", "The same paper…").
 * The graders' rubric names the same defects; this finds the ones a program can.
 */
public final class AnswerDefects {

    public static final String SAME_WORK_TWICE = "same_work_twice";
    public static final String NEAR_DUPLICATE = "near_duplicate_bullets";
    public static final String CAPTION = "caption";
    public static final String REFERENCE_ENTRY = "reference_entry";
    public static final String FRAGMENT = "fragment";
    public static final String DANGLING = "dangling_opener";

    /** Every defect this class can find, in report order. */
    public static final List<String> KINDS = List.of(SAME_WORK_TWICE, NEAR_DUPLICATE, CAPTION, REFERENCE_ENTRY,
            FRAGMENT, DANGLING);

    private static final Pattern BULLET = Pattern.compile("(?m)^- (.+)$");
    private static final Pattern SOURCE_LINE = Pattern.compile("(?m)^\\[(\\d+)] (.+)$");
    private static final Pattern TRAILING_CITATION = Pattern.compile("\\s*\\[[\\d, ]+]\\s*$");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    /** The end of a source line's citation: a full stop, but not one after an initial ("U.S.", "J. Smith"). */
    private static final Pattern CITATION_END = Pattern.compile("(?<!\\b\\p{Lu})\\. ");
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^(?:figure|fig\\.|table|multimedia appendix)\\s*\\d");
    // a reference-list entry: an author list in Vancouver style, or the database links PubMed pages append
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:^\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}, (?:\\p{Lu}[\\p{L}'-]+ \\p{Lu}{1,3}[,.] ?)+|\\bdoi:\\s*10\\.|\\[PubMed|\\[CrossRef|\\[Medline|\\[Google Scholar)");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on",
            "for", "with", "by", "as", "at", "is", "are", "be", "it", "its", "that", "this", "your", "you", "their",
            "not", "do", "does", "from", "if", "when", "any", "every", "can", "may", "should", "them", "they");
    /** Two bullets sharing at least this share of their content words say nearly the same words. */
    private static final double NEAR_DUPLICATE_JACCARD = 0.6;
    private static final int MIN_WORDS = 3;

    /** The defects of {@code answer}, each named once. */
    public Set<String> find(String answer) {
        var defects = new LinkedHashSet<String>();
        String[] parts = answer.split("\\*\\*Sources\\*\\*", 2);
        List<String> bullets = bullets(parts[0]);
        if (parts.length > 1 && sameWorkTwice(parts[1])) {
            defects.add(SAME_WORK_TWICE);
        }
        for (int i = 0; i < bullets.size(); i++) {
            String b = bullets.get(i);
            if (CAPTION_START.matcher(b).find()) {
                defects.add(CAPTION);
            }
            if (REFERENCE.matcher(b).find()) {
                defects.add(REFERENCE_ENTRY);
            }
            if (isFragment(b)) {
                defects.add(FRAGMENT);
            }
            if (SentenceSplitter.leansOnPrevious(b)) {
                defects.add(DANGLING);
            }
            for (int j = 0; j < i; j++) {
                if (jaccard(words(b), words(bullets.get(j))) >= NEAR_DUPLICATE_JACCARD) {
                    defects.add(NEAR_DUPLICATE);
                }
            }
        }
        return defects;
    }

    /** The bullets of the answer's body, without their citation numbers. */
    static List<String> bullets(String body) {
        var out = new ArrayList<String>();
        Matcher m = BULLET.matcher(body);
        while (m.find()) {
            out.add(TRAILING_CITATION.matcher(m.group(1)).replaceFirst("").strip());
        }
        return out;
    }

    /** Two source lines naming the same work: the same citation or the same link. */
    private static boolean sameWorkTwice(String sources) {
        var citations = new HashSet<String>();
        var links = new HashSet<String>();
        Matcher m = SOURCE_LINE.matcher(sources);
        while (m.find()) {
            String line = m.group(2);
            Matcher end = CITATION_END.matcher(line);
            int stop = end.find() ? end.start() : -1;
            String citation = (stop > 0 ? line.substring(0, stop) : line).toLowerCase(Locale.ROOT).strip();
            if (!citations.add(citation)) {
                return true;
            }
            Matcher link = LINK.matcher(line);
            if (link.find() && !links.add(link.group().replaceFirst("[).,]+$", "").toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFragment(String bullet) {
        String s = bullet.replaceFirst("^[\"'“‘(\\[]+", "");
        if (s.isEmpty() || Character.isLowerCase(s.codePointAt(0))) {
            return true;
        }
        return WORD.matcher(s).results().count() < MIN_WORDS;
    }

    private static Set<String> words(String text) {
        var out = new HashSet<String>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            if (!FUNCTION_WORDS.contains(w)) {
                // a crude plural fold is enough to see "requests" and "request" as one word
                out.add(w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        var common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / (a.size() + b.size() - common.size());
    }
}
