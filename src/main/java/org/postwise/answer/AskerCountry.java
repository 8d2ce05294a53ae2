package org.postwise.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.postwise.knowledge.SourceRef;

/**
 * The country a question's asker says they work in ("a nurse in Ontario", "our NHS trust", "GP in Cork"), read from
 * the place names of {@code places.tsv}: when a question names places of exactly one country, evidence that rests
 * only on another country's law or regulator (HIPAA, the NLRB, the FTC to a nurse in Manila) is not quoted to it.
 *
 * <p>Places are matched as whole words in order, the longest first, and a word matched once is not matched again:
 * "British Columbia" is Canada, not Britain, and "Northern Ireland" the United Kingdom, not Ireland. A question that
 * names two countries ("I'm a UK nurse moving to Canada") or none has no country, and every statement stays open to
 * it. A place where someone else is ("her daughter lives in Australia", "his grandkids in Canada") is not where the
 * asker works, and names no country.
 */
public final class AskerCountry {

    /** Names no country for any question: every statement is quoted whatever its jurisdiction. */
    public static final AskerCountry NONE = new AskerCountry(List.of());

    private static final String RESOURCE = "places.tsv";
    /**
     * Someone other than the asker, before where they are: "his grandkids in Canada" (after a possessive, since "a
     * ward sister in Glasgow" and "a school nurse for kids in Texas" are where the asker works), "she lives in
     * Australia".
     */
    private static final List<String> OTHERS = List.of("she", "he", "they", "daughter", "daughters", "son",
            "sons", "family", "relative", "relatives", "parent", "parents", "children", "kids", "grandchildren",
            "grandkids", "grandson", "granddaughter", "sister", "brother", "mum", "mom", "mother", "dad", "father",
            "husband", "wife", "partner", "friend", "friends", "cousin", "niece", "nephew", "aunt", "uncle");
    /** What puts someone in a place: "lives in", "moved to", "is in". */
    private static final List<String> BEING = List.of("lives", "living", "moved", "emigrated", "relocated", "is",
            "are", "was", "based");
    private static final Set<String> PREPOSITIONS = Set.of("in", "to");
    /** Whose person it is: "my sister in Perth", "his grandkids in Canada". */
    private static final List<String> POSSESSIVES = List.of("my", "her", "his", "their", "our", "your");
    /** Words between a person and what puts them in a place: "a friend who lives in …". */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that");

    /** One place name: its raw phrase, and the country whose it is. */
    private record Place(String phrase, String country) {
    }

    private final List<Place> places;
    /**
     * The phrases and the context words as the index reads them: read once, since every index version reads words
     * the same way (the analyser is fixed; only the vocabulary changes).
     */
    private volatile Read read;

    /**
     * The place phrases (longest first) and the words of {@link #OTHERS}, {@link #BEING} and {@link #POSSESSIVES}, all
     * as the index reads them.
     */
    private record Read(List<Map.Entry<List<String>, String>> byLength, Set<String> others, Set<String> being,
                        Set<String> possessives) {
    }

    private AskerCountry(List<Place> places) {
        this.places = List.copyOf(places);
    }

    /** Every place phrase, as written in the file. */
    List<String> phrases() {
        return places.stream().map(Place::phrase).toList();
    }

    /** The place names shipped with Postwise ({@code org/postwise/answer/places.tsv}). */
    public static AskerCountry load() {
        try (InputStream in = AskerCountry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Place names from lines of {@code CODE<tab>phrase; phrase; …} ({@code #} starts a comment line).
     *
     * @throws IllegalArgumentException for a line without a tab, a code that is no ISO 3166 two-letter country
     *                                  code, or a country without phrases; the message names the line
     */
    static AskerCountry parse(List<String> lines) {
        var places = new ArrayList<Place>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = lines.get(i).indexOf('\t');
            String code = tab < 0 ? "" : lines.get(i).substring(0, tab).strip();
            if (tab < 0 || !SourceRef.isCountry(code)) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1)
                        + ": expected an ISO 3166 two-letter country code, a tab and phrases separated by ';'");
            }
            int before = places.size();
            for (String phrase : lines.get(i).substring(tab + 1).split(";")) {
                if (!phrase.isBlank()) {
                    places.add(new Place(phrase.strip(), code));
                }
            }
            if (places.size() == before) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": " + code + " has no places");
            }
        }
        return new AskerCountry(places);
    }

    /**
     * The one country whose places the question names, if it names places of exactly one.
     *
     * @param questionWords the question's words as the index reads them ({@code PassageIndex#words})
     * @param reader        how the index reads words, for the place names (read on the first call only)
     */
    public Optional<String> of(List<String> questionWords, Function<String, List<String>> reader) {
        Objects.requireNonNull(questionWords, "questionWords");
        Objects.requireNonNull(reader, "reader");
        if (places.isEmpty() || questionWords.isEmpty()) {
            return Optional.empty();
        }
        Read words = read;
        if (words == null) {
            words = new Read(places.stream()
                    .map(p -> Map.entry(reader.apply(p.phrase()), p.country()))
                    .filter(e -> !e.getKey().isEmpty())
                    .sorted(Comparator.comparingInt((Map.Entry<List<String>, String> e) -> e.getKey().size())
                            .reversed())
                    .toList(),
                    readWords(OTHERS, reader), readWords(BEING, reader), readWords(POSSESSIVES, reader));
            read = words;
        }
        boolean[] used = new boolean[questionWords.size()];
        Set<String> countries = new HashSet<>();
        for (var place : words.byLength()) {
            List<String> phrase = place.getKey();
            for (int start = 0; start + phrase.size() <= questionWords.size(); start++) {
                if (matches(questionWords, used, start, phrase)) {
                    // marked even when it is someone else's, so that "south wales" inside "new south wales" is not
                    // read again on its own
                    for (int k = 0; k < phrase.size(); k++) {
                        used[start + k] = true;
                    }
                    if (!someoneElses(words, questionWords, start, phrase)) {
                        countries.add(place.getValue());
                    }
                }
            }
        }
        return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
    }

    /**
     * Whether the place matched at {@code start} is where someone other than the asker is: right after "in" or "to"
     * that follows someone's relative ("his grandkids in Canada"), or follows a relative or a third person and
     * "lives", "moved" or "is" ("her daughter lives in Australia", "a friend who moved to Canada"); not the asker's
     * own "a nurse who lives in Perth" or "a ward sister in Glasgow".
     */
    private static boolean someoneElses(Read words, List<String> questionWords, int start, List<String> place) {
        // a phrase written after its preposition ("in sydney") carries it as its first word
        int preposition = PREPOSITIONS.contains(place.get(0)) ? start : start - 1;
        if (preposition < 1 || !PREPOSITIONS.contains(questionWords.get(preposition))) {
            return false;
        }
        String before = questionWords.get(preposition - 1);
        if (words.others().contains(before)) {
            return preposition >= 2 && words.possessives().contains(questionWords.get(preposition - 2));
        }
        if (preposition < 2 || !words.being().contains(before)) {
            return false;
        }
        int subject = preposition - 2;
        if (RELATIVE_PRONOUNS.contains(questionWords.get(subject)) && subject >= 1) {
            subject--;
        }
        return words.others().contains(questionWords.get(subject));
    }

    private static Set<String> readWords(List<String> words, Function<String, List<String>> reader) {
        var out = new HashSet<String>();
        words.forEach(w -> out.addAll(reader.apply(w)));
        return Set.copyOf(out);
    }

    private static boolean matches(List<String> questionWords, boolean[] used, int start, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (used[start + k] || !questionWords.get(start + k).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
