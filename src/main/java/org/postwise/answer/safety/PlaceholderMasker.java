package org.postwise.answer.safety;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the identifier spans a pattern guard found into placeholders ("[name]", "[date]", "[number]"), then blunts
 * what the patterns missed: a code of letters and digits goes whole, the {@link StoredQuestionRedactor} replaces
 * any remaining run of digits, date, web or email address, handle and titled name, and every capitalised word
 * inside a sentence that is not a stopword or an acronym becomes "[name]" (or "[place]" after "at", "in", "from").
 * Holds no state; one instance serves every thread.
 */
final class PlaceholderMasker {

    private static final StoredQuestionRedactor REDACTOR = new StoredQuestionRedactor();
    private static final Pattern CAPITALISED_WORD = Pattern.compile("(?<![\\p{L}\\[-])\\p{Lu}[\\p{L}'.-]*");
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?:\"(\\n]\\s*)$");
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\b(?:at|in|from|to|near|of|our)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM_PLACE_BEFORE = Pattern.compile("\\b(?:at|from|our)\\s+$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_WORD = Pattern.compile("(\\p{L}+)\\.?\\s+");
    private static final Pattern PATIENT_WORD = Pattern.compile("(?i:patients?|pts?|clients?)");
    private static final Pattern ALPHANUMERIC_CODE = Pattern.compile(
            "(?<![\\w-])(?=[\\w-]*\\d)(?=[\\w-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\\w-])");
    // possessive: a group repeated greedily recurses once a repeat, which a long run of placeholders overflows
    private static final Pattern REPEATED_PLACEHOLDER = Pattern.compile("(\\[(?:name|place)\\])(?:[\\s,.]*+\\1)++");

    private final Map<String, String> placeholders;
    private final String nameKind;
    private final NameStoplist stoplist;

    /**
     * @param placeholders the placeholder of every kind the spans can carry
     * @param nameKind     the kind of a name span, whose leading stopwords and patient words are kept
     * @param stoplist     words that are never part of a name
     */
    PlaceholderMasker(Map<String, String> placeholders, String nameKind, NameStoplist stoplist) {
        this.placeholders = Map.copyOf(placeholders);
        this.nameKind = Objects.requireNonNull(nameKind, "nameKind must not be null");
        this.stoplist = Objects.requireNonNull(stoplist, "stoplist must not be null");
        if (!this.placeholders.containsKey(nameKind)) {
            throw new IllegalArgumentException("no placeholder for the name kind '" + nameKind + "'");
        }
    }

    /**
     * {@code text} with every span replaced by its kind's placeholder (overlapping spans once, the longest first
     * where two start together), then blunted as the class says.
     *
     * @throws IllegalArgumentException if a span's kind has no placeholder
     */
    MaskedQuestion mask(String text, List<LabelledPattern.FoundSpan> found) {
        List<LabelledPattern.FoundSpan> spans = new ArrayList<>(found);
        spans.sort(Comparator.comparingInt(LabelledPattern.FoundSpan::start)
                .thenComparing(Comparator.comparingInt(LabelledPattern.FoundSpan::end).reversed()));
        StringBuilder out = new StringBuilder(text.length());
        Set<String> kinds = new LinkedHashSet<>();
        int at = 0;
        for (LabelledPattern.FoundSpan span : spans) {
            if (span.end() <= at) {
                continue; // inside a span already replaced
            }
            String placeholder = placeholders.get(span.kind());
            if (placeholder == null) {
                throw new IllegalArgumentException("no placeholder for the kind '" + span.kind() + "'");
            }
            int start = Math.max(at, span.kind().equals(nameKind) ? afterLeadingStopwords(text, span) : span.start());
            out.append(text, at, start).append(placeholder);
            kinds.add(span.kind());
            at = span.end();
        }
        out.append(text, at, text.length());
        // a code with letters and digits ("ABCD1234", "RX-87654321") goes whole, not just its digits
        String codes = ALPHANUMERIC_CODE.matcher(out).replaceAll("[number]");
        String redacted = REDACTOR.redact(codes);
        return new MaskedQuestion(maskProperNouns(redacted), List.copyOf(kinds));
    }

    /** Where a name span's first real name word starts: "Patient Tom Baker" masks as "Patient [name]". */
    private int afterLeadingStopwords(String text, LabelledPattern.FoundSpan span) {
        int at = span.start();
        Matcher word = LEADING_WORD.matcher(text).region(span.start(), span.end());
        while (word.lookingAt() && (stoplist.contains(word.group(1)) || PATIENT_WORD.matcher(word.group(1)).matches())) {
            at = word.end();
            word.region(at, span.end());
        }
        return at;
    }

    /**
     * In a question already known to hold patient details, any capitalised word inside a sentence may be part
     * of one (a town, a clinic, a surname the patterns did not see); the guidance needs none of them, so all are
     * masked except stopwords (platforms, months, function words) and acronyms ("HTN", "COPD").
     */
    private String maskProperNouns(String text) {
        Matcher m = CAPITALISED_WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            String word = m.group();
            String bare = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word.replaceAll("[.'-]+$", "");
            boolean sentenceStart = SENTENCE_START.matcher(text.substring(Math.max(0, m.start() - 3), m.start()))
                    .find() || m.start() == 0;
            Matcher place = PLACE_BEFORE.matcher(text);
            place.region(Math.max(0, m.start() - 6), m.start());
            boolean afterPlaceWord = place.find();
            // acronyms are kept ("HTN", "COPD") unless they name a place: "seen at UCSF", "our NYC clinic"
            boolean acronym = bare.equals(bare.toUpperCase(Locale.ROOT)) && !ACRONYM_PLACE_BEFORE.matcher(text)
                    .region(Math.max(0, m.start() - 6), m.start()).find();
            if (sentenceStart || stoplist.contains(bare) || acronym) {
                continue;
            }
            out.append(text, at, m.start());
            out.append(afterPlaceWord ? "[place]" : "[name]");
            at = m.end();
        }
        out.append(text, at, text.length());
        return REPEATED_PLACEHOLDER.matcher(out).replaceAll("$1");
    }
}
