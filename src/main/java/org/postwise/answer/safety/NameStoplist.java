package org.postwise.answer.safety;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Capitalised words that look like names to a pattern but are not: sentence starters, days and months,
 * platform, device and app names ("patient Facebook groups", "a patient's Apple Watch"), and the nouns of
 * title-cased phrases ("Patient Privacy Week", "Patient Portal"). A word on this list is never counted as part
 * of a person's name, so a word that is also a given name ("Alexa", "Siri", "Apple") stays off it.
 */
final class NameStoplist {

    /** The list the patient-identifier guard uses. */
    static final NameStoplist STANDARD = new NameStoplist(List.of(
            // function words and sentence starters
            "a", "an", "the", "and", "or", "but", "if", "so", "then", "than", "as", "at", "by", "for", "from",
            "in", "into", "of", "on", "to", "with", "about", "after", "before", "during", "since", "until",
            "is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do", "does", "did", "can",
            "could", "may", "might", "must", "shall", "should", "will", "would", "who", "whom", "whose", "what",
            "when", "where", "which", "why", "how", "this", "that", "these", "those", "it", "its", "he", "she",
            "they", "we", "you", "me", "him", "her", "his", "hers", "them", "their", "our", "my", "your", "not",
            "no", "yes", "also", "just", "only", "even", "still", "now", "here", "there", "however", "although",
            "though", "because", "while", "yesterday", "today", "tonight", "tomorrow", "recently", "sometimes",
            "last", "next", "every", "each", "some", "any", "all", "many", "most", "few", "several", "other",
            "another", "one", "two", "three", "first", "second", "please", "thanks", "thank", "hello", "hi",
            "dear", "ok", "okay", "like", "unlike", "said", "says", "asked", "asks", "told", "wants", "wanted",
            "posted", "posts", "tweeted", "commented", "messaged", "sent", "shared", "liked", "followed",
            "friended", "tagged", "wrote", "called", "named", "again", "later", "once", "never", "always",
            // days and months
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december",
            // titles of clinicians: a clinician's name is not patient information
            "dr", "dra", "doctor", "nurse", "prof", "professor", "sister", "matron", "consultant", "resident",
            "registrar", "intern", "colleague", "officer", "manager", "director", "chief", "head",
            // platforms and products
            "facebook", "meta", "twitter", "instagram", "tiktok", "youtube", "linkedin", "snapchat", "reddit",
            "whatsapp", "pinterest", "tumblr", "myspace", "google", "healthmap", "doximity", "sermo",
            "wikipedia", "flickr", "yelp", "zocdoc", "threads", "mastodon", "bluesky", "telegram", "signal",
            "messenger", "skype", "zoom", "teams", "facetime", "slack", "discord", "tweet", "tweets", "blog",
            // features and location apps: "my Snap Map shows where I work", "Strava Segments"
            "snap", "map", "maps", "reels", "reel", "marketplace", "strava", "segments", "bereal", "nextdoor",
            "life360",
            // licence names abroad: a Mexican "Cédula Profesional"
            "c\u00e9dula", "cedula", "profesional",
            // mobile money: "pay via M-Pesa Paybill 123456"
            "pesa", "paybill", "gcash", "paytm", "upi",
            "blogs", "email", "emails", "mail", "text", "texts", "chat", "internet", "online", "web", "website",
            "portal", "app", "apps",
            // nouns of title-cased phrases built on "patient"
            "privacy", "safety", "care", "experience", "experiences", "education", "information",
            "rights", "right", "satisfaction", "confidentiality", "advocate", "advocates", "advocacy",
            "protection", "engagement", "health", "records", "record", "data", "communication",
            "communications", "centered", "centred", "support", "group", "groups", "forum", "forums", "voice",
            "voices", "story", "stories", "perspective", "perspectives", "week", "day", "month", "year",
            "social", "media", "network", "networks", "networking", "post", "review", "reviews", "feedback",
            "survey", "surveys", "consent", "access", "relations", "relationship", "relationships",
            "boundaries", "boundary", "photo", "photos", "picture", "pictures", "image", "images", "video",
            "videos", "guidelines", "guideline", "policy", "policies", "rules", "first", "focused", "friendly",
            "family", "families", "charter", "council", "committee", "partners", "partnership", "navigator",
            "advice", "liaison",
            "liaison", "services", "service", "relations", "outcomes", "quality", "journey", "identifiers",
            "identifier", "identity", "names", "name", "details", "detail", "files", "file", "charts", "chart",
            "notes", "note", "zero", "who", "ward", "room", "bed", "unit", "clinic", "hospital", "practice",
            // acronyms and common capitalised descriptors
            "hipaa", "phi", "covid", "safe", "harbor", "harbour", "english", "spanish", "french", "american",
            "british", "canadian",
            "australian", "european", "asian", "african", "hispanic", "latino", "latina", "black", "white",
            "muslim", "christian", "jewish", "catholic", "hindu", "god", "christmas", "easter", "ramadan",
            "thanksgiving", "mother's", "father's",
            // street words: "Elm Street" is a place, not a person; so is a surgery "on High St" or "on Park Rd"
            "street", "avenue", "road", "boulevard", "highway", "plaza", "parkway", "suite", "apt", "st", "rd", "ave",
            "blvd",
            // parts of a building: "Worsley Building", "Main Atrium"
            "building", "atrium", "lobby", "foyer", "auditorium", "annexe", "annex", "library", "theatre",
            "theater", "centre", "center", "campus",
            // names of laws and codes: "break the National Law", "under the Federal Code"
            "national", "federal", "law", "laws", "act", "acts", "regulation", "regulations", "code", "codes",
            "statute", "statutes",
            // devices and health apps a patient uses: "a patient's Apple Watch", "her Fitbit", "the Dexcom app"; not
            // brand words that are also given names ("Apple", "Alexa", "Siri"): "Watch" after "Apple" is enough
            "watch", "iphone", "ipad", "android", "samsung", "fitbit", "garmin", "whoop", "kardia", "alivecor",
            "dexcom", "freestyle", "libre", "omnipod", "mychart", "chatgpt", "copilot",
            // public titles: "Senator", "President" begin a public figure's name, not a patient's
            "senator", "president", "governor", "mayor", "minister", "chancellor", "king", "queen", "prince",
            "princess", "pope"));

    private final Set<String> words;

    /** @param words words that are never part of a name, in any case; duplicates are harmless */
    NameStoplist(Collection<String> words) {
        Objects.requireNonNull(words, "words must not be null");
        this.words = words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether {@code word} (any case) is on the list. */
    boolean contains(String word) {
        Objects.requireNonNull(word, "word must not be null");
        return words.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the first word of {@code phrase} is on the list. */
    boolean startsWithStopword(String phrase) {
        String[] parts = words(phrase);
        return parts.length == 0 || contains(parts[0]);
    }

    /**
     * How many words of {@code phrase} remain once leading stopwords are dropped, stopping at the first
     * stopword after that. "Yesterday John Smith" has two name words; "Last Tuesday" has none.
     */
    int nameWords(String phrase) {
        String[] parts = words(phrase);
        int i = 0;
        while (i < parts.length && contains(parts[i])) {
            i++;
        }
        int count = 0;
        for (; i < parts.length && !contains(parts[i]); i++) {
            // An initial such as "Q." is part of a name but not a name word of its own.
            if (!parts[i].endsWith(".")) {
                count++;
            }
        }
        return count;
    }

    private static String[] words(String phrase) {
        Objects.requireNonNull(phrase, "phrase must not be null");
        String trimmed = phrase.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }
}
