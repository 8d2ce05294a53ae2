package org.postwise.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the passages, in memory, with Lucene's English analysis (lower case, stop words, Porter
 * stemming) so that "blogging", "blogs" and "blog" meet. Immutable once built and safe to share.
 */
final class LexicalIndex {

    static final String BODY = "body";
    private static final String ORD = "ord";

    /**
     * Lucene's English stop set keeps question words, auxiliaries and pronouns ("what", "how", "should",
     * "my"). In questions they carry no topic, yet they count as matches in BM25 and in term coverage, so
     * they are stop words here too.
     */
    static final CharArraySet STOP_WORDS;

    static {
        var words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how",
                "do", "does", "did", "done", "doing", "can", "could", "should", "would", "may", "might", "must",
                "shall", "has", "have", "had", "having", "am", "were", "been", "being", "i", "me", "my", "mine",
                "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "its", "them", "about",
                "from", "so", "than", "too", "very", "just", "any", "all", "some", "also", "ok", "okay",
                "please", "tell", "anything", "something", "get"));
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    private final Analyzer analyzer = new EnglishAnalyzer(STOP_WORDS);
    /** The same analysis with every word kept, for phrases whose small words matter ("mocking me", "no patient"). */
    private final Analyzer everyWord = new EnglishAnalyzer(CharArraySet.EMPTY_SET);
    private final IndexSearcher searcher;
    private final int[] ordinalByDoc;
    private final int documentCount;
    private final List<Set<String>> termsByOrdinal;
    private final Map<String, Integer> documentFrequency;

    /** Indexes {@code bodies}; the i-th body becomes ordinal i. */
    LexicalIndex(List<String> bodies) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < bodies.size(); i++) {
                var doc = new Document();
                doc.add(new TextField(BODY, bodies.get(i), Field.Store.NO));
                doc.add(new StoredField(ORD, i));
                writer.addDocument(doc);
            }
            writer.commit();
            var reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            // each hit's ordinal read once here rather than from its stored fields at every search: a search over
            // every passage (convex fusion scores each candidate on its BM25) returns most of them
            var stored = searcher.storedFields();
            int[] ordinals = new int[reader.maxDoc()];
            for (int doc = 0; doc < ordinals.length; doc++) {
                ordinals[doc] = stored.document(doc).getField(ORD).numericValue().intValue();
            }
            this.ordinalByDoc = ordinals;
        } catch (IOException e) {
            // an in-memory directory does not do I/O; this would be a Lucene bug
            throw new UncheckedIOException("could not build the in-memory lexical index", e);
        }
        this.documentCount = bodies.size();
        var terms = new ArrayList<Set<String>>(bodies.size());
        var df = new HashMap<String, Integer>();
        for (String body : bodies) {
            var set = new LinkedHashSet<>(analyze(body));
            terms.add(Set.copyOf(set));
            set.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        this.termsByOrdinal = List.copyOf(terms);
        this.documentFrequency = Map.copyOf(df);
    }

    /** The analysed terms of {@code text}, in order, duplicates kept. */
    List<String> analyze(String text) {
        return analyze(analyzer, text);
    }

    /** Every word of {@code text} in order, stemmed as {@link #analyze} stems terms but with every word kept. */
    List<String> words(String text) {
        // a phone's curly apostrophe ("I’m") and a keyboard's straight one are one word here
        return analyze(everyWord, text.replace('\u2019', '\''));
    }

    private static List<String> analyze(Analyzer with, String text) {
        var out = new ArrayList<String>();
        try (TokenStream ts = with.tokenStream(BODY, text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a string cannot fail", e);
        }
        return out;
    }

    /** BM25 hits for already analysed {@code terms}: ordinal → score, best first, at most {@code limit}. */
    List<Hit> search(List<String> terms, int limit) {
        if (terms.isEmpty() || documentCount == 0) {
            return List.of();
        }
        var query = new BooleanQuery.Builder();
        for (String t : new LinkedHashSet<>(terms)) {
            query.add(new TermQuery(new Term(BODY, t)), BooleanClause.Occur.SHOULD);
        }
        try {
            var top = searcher.search(query.build(), limit);
            var hits = new ArrayList<Hit>(top.scoreDocs.length);
            for (ScoreDoc sd : top.scoreDocs) {
                hits.add(new Hit(ordinalByDoc[sd.doc], sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("in-memory search failed", e);
        }
    }

    /** Inverse document frequency, BM25 style; a term no passage has gets the highest value. */
    double idf(String term) {
        int df = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
    }

    /** The share of passages that hold {@code term}: 0 for a term no passage has. */
    double passageShare(String term) {
        return documentCount == 0 ? 0 : (double) documentFrequency.getOrDefault(term, 0) / documentCount;
    }

    boolean contains(int ordinal, String term) {
        return termsByOrdinal.get(ordinal).contains(term);
    }

    boolean knows(String term) {
        return documentFrequency.containsKey(term);
    }

    record Hit(int ordinal, double score) {
    }
}
