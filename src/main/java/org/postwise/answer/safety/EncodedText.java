package org.postwise.answer.safety;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other readings of a question that may hide an instruction: each base64 or hex blob decoded, and the whole
 * question in rot13 ({@link #readings}); and the question undisguised ({@link #undisguised}: leetspeak, split
 * letters, look-alike letters, split words, reversed text, misspelt attack words). A reading is kept only when it
 * decodes to readable text, so a random token or a hash
 * costs one failed decode and nothing more. Only the first few blobs are decoded and each reading is capped,
 * so the work stays bounded however long the question is.
 */
final class EncodedText {

    /** Blobs shorter than this are words or ids, not hidden sentences. */
    private static final int MIN_BASE64 = 16;
    private static final int MIN_HEX = 16;
    private static final int MAX_BLOBS = 4;
    private static final int MAX_READING = 4000;

    private static final Pattern BASE64_BLOB = Pattern.compile("[A-Za-z0-9+/_-]{" + MIN_BASE64
            + ",4000}={0,2}(?![A-Za-z0-9+/=_-])");
    /** Sixteen hex digits in a row, or eight escaped or spaced bytes: worth running {@link #HEX_BLOB}. */
    private static final Pattern HEX_CUE = Pattern.compile("[0-9A-Fa-f]{16}|(?:(?:\\\\x|0x)[0-9A-Fa-f]{2}|[0-9A-Fa-f]{2}[ :])"
            + "{8}");
    /** Common English words after rot13 ("the", "and", "you", "ignore"): the question may be rot13. */
    private static final Pattern ROT13_WORDS = Pattern.compile("\\b(?:gur|naq|lbh|vtaber|cevag|cerivbhf"
            + "|vafgehpgvbaf)\\b", Pattern.CASE_INSENSITIVE);
    // possessive, with a separator only between bytes: a group repeated greedily recurses once a byte, which a long
    // run of hex-looking letters ("aaaa…") overflows
    private static final Pattern HEX_BLOB = Pattern.compile("(?<![0-9A-Fa-fx\\\\])(?:(?:0x|\\\\x)?[0-9A-Fa-f]{2}"
            + "(?:[ :](?=(?:0x|\\\\x)?[0-9A-Fa-f]{2}))?){" + (MIN_HEX / 2) + ",2000}+(?![0-9A-Fa-f])");

    private EncodedText() {
    }

    /**
     * The decoded readings of {@code text}: blobs that decode to readable text, then its rot13 reading when it
     * reads like rot13 (holds a rot13-shifted common word such as "gur" for "the").
     */
    static List<String> readings(String text) {
        List<String> out = new ArrayList<>();
        int blobs = 0;
        int run = 0;
        for (int i = 0; i <= text.length() && blobs < MAX_BLOBS; i++) {
            // one pass: cheap runs of the base64 alphabet, and only long runs go to the regexes
            if (i < text.length() && isBase64Char(text.charAt(i))) {
                run++;
                continue;
            }
            if (run >= MIN_BASE64) {
                String blob = text.substring(i - run, Math.min(text.length(), i + 2));
                blobs += decodeInto(blob, out);
            }
            run = 0;
        }
        if (HEX_CUE.matcher(text).find()) {
            Matcher h = HEX_BLOB.matcher(text);
            while (blobs < MAX_BLOBS && h.find()) {
                blobs++;
                String decoded = readable(hex(h.group()));
                if (decoded != null) {
                    out.add(decoded);
                }
            }
        }
        if (ROT13_WORDS.matcher(text).find()) {
            out.add(rot13(text.length() > MAX_READING ? text.substring(0, MAX_READING) : text));
        }
        return out;
    }

    /** Digits standing for letters in leetspeak: "1gn0r3 y0ur 5y5t3m pr0mpt". */
    private static final Pattern LEET_WORD = Pattern.compile("\\b(?=\\w*\\p{L})(?=\\w*[0134578@$])[\\w@$]{3,}\\b");
    /**
     * Letters split by a mark each: "R-e-v-e-a-l", "p.r.o.m.p.t". (Letters split by spaces alone lose their
     * word breaks when the question is normalized; the injection guard reads those on their letters alone.)
     */
    // one character class (a mark or an emoji), and possessive: an alternation repeated greedily recurses once a
    // letter, which a long run of "a.a.a." overflows
    private static final String SEPARATOR = "[-._*/|\\p{So}\\p{Sk}]";
    private static final Pattern SPLIT_LETTERS = Pattern.compile("(?<![\\p{L}\\d])\\p{L}(?:" + SEPARATOR + "\\p{L}){3,}+"
            + "(?![\\p{L}\\d])");
    /** Once a word is split, its short neighbours are too: "p.r.e.t.e.n.d y.o.u h.a.v.e n.o r.u.l.e.s". */
    private static final Pattern SHORT_SPLIT = Pattern.compile("(?<![\\p{L}\\d])\\p{L}(?:" + SEPARATOR + "\\p{L})++"
            + "(?![\\p{L}\\d])");
    private static final Pattern ONE_SEPARATOR = Pattern.compile(SEPARATOR);

    /**
     * The question as it would read undisguised: leetspeak digits as letters, letters split by marks joined,
     * Cyrillic and Greek look-alikes as Latin letters, capitals in squares and circles as plain ones, words split
     * by hyphens joined, and the whole text reversed. Each reading is made only when the question shows the disguise, as rot13 is in {@link #readings}.
     */
    static List<String> undisguised(String text) {
        var out = new ArrayList<String>(3);
        Matcher leet = LEET_WORD.matcher(text);
        if (leet.find()) {
            // leetspeak and misspelling come together ("1gnore ur rulez"): the unleeted reading is respelt too
            out.add(respelt(leet.replaceAll(m -> Matcher.quoteReplacement(unleet(m.group())))));
        }
        spacedOut(text).ifPresent(out::add);
        if (SPLIT_LETTERS.matcher(text).find()) {
            out.add(SHORT_SPLIT.matcher(text).replaceAll(m -> ONE_SEPARATOR.matcher(m.group()).replaceAll("")));
        }
        if (MIXED_SCRIPT.matcher(text).find()) {
            out.add(latinLookAlikes(text));
        }
        if (text.codePoints().anyMatch(EncodedText::enclosedLetter)) {
            out.add(unenclosed(text));
        }
        if (SYLLABLE_BREAK.matcher(text).results().limit(2).count() == 2) {
            out.add(SYLLABLE_BREAK.matcher(text.replace('_', ' ')).replaceAll(""));
        }
        if (REVERSED_WORDS.matcher(text).find()) {
            out.add(new StringBuilder(text).reverse().toString());
        }
        String respelt = respelt(text);
        if (!respelt.equals(text)) {
            out.add(respelt);
        }
        return out;
    }

    /**
     * The words an attack is made of, for {@link #respelt}: "ignroe ur previus instrucitons" reads as "ignore your
     * previous instructions". Only these distinctive words are corrected (not "your" or "show", which "hour" and
     * "snow" are one letter from), so a staff question's typos do not turn into an attack.
     */
    private static final List<String> ATTACK_WORDS = List.of("ignore", "disregard", "forget", "override", "bypass",
            "previous", "instructions", "instruction", "prompt", "system", "reveal", "guidelines", "hidden",
            "configuration", "restrictions", "developer", "jailbreak", "pretend");
    private static final Pattern FOREIGN_VERB_ENDING = Pattern.compile("er|ar|ir|are|ere|ire|ieren|eer|eren");
    /** Plurals written with a "z" in chat; "rules" itself is never guessed at ("roles" is one letter from it). */
    private static final List<String> ATTACK_PLURALS = List.of("rules", "instructions", "prompts", "guidelines",
            "restrictions", "settings");
    /** Chat spellings of the words above. */
    private static final java.util.Map<String, String> CHAT_SPELLINGS = java.util.Map.of("ur", "your", "u", "you",
            "n", "and", "pls", "please", "plz", "please", "sys", "system");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /**
     * The question with misspelt attack words put right: a word of four letters or more one edit (a letter
     * added, dropped, changed or two swapped) from an {@link #ATTACK_WORDS attack word}, or two edits for eight
     * letters or more; and chat spellings ("ur", "u", "pls") written out.
     */
    static String respelt(String text) {
        Matcher word = WORD.matcher(text);
        return word.replaceAll(m -> Matcher.quoteReplacement(respell(m.group())));
    }

    private static String respell(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        String chat = CHAT_SPELLINGS.get(lower);
        if (chat != null) {
            return chat;
        }
        if (lower.endsWith("z") && ATTACK_PLURALS.contains(lower.substring(0, lower.length() - 1) + "s")) {
            // chat plurals: "rulez", "instructionz"
            return lower.substring(0, lower.length() - 1) + "s";
        }
        if (lower.length() < 4 || ATTACK_WORDS.contains(lower)) {
            return word;
        }
        int allowed = lower.length() >= 8 ? 2 : 1;
        for (String target : ATTACK_WORDS) {
            String stem = target.substring(0, target.length() - 1);
            if (lower.startsWith(stem) && FOREIGN_VERB_ENDING.matcher(lower.substring(stem.length())).matches()) {
                // another language's verb, not a misspelling: French "ignorer", Italian "ignorare", German
                // "ignorieren" ("ignorre", "reveals" and "ignored" are still read as the attack words)
                continue;
            }
            if (Math.abs(target.length() - lower.length()) <= allowed && editDistance(lower, target, allowed) <= allowed) {
                return target;
            }
        }
        return word;
    }

    /** Optimal string alignment distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }

    /**
     * {@code text} with its letters spaced out joined ("i g n o r e   y o u r" reads "ignore your"), if it has any;
     * the guard also reads the question as typed this way, before normalising closes the wider gaps between words.
     */
    static Optional<String> spacedOut(String text) {
        Matcher spaced = SPACED_LETTERS.matcher(text);
        return spaced.find() ? Optional.of(spaced.replaceAll(m -> m.group().replace(" ", ""))) : Optional.empty();
    }

    /**
     * Latin capitals in squares and circles ("🅸🅶🅽🅾🆁🅴", "🄸🄶🄽"): squared, negative circled and negative squared,
     * which Unicode normalisation leaves as they are.
     */
    private static boolean enclosedLetter(int cp) {
        return cp >= 0x1F130 && cp <= 0x1F189;
    }

    /** {@code text} with its enclosed capitals as plain capitals. */
    private static String unenclosed(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.appendCodePoint(enclosedLetter(cp) ? 'A' + (cp - 0x1F130) % 0x20 : cp));
        return out.toString();
    }

    /** Four or more single letters with one space between each: "i g n o r e   y o u r" (words apart by more). */
    private static final Pattern SPACED_LETTERS = Pattern.compile("(?<!\\p{L} )(?<!\\p{L})\\p{L}(?: \\p{L}){3,}"
            + "(?![\\p{L}])");

    /** Common words spelt backwards ("eht", "uoy", "erongi"): the question may be written in reverse. */
    private static final Pattern REVERSED_WORDS = Pattern.compile("\\b(?:eht|dna|uoy|ruoy|erongi|tnirp|laever"
            + "|snoitcurtsni|tpmorp|metsys|selur|tegrof)\\b", Pattern.CASE_INSENSITIVE);

    /** A word that mixes Latin letters with Cyrillic or Greek ones: "Іgnоrе" with Cyrillic І and о. */
    private static final Pattern MIXED_SCRIPT = Pattern.compile("(?=[\\p{L}]*\\p{IsLatin})(?=[\\p{L}]*[\\p{IsCyrillic}"
            + "\\p{IsGreek}])\\p{L}{2,}");
    /** A hyphen or underscore inside a word: "Dis-re-gard_your_prior". */
    private static final Pattern SYLLABLE_BREAK = Pattern.compile("(?<=\\p{L})-(?=\\p{L})");
    private static final String LOOK_ALIKES = "\u0430a\u0435e\u043eo\u0440p\u0441c\u0443y\u0445x\u0456i\u0458j"
            + "\u0455s\u0501d\u04bbh\u04cfl\u0410A\u0412B\u0415E\u041aK\u041cM\u041dH\u041eO\u0420P\u0421C"
            + "\u0422T\u0425X\u0406I\u0408J\u0405S\u03bfo\u03b1a\u03b5e\u03b9i\u03bdv\u03c1p\u03c4t\u03c5u"
            + "\u03bak\u0391A\u0392B\u0395E\u0396Z\u0397H\u0399I\u039aK\u039cM\u039dN\u039fO\u03a1P\u03a4T"
            + "\u03a5Y\u03a7X";

    /** Cyrillic and Greek letters that look Latin, as the Latin letters they imitate. */
    private static String latinLookAlikes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int at = LOOK_ALIKES.indexOf(c);
            out.append(at >= 0 && at % 2 == 0 ? LOOK_ALIKES.charAt(at + 1) : c);
        }
        return out.toString();
    }

    private static String unleet(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return out.toString();
    }

    private static int decodeInto(String candidate, List<String> out) {
        Matcher b = BASE64_BLOB.matcher(candidate);
        if (!b.lookingAt()) {
            return 0;
        }
        String blob = b.group();
        // a blob of letters only is an ordinary long word or a name, not base64 worth decoding
        if (blob.chars().noneMatch(c -> c >= '0' && c <= '9' || c == '+' || c == '/' || c == '=')
                && blob.chars().filter(Character::isUpperCase).count() <= 2) {
            return 0;
        }
        String decoded = readable(base64(blob));
        if (decoded != null) {
            out.add(decoded);
        }
        return 1;
    }

    private static boolean isBase64Char(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '_' || c == '-';
    }

    /** Shifts every ASCII letter by 13 places; everything else stays. */
    static String rot13(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'a' && c <= 'z') {
                chars[i] = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) ('A' + (c - 'A' + 13) % 26);
            }
        }
        return new String(chars);
    }

    private static byte[] base64(String blob) {
        String body = blob.replace('-', '+').replace('_', '/').replace("=", "");
        if (body.length() % 4 == 1) {
            return null; // not a whole number of bytes: not base64
        }
        try {
            return Base64.getDecoder().decode(body + "==".substring(0, (4 - body.length() % 4) % 4));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] hex(String blob) {
        String digits = blob.replaceAll("0x|\\\\x|[ :]", "");
        if (digits.length() % 2 != 0) {
            digits = digits.substring(0, digits.length() - 1);
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** The bytes as UTF-8 text when they are mostly letters and spaces, else {@code null}. */
    private static String readable(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, MAX_READING))).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        long plain = text.chars().filter(c -> Character.isLetter(c) || c == ' ').count();
        return plain * 10 >= text.length() * 8L && text.indexOf(' ') >= 0 ? text : null;
    }
}
