package org.postwise.answer.safety;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The vectors {@link NearestExemplarGuard} compares a question with: attacks, and ordinary messages that share
 * their words. The bundled exemplars ({@code attack-exemplars.txt} and {@code ordinary-exemplars.txt} beside
 * this class, one message a line) are the English messages of the guard rounds written for this project by
 * helper sessions kept away from the guards' code, and on the ordinary side questions about Postwise itself; the
 * public red team is not among them, so it still measures the guard.
 *
 * @param attacks  unit-length vectors of attack messages
 * @param ordinary unit-length vectors of ordinary messages, in the attacks' space
 */
public record AttackExemplars(List<float[]> attacks, List<float[]> ordinary) {

    static final String ATTACKS = "attack-exemplars.txt";
    static final String ORDINARY = "ordinary-exemplars.txt";

    /**
     * @throws NullPointerException     if a list or a vector is {@code null}
     * @throws IllegalArgumentException if a list is empty, or the vectors differ in length or are not unit length
     */
    public AttackExemplars {
        attacks = List.copyOf(attacks);
        ordinary = List.copyOf(ordinary);
        if (attacks.isEmpty() || ordinary.isEmpty()) {
            throw new IllegalArgumentException("exemplars need at least one attack and one ordinary message, got "
                    + attacks.size() + " and " + ordinary.size());
        }
        int dimension = attacks.get(0).length;
        for (List<float[]> vectors : List.of(attacks, ordinary)) {
            for (float[] v : vectors) {
                if (v.length != dimension) {
                    throw new IllegalArgumentException("every exemplar vector must have " + dimension
                            + " dimensions, one has " + v.length);
                }
                // the guard compares by dot product, which is the cosine only for unit vectors
                if (Math.abs(squaredLength(v) - 1) > 1e-3) {
                    throw new IllegalArgumentException("exemplar vectors must have unit length (normalise them), one has"
                            + " squared length " + squaredLength(v));
                }
            }
        }
    }

    /**
     * The bundled exemplars, embedded by {@code embedAll} (texts in, unit-length vectors out, in order).
     *
     * @throws UncheckedIOException  if a bundled file cannot be read
     * @throws IllegalStateException if {@code embedAll} returns a different number of vectors than texts
     */
    public static AttackExemplars bundled(Function<List<String>, List<float[]>> embedAll) {
        Objects.requireNonNull(embedAll, "embedAll must not be null");
        return new AttackExemplars(embedded(read(ATTACKS), embedAll), embedded(read(ORDINARY), embedAll));
    }

    private static List<float[]> embedded(List<String> texts, Function<List<String>, List<float[]>> embedAll) {
        List<float[]> vectors = embedAll.apply(texts);
        if (vectors.size() != texts.size()) {
            throw new IllegalStateException("embedding " + texts.size() + " exemplars gave " + vectors.size()
                    + " vectors");
        }
        return vectors;
    }

    private static double squaredLength(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        return sum;
    }

    /** The number of dimensions every exemplar vector has. */
    public int dimension() {
        return attacks.get(0).length;
    }

    /**
     * The messages of a bundled file: every non-blank line after the header of {@code #} comments (a message
     * may itself start with a hashtag).
     */
    static List<String> read(String resource) {
        InputStream in = AttackExemplars.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no bundled exemplar file " + resource));
        }
        var lines = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                header = header && line.startsWith("#");
                if (!header && !line.isBlank()) {
                    lines.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled exemplar file " + resource, e);
        }
        return lines;
    }

    /** Counts only: the vectors say nothing to a reader. */
    @Override
    public String toString() {
        return "AttackExemplars[" + attacks.size() + " attacks, " + ordinary.size() + " ordinary]";
    }
}
