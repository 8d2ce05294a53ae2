package org.postwise.answer.safety;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flags {@link QuestionGuard#PHI} when a question carries something that identifies a patient, following
 * the HIPAA Safe Harbor identifiers (45 CFR 164.514(b)(2)): names, dates tied to an individual, ages over
 * 89, phone and fax numbers, email addresses, Social Security, medical record, health plan, account and
 * licence numbers, vehicle and device identifiers, street addresses and ZIP codes, IP addresses and
 * personal web addresses.
 *
 * <p>The guard looks for identifiers, not topics: "can I friend a patient?" or "a patient asked me about
 * HIV on Twitter" are the questions Postwise exists to answer and pass clean. Identifiers that are only
 * personal in context (a full date, a capitalised name, a profile URL) count only next to a patient word;
 * identifiers that are personal on their own (an email address, a phone number) always count.
 *
 * <p>Every pattern is precompiled and written to run in linear time (no nested unbounded quantifiers;
 * look-behinds so a match cannot restart inside a run of letters or digits), and each runs only where its
 * {@link SearchScope} cues occur, so a 2,000-character question costs well under a millisecond. The
 * verdict carries only the fixed labels below, in the order of {@link #KINDS}; the guard keeps nothing.
 */
public final class PatientIdentifierGuard implements QuestionGuard {

    /** A capitalised personal name next to a patient word ("patient John Smith", "Mr. Okafor in bed 4"). */
    public static final String NAME = "name next to a patient word";
    /** A date (day and month, with or without a year) after a birth label ("DOB 03/04/1975"). */
    public static final String DATE_OF_BIRTH = "date of birth";
    /** A full date with a year near a patient or care-event word ("admitted on 2023-05-01"). */
    public static final String PATIENT_DATE = "date next to a patient word";
    /** A stated age of 90 or more ("92-year-old", "aged 95"). */
    public static final String AGE_OVER_89 = "age over 89";
    /** A phone or fax number. */
    public static final String PHONE = "phone number";
    /** An email address. */
    public static final String EMAIL = "email address";
    /** A Social Security number. */
    public static final String SSN = "social security number";
    /** A labelled medical record, chart or patient number. */
    public static final String MEDICAL_RECORD = "medical record number";
    /** A labelled health plan, policy, member, account, licence or certificate number. */
    public static final String ACCOUNT = "account or licence number";
    /** A labelled vehicle identifier, licence plate, serial number or device identifier. */
    public static final String VEHICLE_OR_DEVICE = "vehicle or device identifier";
    /** A street address or post-office box. */
    public static final String STREET_ADDRESS = "street address";
    /** A ZIP+4 code, or a five-digit ZIP code after a state code. */
    public static final String ZIP_CODE = "zip code";
    /** An IPv4 or full IPv6 address. */
    public static final String IP_ADDRESS = "ip address";
    /** A personal profile, blog or fundraiser URL near a patient word. */
    public static final String PERSONAL_URL = "personal web address";
    /** An {@code @handle} near a patient word. */
    public static final String SOCIAL_HANDLE = "social media handle";

    /** Every label this guard can report, in the order it reports them. */
    public static final List<String> KINDS = List.of(NAME, DATE_OF_BIRTH, PATIENT_DATE, AGE_OVER_89, PHONE,
            EMAIL, SSN, MEDICAL_RECORD, ACCOUNT, VEHICLE_OR_DEVICE, STREET_ADDRESS, ZIP_CODE, IP_ADDRESS,
            PERSONAL_URL, SOCIAL_HANDLE);

    private static final int CI = Pattern.CASE_INSENSITIVE;

    // ---- dates -------------------------------------------------------------------------------------------

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?(?![a-z])";
    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH_NUMBER = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String ORDINAL = "(?:st|nd|rd|th)?";

    /** The end of a date: not followed by more of a number ("3/4/1975/2", "1975-03-04-7"). */
    private static final String DATE_END = "(?![\\w/]|[.-]\\d)";
    /** A full date that starts with a digit: "1975-03-04", "03/04/1975", "4th of March 1975". */
    private static final String DIGIT_FIRST_DATE = "(?<![\\w/.-])(?:"
            + YEAR + "(?:-" + MONTH_NUMBER + "-|/" + MONTH_NUMBER + "/|\\." + MONTH_NUMBER + "\\.)" + DAY
            + "|" + DAY + "(?:/" + DAY + "/|-" + DAY + "-|\\." + DAY + "\\.)(?:" + YEAR + "|\\d{2})"
            + "|" + DAY + ORDINAL + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
            + ")" + DATE_END;
    /** A full date that starts with the month: "March 4, 1975". */
    private static final String MONTH_FIRST_DATE = "(?<![\\w/.-])" + MONTH + "\\s+" + DAY + ORDINAL + ",?\\s+"
            + YEAR + DATE_END;
    /** A date with day, month and year; a day and month alone ("a meeting on 3/14") is not one. */
    private static final String FULL_DATE = "(?:" + DIGIT_FIRST_DATE + "|" + MONTH_FIRST_DATE + ")";
    /** Cues for {@link #MONTH_FIRST_DATE}: the three letters every month name starts with. */
    private static final String[] MONTH_CUES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
        "oct", "nov", "dec"};
    /** After a birth label even a partial date is an element of the birth date, so these count there. */
    private static final String PARTIAL_DATE = "(?<![\\w/.-])(?:"
            + MONTH + ",?\\s+" + YEAR
            + "|" + MONTH + "\\s+" + DAY + ORDINAL + "(?!\\w)"
            + "|" + DAY + ORDINAL + "\\s+(?:of\\s+)?" + MONTH
            + "|" + DAY + "[/.-]" + DAY + "(?![\\w/-]|\\.\\d))";
    private static final String BIRTH_LABEL = "(?:\\bborn|\\bdob\\b|\\bd\\.o\\.b\\b\\.?|\\bdate\\s+of\\s+birth"
            + "|\\bbirth\\s*-?date|\\bbirthday|\\bb-?day\\b)";

    private static final Proximity BIRTH_LABEL_BEFORE = new Proximity(Pattern.compile(BIRTH_LABEL, CI), 30, 0);

    /** Patient words and care events that make a full date the date of someone's care. */
    private static final Proximity CARE_EVENT_NEARBY = new Proximity(Pattern.compile(
            "(?<![\\p{L}-])(?:patients?|pts?|clients?|admit(?:s|ted|ting)?|admission|re-?admitted"
                    + "|discharg(?:e|es|ed|ing)|seen|visit(?:s|ed)?|died|death|deceased|passed\\s+away|expired"
                    + "|gave\\s+birth|surgery|diagnosed|treated|transferred|date\\s+of\\s+service|dos)(?!\\p{L})",
            CI), 60, 40);

    // ---- people and their context -----------------------------------------------------------------------

    /** Patient words alone: what makes a profile URL or a handle someone's rather than the hospital's. */
    private static final Proximity PATIENT_NEARBY = new Proximity(Pattern.compile(
            "(?<![\\p{L}-])(?:patient|pt|client)(?:s|'s|s')?(?!\\p{L})", CI), 60, 40);

    private static final String HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme|Madam)\\.?";
    /** One capitalised name word: "Smith", "O'Brien", "McDonald", "Núñez", "Smith-Jones". */
    private static final String NAME_WORD =
            "(?:\\p{Lu}')?\\p{Lu}\\p{Ll}++(?:\\p{Lu}\\p{Ll}++)?(?:-\\p{Lu}\\p{Ll}++)?";
    /** Up to three name words, with optional middle initials ("John Q. Public"). */
    private static final String PERSON = NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.\\s+)?" + NAME_WORD + "){0,2}";
    /** Where a name can start: a capital (tested first, because it rules out most positions cheaply). */
    private static final String NAME_START = "(?=\\p{Lu})(?<![\\p{L}'.])";
    private static final String NAMED = "(?:(?<hon>" + HONORIFIC + ")\\s+)?(?<name>" + PERSON + ")";
    /** Between a patient word and the name: "patient John", "patient: John", "a patient named John". */
    private static final String INTRODUCER = "(?:\\s*[:,(]\\s*|\\s+(?:(?:named|called|by\\s+the\\s+name\\s+of"
            + "|whose\\s+name\\s+is)\\s+)?)";
    /** "pt" counts only when not a font size ("12 pt Arial"). */
    private static final String ONE_PATIENT = "(?<![\\p{L}-])(?:(?i:patient|client)|(?<!\\d\\s?)[Pp]t\\.?)";
    private static final String SEVERAL_PATIENTS = "(?<![\\p{L}-])(?:(?i:patients|clients)|(?<!\\d\\s?)[Pp]ts\\.?)";
    private static final String RELATIVE = "(?i:daughter|son|wife|husband|partner|spouse|mother|father|mum|mom"
            + "|dad|sister|brother|sibling|parents?|child|children|kid|grandson|granddaughter|grandchild"
            + "|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|friend|girlfriend|boyfriend|fianc[eé]e?"
            + "|caregiver|carer|guardian|relative|family\\s+member|next\\s+of\\s+kin)";
    /** Role nouns that turn "a patient" into someone's job title ("Sarah Jones, a patient advocate"). */
    private static final String PATIENT_ROLE = "(?i:advocates?|safety|experience|educators?|liaisons?"
            + "|navigators?|representatives?|relations|care|portals?|services|access|coordinators?|engagement"
            + "|partners?|leaders?|champions?|voices?|groups?|forums?|information|education|privacy|rights)";

    // ---- numbers ----------------------------------------------------------------------------------------

    /** Between a label and its value: "MRN 123", "MRN: 123", "MRN is 123", "account # 123". */
    private static final String VALUE_AFTER_LABEL = "\\s*(?:(?:is|was|of)\\s+)?[:#=]?\\s*#?\\s*";
    /** An alphanumeric identifier holding at least one digit. */
    private static final String CODE = "(?=[a-z0-9-]{0,24}\\d)[a-z0-9][a-z0-9-]{3,24}(?![a-z0-9])";
    /** Labels that make a phone-shaped number a citation or another kind of identifier. */
    private static final Proximity OTHER_NUMBER_LABEL_BEFORE = new Proximity(Pattern.compile(
            "\\b(?:isbn|issn|doi|pmid|pmcid|arxiv|grant|award|ref|nhs|mrn|chart|record|account|acct|policy"
            + "|member|ssn)\\b", CI), 20, 0);
    /** Labels that make a dotted quad a version or section number rather than an IP address. */
    private static final Proximity VERSION_LABEL_BEFORE = new Proximity(Pattern.compile(
            "\\b(?:version|ver|v|release|build|section|chapter|figure|table|step|rule)\\b\\.?\\s*$", CI), 12, 0);
    private static final Pattern YEAR_RANGE = Pattern.compile("(?:19|20)\\d{2}\\s*-\\s*(?:19|20)\\d{2}");
    private static final Pattern AGGREGATE_BEFORE = Pattern.compile(
            "(?:\\bover|\\babove|\\bolder\\s+than|\\bat\\s+least|\\bmore\\s+than|>=?|\u2265)\\s*(?:the\\s+)?$", CI);
    private static final Pattern TITLE_AFTER = Pattern.compile("\\.?\\s+\\p{Lu}\\p{Ll}");

    private static final NameStoplist STOPLIST = NameStoplist.STANDARD;

    // ---- the patterns, each with where it is worth running (see SearchScope) ------------------------------

    private static final String NAME_AFTER_ONE_PATIENT = ONE_PATIENT + INTRODUCER + NAMED;
    private static final String NAME_AFTER_PATIENTS = SEVERAL_PATIENTS + INTRODUCER + NAMED;
    /** "John Smith, a patient of mine", "Mrs. Jones is my patient". */
    private static final String NAME_BEFORE_PATIENT = NAME_START + NAMED
            + "\\s*,?\\s+(?:(?:is|was|has\\s+been|who\\s+is|who\\s+was)\\s+)?"
            + "(?:a|an|my|our|the|one\\s+of\\s+(?:my|our|the))\\s+"
            + "(?:(?:former|current|new|regular|long-?time|elderly|young|old|recent|pediatric|paediatric"
            + "|private)\\s+)?(?i:patients?|pts?|clients?)(?!['\\p{L}])(?!\\s+" + PATIENT_ROLE + "\\b)";
    /** "Mr. Okafor in bed 4". */
    private static final String NAME_IN_BED = NAME_START + NAMED
            + "\\s*,?\\s+(?:(?:is|was)\\s+)?(?:in|on|from|at)\\s+(?:(?:the|a)\\s+)?"
            + "(?i:bed|room|bay|cubicle|ward|unit|icu\\s+bed)\\s*#?\\s*\\d{1,4}[A-Za-z]?(?!\\w)";
    /** "the patient's daughter Anna Kim". */
    private static final String NAME_OF_RELATIVE = "(?<![\\p{L}-])(?i:patient|pt|client)(?:'s|s')\\s+"
            + RELATIVE + INTRODUCER + NAMED;

    /**
     * A name anywhere near a care setting: "a patient in room 12, Mrs. Garcia", "the patient in bed 7 is Tom
     * Baker", "Jane Doe, who I treated last week", "I saw Mrs. Garcia in clinic". The check below asks for a
     * full name or an honorific and rules out clinicians' titles ("Dr. Nguyen").
     */
    private static final String NAME_NEAR_CARE = NAME_START + NAMED;
    private static final String[] CARE_CUES = {"patient", "pt", "client", "bed", "room", "bay", "ward", "clinic",
            "treated", "treating", "admitted", "discharged", "seen", "saw", "visited", "surgery", "operated",
            "diagnosed", "appointment", "consult"};
    private static final Proximity CARE_SETTING_NEARBY = new Proximity(Pattern.compile(
            // "patient advocate", "patient portal": a job or a service, not a patient
            "(?<![\\p{L}-])(?:(?:patients?|pts?|clients?)(?!\\s+" + PATIENT_ROLE + "\\b)"
                    + "|(?:bed|room|bay|cubicle)\\s*#?\\s*\\d{1,4}|ward|clinic"
                    + "|treat(?:ed|ing)|admitted|discharged|seen|saw|visited|surgery|operated\\s+on|diagnosed"
                    + "|appointment|consult(?:ed|ation)?)(?!\\p{L})", CI), 60, 40);
    /** Titles of staff who give care or run it: a name after one of these is a colleague, not a patient. */
    private static final Pattern CLINICIAN_TITLE_BEFORE = Pattern.compile(
            "(?i:\\b(?:dr|doctor|prof|professor|nurse|sister|matron|colleagues?|co-?workers?|consultant|resident"
                    + "|registrar|surgeon|physician|pharmacist|therapist|midwife|manager|director|head|lead|chief"
                    + "|officer|coordinator|administrator|supervisor|chair|dean|ceo))\\.?\\s*$");

    private static final String DATE_AFTER_BIRTH_LABEL = BIRTH_LABEL
            + "\\s*[:=,-]?\\s*(?:(?:is|was|on|of|in|the)\\s+){0,2}(?:" + FULL_DATE + "|" + PARTIAL_DATE + ")";

    private static final String OLD_AGE = "(?<![\\w.,])(?:9\\d|1[01]\\d)";
    private static final String AGE_IN_YEARS = OLD_AGE + "\\s*-?\\s*(?:years?|yrs?)\\.?\\s*-?\\s*(?:old|of\\s+age)\\b";
    private static final String AGE_ABBREVIATED = OLD_AGE + "\\s*(?:y/o|y\\.o\\.?|yo|yr-old)(?![\\w/])";
    private static final String AGE_AFTER_LABEL = "\\baged?\\s*(?::|=|of|is|was)?\\s*(?:9\\d|1[01]\\d)(?![\\d.,]?\\d)"
            + "(?!\\s*(?:\\+|-?\\s*plus\\b|and\\s+(?:over|older|above|up)|or\\s+(?:over|older|above|more)))";

    /** 555-201-3344, (555) 201-3344, +1 555 201 3344, 555.201.3344. */
    private static final String NORTH_AMERICAN_PHONE = "(?<![\\w.+/-])(?:\\+?1[ .-]?)?"
            + "(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}(?![\\w/-]|\\.\\d)";
    /** +44 20 7946 0958, +442079460958. */
    private static final String INTERNATIONAL_PHONE = "(?<![\\w+])\\+(?:[2-9]\\d{0,2}(?:[ .-]\\(?\\d{1,4}\\)?){2,5}"
            + "|[2-9]\\d{7,14})(?![\\d-]|\\.\\d)";
    /** Any seven to fifteen digits right after a phone or fax label. */
    private static final String LABELLED_PHONE = "\\b(?:phone|telephone|tel|fax|cell(?:phone)?|mobile|pager|whatsapp"
            + "|call\\s+(?:me|him|her|them)\\s+(?:at|on))(?:\\s*(?:number|num|no\\.?|#))?"
            + "\\s*(?:(?:is|was|at|on)\\s+)?[:#=]?\\s*\\+?\\(?\\d(?:[ .()-]{0,2}\\d){6,14}(?!\\d)";

    private static final String EMAIL_ADDRESS = "(?<![\\w.%+-])[\\w.%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.[a-z]{2,24}(?![\\w-])";
    /** Spelled out to dodge filters: "tom.r at example dot org", "tom (at) example (dot) org". */
    private static final String SPELLED_EMAIL_ADDRESS = "(?<![\\w.+-])[\\w.+-]+\\s*(?:[(\\[{]at[)\\]}]|\\sat\\s)\\s*"
            + "[a-z0-9-]+\\s*(?:[(\\[{]dot[)\\]}]|\\sdot\\s)\\s*(?:com|org|net|edu|gov|co|io|us|uk|ca|au|info|me)\\b";

    private static final String SOCIAL_SECURITY = "(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])";
    private static final String LABELLED_SOCIAL_SECURITY = "\\b(?:ssn|social\\s+security(?:\\s+(?:number|num|no\\.?"
            + "|#))?|ss\\s*#)" + VALUE_AFTER_LABEL + "\\d{3}[ -]?\\d{2}[ -]?\\d{4}(?!\\d)";

    private static final String LABELLED_RECORD_NUMBER = "\\b(?:mrn|medical\\s+records?\\s*(?:number|num|no\\.?|#|id)"
            + "|med(?:ical)?\\s*rec(?:ord)?\\s*(?:#|no\\.?)|chart\\s*(?:number|num|no\\.?|#|id)"
            + "|record\\s*(?:number|num|no\\.?|#)|hospital\\s*(?:number|num|no\\.?|#|id)"
            + "|patient\\s*(?:id|number|num|no\\.?|#)|(?:nhs|chi|unit)\\s*(?:number|no\\.?|#))"
            + VALUE_AFTER_LABEL + "(?:[a-z]{1,3}-?)?\\d(?:[ -]?\\d){2,14}(?!\\d)";

    private static final String LABELLED_ACCOUNT_NUMBER = "\\b(?:(?:insurance|health\\s*(?:plan|insurance)|policy"
            + "|member(?:ship)?|subscriber|group|account|acct|beneficiary|medicaid|medicare|plan|claim"
            + "|licen[cs]e|driver'?s?\\s+licen[cs]e|certificate|certification|permit|passport|registration"
            + "|bank|card|routing)\\s*(?:id|number|num|no\\.?|#|identifier)|acct\\.?)" + VALUE_AFTER_LABEL + CODE;
    private static final String[] ACCOUNT_CUES = {"insurance", "health", "policy", "member", "subscriber", "group",
        "account", "acct", "beneficiary", "medicaid", "medicare", "plan", "claim", "licen", "driver", "certific",
        "permit", "passport", "registration", "bank", "card", "routing"};

    /** Plates may hold a space ("ABC 1234"); the digit may come after it. */
    private static final String LABELLED_VEHICLE_OR_DEVICE = "\\b(?:vin|vehicle\\s+identification\\s+number"
            + "|licen[cs]e\\s+plate(?:\\s+(?:number|no\\.?|#))?|(?:number|registration)\\s+plate"
            + "|plate\\s+(?:number|no\\.?|#)|serial\\s*(?:number|num|no\\.?|#)"
            + "|device\\s*(?:id|serial|identifier|number)|imei|udi)" + VALUE_AFTER_LABEL
            + "(?=[a-z0-9 -]{0,24}\\d)[a-z0-9][a-z0-9-]{1,24}(?:\\s[a-z0-9-]{1,10})?(?![a-z0-9])";

    /** A house number, one to three capitalised street-name words and a street suffix. */
    private static final String STREET = "(?<![\\w.,/-])\\d{1,6}[A-Za-z]?\\s+"
            + "(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?"
            + "(?:(?:\\p{Lu}[\\p{L}'-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}"
            + "(?<suffix>(?i:street|st|avenue|ave|av|road|rd|lane|ln|boulevard|blvd|drive|dr|court|ct|place"
            + "|pl|way|terrace|terr?|circle|cir|parkway|pkwy|highway|hwy|square|sq|trail|trl|crescent|cres"
            + "|close|row|alley|aly|plaza|pike))(?!\\w)";
    private static final String PO_BOX = "\\b(?:p\\.?\\s?o\\.?\\s?box|post\\s+office\\s+box)\\s*#?\\s*\\d{1,6}(?!\\d)";

    private static final String ZIP_PLUS_FOUR = "(?<![\\w-])\\d{5}-\\d{4}(?![\\w-])";
    /** "Springfield, IL 62704": the comma keeps "patient ID 12345" from reading as Idaho. */
    private static final String ZIP_AFTER_STATE = "\\p{L},\\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS"
            + "|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV"
            + "|WI|WY|PR)\\s+\\d{5}(?:-\\d{4})?(?![\\w-])";

    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final String IPV4 = "(?<![\\w.])(?:" + OCTET + "\\.){3}" + OCTET + "(?!\\w|\\.\\d)";
    private static final String IPV6 = "(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])";

    /** A profile on a social platform (not its help or policy pages), a personal blog or a fundraiser. */
    private static final String PERSONAL_WEB_ADDRESS = "(?<![\\w.-])(?:https?://)?(?:www\\.|m\\.|mobile\\.)?"
            + "(?:(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|snapchat|pinterest|reddit"
            + "|threads|tumblr|myspace|medium|gofundme|caringbridge)\\.(?:com|net|org|me)/"
            + "(?:in/|u/|user/|c/|f/|visit/|@)?(?!(?:help|policies|policy|privacy|legal|terms|about|business"
            + "|groups|pages|hashtag|search|login|home|explore|settings|watch|share|intent|i|hc|careers|jobs"
            + "|company|school)(?![\\w.-]))[\\w.-]{2,60}"
            + "|[a-z0-9-]{2,63}\\.(?:wordpress|blogspot|tumblr|substack|weebly|wixsite)\\.com)";
    private static final String HANDLE = "(?<![\\w@./])@[A-Za-z0-9_]{2,30}(?![\\w@])";

    private static final String[] ONE_PATIENT_CUES = {"patient", "client", "pt"};

    private static final List<LabelledPattern> PATTERNS = List.of(
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_ONE_PATIENT),
                    SearchScope.startingAt(160, ONE_PATIENT_CUES), PatientIdentifierGuard::nameAfterPatientWord),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_PATIENTS),
                    SearchScope.startingAt(160, "patients", "clients", "pts"),
                    PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_BEFORE_PATIENT),
                    SearchScope.around(100, 12, ONE_PATIENT_CUES), PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_IN_BED),
                    SearchScope.around(100, 24, "bed", "room", "bay", "cubicle", "ward", "unit", "icu")
                            .withMinDigits(1), PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_NEAR_CARE),
                    SearchScope.around(70, 50, CARE_CUES), PatientIdentifierGuard::nameNearCare),
            new LabelledPattern(NAME, Pattern.compile(NAME_OF_RELATIVE),
                    SearchScope.startingAt(220, "patient's", "patients'", "pt's", "client's", "clients'"),
                    PatientIdentifierGuard::nameAfterPatientWord),

            new LabelledPattern(DATE_OF_BIRTH, Pattern.compile(DATE_AFTER_BIRTH_LABEL, CI),
                    SearchScope.startingAt(100, "born", "dob", "d.o.b", "date of birth", "birth", "bday", "b-day")
                            .withMinDigits(1)),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(DIGIT_FIRST_DATE, CI),
                    SearchScope.startingAtDigits(30, 4), PatientIdentifierGuard::dateOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(MONTH_FIRST_DATE, CI),
                    SearchScope.startingAt(30, MONTH_CUES).withMinDigits(4), PatientIdentifierGuard::dateOfCare),

            // Unless phrased as the aggregate Safe Harbor allows ("over 90", "90 and older").
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_IN_YEARS, CI),
                    SearchScope.startingAtDigits(25, 2), PatientIdentifierGuard::notAggregate),
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_ABBREVIATED, CI),
                    SearchScope.startingAtDigits(12, 2), PatientIdentifierGuard::notAggregate),
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_AFTER_LABEL, CI),
                    SearchScope.startingAt(25, "age").withMinDigits(2), PatientIdentifierGuard::notAggregate),

            new LabelledPattern(PHONE, Pattern.compile(NORTH_AMERICAN_PHONE),
                    SearchScope.aroundDigits(3, 3, 10), PatientIdentifierGuard::notAReference),
            new LabelledPattern(PHONE, Pattern.compile(INTERNATIONAL_PHONE),
                    SearchScope.aroundDigits(2, 4, 8), PatientIdentifierGuard::phoneLength),
            new LabelledPattern(PHONE, Pattern.compile(LABELLED_PHONE, CI),
                    SearchScope.startingAt(70, "phone", "telephone", "tel", "fax", "cell", "mobile", "pager",
                            "whatsapp", "call").withMinDigits(7),
                    (text, m) -> !YEAR_RANGE.matcher(m.group()).find()),

            new LabelledPattern(EMAIL, Pattern.compile(EMAIL_ADDRESS, CI), SearchScope.around(256, 256, "@")),
            new LabelledPattern(EMAIL, Pattern.compile(SPELLED_EMAIL_ADDRESS, CI),
                    SearchScope.around(100, 80, " at ", "(at)", "[at]", "{at}")),

            new LabelledPattern(SSN, Pattern.compile(SOCIAL_SECURITY), SearchScope.startingAtDigits(12, 9)),
            new LabelledPattern(SSN, Pattern.compile(LABELLED_SOCIAL_SECURITY, CI),
                    SearchScope.startingAt(60, "ssn", "social security", "ss").withMinDigits(9)),

            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(LABELLED_RECORD_NUMBER, CI),
                    SearchScope.startingAt(80, "mrn", "med", "rec", "chart", "hospital", "patient", "nhs", "chi",
                            "unit").withMinDigits(3)),
            new LabelledPattern(ACCOUNT, Pattern.compile(LABELLED_ACCOUNT_NUMBER, CI),
                    SearchScope.startingAt(90, ACCOUNT_CUES).withMinDigits(1)),
            new LabelledPattern(VEHICLE_OR_DEVICE, Pattern.compile(LABELLED_VEHICLE_OR_DEVICE, CI),
                    SearchScope.startingAt(90, "vin", "vehicle", "licen", "number", "registration", "plate",
                            "serial", "device", "imei", "udi").withMinDigits(1)),

            new LabelledPattern(STREET_ADDRESS, Pattern.compile(STREET),
                    SearchScope.startingAtDigits(110, 1), PatientIdentifierGuard::notATitle),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(PO_BOX, CI),
                    SearchScope.startingAt(30, "po", "p.o", "p. o", "p o", "post office").withMinDigits(1)),
            new LabelledPattern(ZIP_CODE, Pattern.compile(ZIP_PLUS_FOUR), SearchScope.startingAtDigits(12, 9)),
            new LabelledPattern(ZIP_CODE, Pattern.compile(ZIP_AFTER_STATE), SearchScope.aroundDigits(8, 6, 5)),

            new LabelledPattern(IP_ADDRESS, Pattern.compile(IPV4), SearchScope.startingAtDigits(16, 4),
                    (text, m) -> !VERSION_LABEL_BEFORE.precedes(text, m.start())),
            new LabelledPattern(IP_ADDRESS, Pattern.compile(IPV6, CI),
                    SearchScope.around(40, 40, ":").withMinDigits(1)),

            // A profile URL or @handle says who someone is only when a patient is nearby.
            new LabelledPattern(PERSONAL_URL, Pattern.compile(PERSONAL_WEB_ADDRESS, CI),
                    SearchScope.around(100, 70, ".com", ".net", ".org", ".me"),
                    (text, m) -> PATIENT_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(HANDLE), SearchScope.startingAt(32, "@"),
                    (text, m) -> PATIENT_NEARBY.near(text, m.start(), m.end())));

    private static final PatternGuard GUARD = new PatternGuard(PHI, KINDS, PATTERNS);

    /** Creates the guard; it holds no state, so one instance can serve every thread. */
    public PatientIdentifierGuard() {
        // All patterns are static and immutable.
    }

    /**
     * {@inheritDoc}
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    @Override
    public GuardVerdict inspect(String question) {
        return GUARD.verdict(GUARD.kindsIn(NormalizedQuestion.of(question)));
    }

    // ---- checks on candidate matches ----------------------------------------------------------------------

    /** Right after a patient word one capitalised word suffices, unless it is a stopword ("Patient Portal"). */
    private static boolean nameAfterPatientWord(String text, Matcher m) {
        return m.group("hon") != null || !STOPLIST.startsWithStopword(m.group("name"));
    }

    /**
     * Further from the patient word a single capitalised word is too often a sentence starter, so the name
     * needs an honorific ("Mrs. Jones") or two name words ("John Smith") once leading stopwords are dropped.
     */
    private static boolean fullNameOrHonorific(String text, Matcher m) {
        int words = STOPLIST.nameWords(m.group("name"));
        return m.group("hon") != null ? words >= 1 : words >= 2;
    }

    /**
     * A full name, or an honorific and a name, with a care setting close by, and no clinician's title just
     * before it.
     */
    private static boolean nameNearCare(String text, Matcher m) {
        Matcher title = CLINICIAN_TITLE_BEFORE.matcher(text);
        title.region(Math.max(0, m.start() - 16), m.start());
        return fullNameOrHonorific(text, m) && !title.find() && CARE_SETTING_NEARBY.near(text, m.start(), m.end());
    }

    /** A full date is someone's care when a patient or care event is near, unless it is a birth date. */
    private static boolean dateOfCare(String text, Matcher m) {
        return CARE_EVENT_NEARBY.near(text, m.start(), m.end())
                // A birth date is already reported as such; do not report it twice.
                && !BIRTH_LABEL_BEFORE.precedes(text, m.start());
    }

    /** "over 90 years old" and "older than 95 years of age" are the aggregate form Safe Harbor permits. */
    private static boolean notAggregate(String text, Matcher m) {
        Matcher before = AGGREGATE_BEFORE.matcher(text);
        before.region(Math.max(0, m.start() - 20), m.start());
        return !before.find();
    }

    /** An international number has eight to fifteen digits (E.164) and is not a citation. */
    private static boolean phoneLength(String text, Matcher m) {
        int digits = digitsIn(m.group());
        return digits >= 8 && digits <= 15 && notAReference(text, m);
    }

    /** A number right after "ISBN" or "PMID" is a citation, after "MRN" a record number: not a phone. */
    private static boolean notAReference(String text, Matcher m) {
        return !OTHER_NUMBER_LABEL_BEFORE.precedes(text, m.start());
    }

    /** "12 Oak Dr" is an address, but in "3 Patients With Dr. Nguyen" the "Dr" is a title before a name. */
    private static boolean notATitle(String text, Matcher m) {
        String suffix = m.group("suffix").toLowerCase(Locale.ROOT);
        if (!suffix.equals("dr") && !suffix.equals("st")) {
            return true;
        }
        Matcher after = TITLE_AFTER.matcher(text);
        after.region(m.end(), Math.min(text.length(), m.end() + 4));
        return !after.lookingAt();
    }

    private static int digitsIn(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Names the guard; a guard has no question text to show. */
    @Override
    public String toString() {
        return "PatientIdentifierGuard";
    }
}
