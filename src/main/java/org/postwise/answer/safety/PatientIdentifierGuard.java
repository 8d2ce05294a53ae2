package org.postwise.answer.safety;

import static org.postwise.answer.safety.IdentifierFormats.AADHAAR_CARD;
import static org.postwise.answer.safety.IdentifierFormats.AU_POSTCODE;
import static org.postwise.answer.safety.IdentifierFormats.BRACKETED_TRUNK_PHONE;
import static org.postwise.answer.safety.IdentifierFormats.CANADIAN_POSTCODE;
import static org.postwise.answer.safety.IdentifierFormats.CARD_NUMBER;
import static org.postwise.answer.safety.IdentifierFormats.CHINESE_ADDRESS;
import static org.postwise.answer.safety.IdentifierFormats.CHINESE_CARE_DATE;
import static org.postwise.answer.safety.IdentifierFormats.CHINESE_ID;
import static org.postwise.answer.safety.IdentifierFormats.CHINESE_MOBILE;
import static org.postwise.answer.safety.IdentifierFormats.EMAIL_ADDRESS;
import static org.postwise.answer.safety.IdentifierFormats.FRENCH_NIR;
import static org.postwise.answer.safety.IdentifierFormats.GERMAN_STREET;
import static org.postwise.answer.safety.IdentifierFormats.HANDLE;
import static org.postwise.answer.safety.IdentifierFormats.IBAN_CANDIDATE;
import static org.postwise.answer.safety.IdentifierFormats.INTERNATIONAL_PHONE;
import static org.postwise.answer.safety.IdentifierFormats.IPV4;
import static org.postwise.answer.safety.IdentifierFormats.IPV6;
import static org.postwise.answer.safety.IdentifierFormats.MEDICARE_CARD;
import static org.postwise.answer.safety.IdentifierFormats.MILITARY_ADDRESS;
import static org.postwise.answer.safety.IdentifierFormats.NORTH_AMERICAN_PHONE;
import static org.postwise.answer.safety.IdentifierFormats.OHIP_FORMAT;
import static org.postwise.answer.safety.IdentifierFormats.PERSONAL_NUMBER;
import static org.postwise.answer.safety.IdentifierFormats.SOCIAL_SECURITY;
import static org.postwise.answer.safety.IdentifierFormats.SOUTH_AFRICAN_ID;
import static org.postwise.answer.safety.IdentifierFormats.TRUNK_PHONE;
import static org.postwise.answer.safety.IdentifierFormats.UK_PLATE;
import static org.postwise.answer.safety.IdentifierFormats.UK_POSTCODE;
import static org.postwise.answer.safety.IdentifierFormats.UNSPACED_MOBILE;
import static org.postwise.answer.safety.IdentifierFormats.ZIP_AFTER_STATE;
import static org.postwise.answer.safety.IdentifierFormats.ZIP_PLUS_FOUR;

import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * personal in context (a date, a capitalised name, a web address, a five-digit number) count only in a care
 * context: next to a patient word; in the phrasing of a handoff or a case ("Jessica Lee ready for
 * discharge", "a 42-year-old female, Amanda P., who ...", "his daughter Maria", "for Tom Baker's labs");
 * in a question that describes a case ("pt w/ hx of CHF ... on 2023-02-17"); or inside a message quoted from
 * a patient ('A patient sent me: "..."'), see {@link PatientContext}. Identifiers that are personal on their
 * own (an email address, a phone number with or without an extension, a card number that passes Luhn, an
 * IBAN that passes mod-97, a military address) count unless they are introduced as an organisation's or the
 * asker's own ("our switchboard is", "my own email is", a role mailbox such as privacy@, a toll-free number, a
 * private network address) with no patient or relative nearby; likewise the asker's own name ("I'm Sarah
 * O'Connell"), birthday and registration number, and an institution's birthday or age. Names after a clinician's or a public figure's
 * title, the staff member's own family ("my daughter Emma") and addresses introduced as an organisation's
 * ("our offices are located at") do not count. Patients are also named by a title at a bed ("mrs jenkins bed 4"),
 * a nickname in quotes at a bed, initials at a bed ("JM bed 7") and a name printed as on a wristband ("HOLLOWAY,
 * GRACE"), a titled name in lower case near a patient or a relative ("mrs dorothy kaplan"), a name after "her name
 * is" and a newborn named on a unit ("baby Ollie on our NICU"); ages over 89 in words ("she's 92", "her 100th
 * birthday", "turned ninety-four"); national health and identity numbers under their own names (OHIP, PHN, carte
 * Vitale, BSN, CHI, NHI, NRIC, UHID, DNI, Medicare ID) and Nordic personal numbers in their own format; birth dates
 * after other languages' labels ("geb.", "nacida el"); Canadian postal codes, UK plates near a car, device serials
 * and driving licences; patients named through their family or their bed ("signed by the family of Doreen
 * Haskell", "Bed 6 — R. Castellano"), a handle said to be someone's, dates named by a holiday ("Christmas Eve
 * 2022"), a day and month after a care event's word ("discharge 28/06"), and numbers written out in words ("oh
 * seven seven zero zero…", "nineteen fifty-one"; see {@link SpelledNumbers}), which the masked question shows as
 * figures and then masks; a bare "ID" with a long number near care, and a name that labels a chart; a South
 * African identity number after "ID", a French NIR and an Australian Medicare number as their cards print them, a
 * birth date in a link ("…-born-2023-11-04-…"), an address where someone is ("she's at"), and handles with dots;
 * Aadhaar numbers as printed, German street addresses, hospital-prefixed record numbers ("AIIMS-2024-558812"),
 * a Chinese mobile, home address and date of care under their labels, PhilHealth and US Medicare beneficiary
 * numbers as printed, an account number where a bill is discussed, "pasyente" as a patient word, French street
 * addresses and Korean resident numbers; a name typed in lower case just after a patient word or a bed ("pt called
 * femi okonjo"), a relative word ("the patient's son, kofi mensah") or "called" near care (not after a colleague's or
 * a show's title), when neither word is English ({@link EnglishWords}) and most of the message is; identifiers typed a
 * character at a time ("M T 7 7 2…", see {@link SpacedCharacters}); a handle read out ("at … underscore …") or
 * of someone the asker looked after; and "pacjent" as a patient word. Identity and health numbers of other countries
 * by their formats or labels (an Emirates ID, a CURP, a Chilean RUT, a Quebec health number as printed, a Brazilian
 * SUS card, "nº utente", a DVA file number, an Eircode, a learner reference number), an inmate's register or CDCR
 * number, a Dutch street and house number, a record number with a bracketed site prefix ("MRN (RDH 0712394)"), two
 * name words in a file name ("IMG_2291_Kowalczyk_Marta_before.jpg", "…_HaroldWinnick_gait.mov"), a name after "get
 * well soon to", "rest easy" or "RIP", or after a board's room ("RM 612 - …"), a contact or a name given as "my
 * e-mail is" or "my name is" inside someone else's quoted message, and a name near a telehealth visit, a transplant
 * or a research subject's number.
 * Not counted: the asker's or the unit's own handle ("our clinic's own account is @…"), ordinary words after "the
 * patient's name is" ("visible in the corner"),
 * an organisation's number named as such just before it ("our clinic number …", "ringing reception on …"), even
 * with patients in the question; the asker's own stay ("I was admitted on"), an official's visit ("the minister
 * visited on 14 May"), a historical birthday ("born 12 May 1820"), an invented example ("I made up a patient
 * called"), a place's or an organisation's name ("Riverside Community Health") and an event's venue; the asker's own
 * birth date ("I'm a student nurse, born …"), a record number of one repeated figure ("MRN 0000000"), an
 * organisation's vehicle, a founder's name, and a number given with a role mailbox or after "queries to" or
 * "contact our … team on"; "my own mobile" and "reach me on …" whoever else is mentioned, and a toll-free or
 * non-geographic number (0300, 0800, 1-800, China's 400), which is always an organisation's; the asker's own
 * milestones ("my graduation on …") and a record number beside a placeholder name ("patient John Doe"); a staff
 * member's work line or e-mail at a care organisation's domain, an organisation named just before its listing
 * (neither in a case description), office equipment's serials, job numbers and a practice's animal; registrations
 * under a regulator's or an accreditor's name ("PRC license no.", "College of Nurses of Ontario reg #") and the
 * asker's own licence even when a patient asks for it; the serial of the organisation's own scanner or analyser; a
 * laboratory's, imaging centre's or station's number, a number "for appointments" or "para citas", "our address …
 * and phone …", a prison's PO box and an organisation's admin account; an address the asker set up, the asker's
 * e-mail signature and a clinician's address in a pasted header; placeholders abroad ("John Citizen", "Max
 * Mustermann") and numbers of one repeated figure; staff birthdays; a date or an age where the asker says "no
 * patients visible" or "not my patient"; and a home health agency's office.
 *
 * <p>No library does this better here: a first-name gazetteer (datafaker's 5,164 English first names, a
 * 2.9 MB jar) tells names from words but not a patient's name from a colleague's or a celebrity's, which is
 * what the context rules decide; OpenNLP's person model is not published on Maven Central.
 *
 * <p>Every pattern is precompiled and written to run in linear time (no nested unbounded quantifiers;
 * look-behinds so a match cannot restart inside a run of letters or digits), and each runs only where its
 * {@link SearchScope} cues occur, so a 2,000-character question costs well under a millisecond. The
 * verdict carries only the fixed labels below, in the order of {@link #KINDS}; the guard keeps nothing.
 */
public final class PatientIdentifierGuard implements QuestionGuard, QuestionMasker {

    /**
     * A capitalised personal name in a care context: next to a patient word ("patient John Smith", "Mr. Okafor
     * in bed 4"), in handoff or case phrasing, a relative's, or in a patient's quoted message.
     */
    public static final String NAME = "name next to a patient word";
    /** A date (day and month, with or without a year) after a birth label ("DOB 03/04/1975"). */
    public static final String DATE_OF_BIRTH = "date of birth";
    /**
     * A date of care: a full date near a patient or care-event word ("admitted on 2023-05-01"), in a question
     * describing a case or in a patient's message; a day and month alone right next to a care event
     * ("admission January 10").
     */
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
    /** A payment card number: 13 to 19 digits with a card issuer's prefix that pass the Luhn check. */
    public static final String CARD = "payment card number";
    /** An international bank account number (IBAN) that passes its mod-97 check. */
    public static final String IBAN = "bank account number";
    /** A labelled vehicle identifier, licence plate, serial number or device identifier. */
    public static final String VEHICLE_OR_DEVICE = "vehicle or device identifier";
    /** A street address, a post-office box or a military (APO/FPO/DPO) address. */
    public static final String STREET_ADDRESS = "street address";
    /** A ZIP+4 code, or a five-digit ZIP code after a state code. */
    public static final String ZIP_CODE = "zip code";
    /** An IPv4 or full IPv6 address. */
    public static final String IP_ADDRESS = "ip address";
    /** A personal profile, blog or fundraiser URL near a patient word. */
    public static final String PERSONAL_URL = "personal web address";
    /** An {@code @handle} near a patient word. */
    public static final String SOCIAL_HANDLE = "social media handle";

    /** The placeholder that stands in for each kind in a {@link MaskedQuestion}. */
    private static final Map<String, String> PLACEHOLDERS = Map.ofEntries(
            Map.entry("name next to a patient word", "[name]"), Map.entry("date of birth", "[date]"),
            Map.entry("date next to a patient word", "[date]"), Map.entry("age over 89", "[age]"),
            Map.entry("phone number", "[phone]"), Map.entry("email address", "[email]"),
            Map.entry("social security number", "[number]"), Map.entry("medical record number", "[number]"),
            Map.entry("account or licence number", "[number]"), Map.entry("payment card number", "[number]"),
            Map.entry("bank account number", "[number]"), Map.entry("vehicle or device identifier", "[number]"),
            Map.entry("street address", "[address]"), Map.entry("zip code", "[address]"),
            Map.entry("ip address", "[ip address]"), Map.entry("personal web address", "[url]"),
            Map.entry("social media handle", "[handle]"));

    /** Every label this guard can report, in the order it reports them. */
    public static final List<String> KINDS = List.of(NAME, DATE_OF_BIRTH, PATIENT_DATE, AGE_OVER_89, PHONE,
            EMAIL, SSN, MEDICAL_RECORD, ACCOUNT, CARD, IBAN, VEHICLE_OR_DEVICE, STREET_ADDRESS, ZIP_CODE, IP_ADDRESS,
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
            + "|" + DAY + "[-/.]" + MONTH + "[-/.](?:" + YEAR + "|\\d{2})"
            + ")" + DATE_END;
    /** A full date that starts with the month: "March 4, 1975". */
    private static final String MONTH_FIRST_DATE = "(?<![\\w/.-])" + MONTH + "\\s+" + DAY + ORDINAL + ",?\\s+"
            + YEAR + DATE_END;
    /** "the fourth of June 2021", "June the twenty-first, 1980". */
    private static final String WORD_DAY = "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
            + "|twenty-?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty-?first)";
    private static final String WRITTEN_DATE = "(?<![\\w-])(?:the\\s+)?" + WORD_DAY + "\\s+of\\s+" + MONTH + ",?\\s+" + YEAR
            + "|(?<![\\w-])" + MONTH + "\\s+(?:the\\s+)?" + WORD_DAY + ",?\\s+" + YEAR;
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
            + "|\\bbirth\\s*-?date|\\bbirthday|\\bb-?day\\b"
            // the same in other languages: "geb. 17.08.1956", "nacida el", "date de naissance", "nato il"
            + "|\\bgeb\\.|\\bgeboren|\\bgeburtsdatum|\\bgeboortedatum|\\bnacid[oa]s?\\b|\\bfecha\\s+de\\s+nacimiento"
            + "|\\bn[e\u00e9]e?\\s+le\\b"
            + "|\\bdate\\s+de\\s+naissance|\\bdata\\s+di\\s+nascita|\\bnat[oa]\\s+il\\b|\\bdata\\s+de\\s+nascimento)";

    private static final Proximity BIRTH_LABEL_BEFORE = new Proximity(Pattern.compile(BIRTH_LABEL, CI), 30, 0);
    /** "born on 12 May 1820": a historical figure's birthday (no patient alive or recently dead was born then). */
    private static final Pattern HISTORIC_YEAR_AFTER = Pattern.compile(",?\\s*1[0-8]\\d{2}(?!\\d)");

    /** Patient words and care events that make a full date the date of someone's care. */
    private static final Proximity CARE_EVENT_NEARBY = new Proximity(Pattern.compile(
            "(?<![\\p{L}-])(?:patients?|pts?|clients?|admit(?:s|ted|ting)?|admission|re-?admitted"
                    + "|discharg(?:e|es|ed|ing)|seen|visit(?:s|ed)?|died|death|deceased|passed\\s+(?:away|on)|expired"
                    + "|gave\\s+birth|surgery|diagnosed|treated|transferred|date\\s+of\\s+service|dos"
                    + "|went\\s+home|sent\\s+home|came\\s+in|brought\\s+in)(?!\\p{L})",
            CI), 60, 40);

    /**
     * The asker's own care ("I was admitted on", "my surgery on"): a date of the asker's, not of a patient's. Words
     * in between must not bring in someone else ("I was treating a patient admitted on").
     */
    private static final Proximity OWN_CARE_BEFORE = new Proximity(Pattern.compile("\\b(?:i\\s+was|i'?ve\\s+been"
            + "|i\\s+had|i\\s+got|my\\s+own|my)\\s+(?:(?!patients?\\b|pts?\\b|clients?\\b|residents?\\b|he\\b|she\\b"
            + "|him\\b|her\\b|his\\b|they\\b|them\\b|their\\b)[\\w'-]+\\s+){0,2}?(?:admitted|admission|discharged"
            + "|discharge|seen|treated|diagnosed|surgery|operation|appointment|procedure|delivered|gave\\s+birth)\\b"
            // the asker's own milestones: "my graduation on 22 June 2018"
            + "|\\bmy\\s+(?:own\\s+)?(?:graduation|wedding|retirement|promotion|pinning\\s+ceremony|first\\s+shift|interview"
            + "|exam|induction|leaving\\s+do)\\b[^.!?\\n]{0,12}$",
            CI), 60, 0);
    /** "our local MP visited the unit on 22 March": a public figure's or an official's visit, not a patient's. */
    private static final Proximity OFFICIAL_VISIT_BEFORE = new Proximity(Pattern.compile("\\b(?:mps?|minister"
            + "|mayor|governor|senator|president|king|queen|prince|princess|duke|duchess|ambassador|secretary"
            + "|inspectors?|delegation|councillors?|council\\s+members?|ceo|chief\\s+executive|bishop|officials?"
            + "|celebrit(?:y|ies))\\b[^.?!]{0,40}?\\bvisit(?:s|ed|ing)?\\b", CI), 80, 0);

    // ---- people and their context -----------------------------------------------------------------------

    private static final String HONORIFIC = "(?:Mr|Mrs|Ms|Miss|Mx|Mister|Mme|Madam)\\.?";
    /** One capitalised name word: "Smith", "O'Brien", "McDonald", "Núñez", "Smith-Jones". */
    private static final String NAME_WORD =
            // never half a word, even where a search region ends inside one ("Mill St|reet")
            "(?:\\p{Lu}')?\\p{Lu}\\p{Ll}++(?:\\p{Lu}\\p{Ll}++)?(?:-\\p{Lu}\\p{Ll}++)?(?!\\p{L})";
    /** Up to three name words, with optional middle initials ("John Q. Public"). */
    private static final String PERSON = NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.\\s+)?" + NAME_WORD + "){0,2}";
    /** Where a name can start: a capital (tested first, because it rules out most positions cheaply). */
    private static final String NAME_START = "(?=\\p{Lu})(?<![\\p{L}'.])";
    private static final String NAMED = "(?:(?<hon>" + HONORIFIC + ")\\s+)?(?<name>" + PERSON + ")";
    /** Between a patient word and the name: "patient John", "patient: John", "a patient named John". */
    private static final String INTRODUCER = "(?:\\s*[:,(]\\s*|\\s+(?:(?:named|called|by\\s+the\\s+name\\s+of"
            + "|whose\\s+name\\s+is)\\s+)?)";
    /** "pt" counts only when not a font size ("12 pt Arial"). */
    private static final String ONE_PATIENT = "(?<![\\p{L}-])(?:(?i:patient|client|paciente|paziente|patiente"
            + "|patientin|pasyente|claf|pacjent(?:ka|ki|a)?)|(?<!\\d\\s?)[Pp]t\\.?)";
    private static final String SEVERAL_PATIENTS = "(?<![\\p{L}-])(?:(?i:patients|clients)|(?<!\\d\\s?)[Pp]ts\\.?)";
    private static final String RELATIVE = "(?i:daughter|son|wife|husband|partner|spouse|mother|father|mum|mom"
            + "|dad|sister|brother|sibling|parents?|child|children|kid|grandson|granddaughter|grandchild"
            + "|grandmother|grandfather|aunt|uncle|niece|nephew|cousin|friend|girlfriend|boyfriend|fianc[eé]e?"
            + "|caregiver|carer|guardian|relative|family\\s+member|next\\s+of\\s+kin)";
    /** Role nouns that turn "a patient" into someone's job title ("Sarah Jones, a patient advocate"). */
    private static final String PATIENT_ROLE = "(?i:advocates?|safety|experience|educators?|liaisons?"
            + "|navigators?|representatives?|relations|care|portals?|services|access|coordinators?|engagement"
            + "|partners?|leaders?|champions?|voices?|groups?|forums?|information|education|privacy|rights|advice)";

    // ---- numbers ----------------------------------------------------------------------------------------

    /** Between a label and its value: "MRN 123", "MRN: 123", "MRN is 123", "account # 123". */
    private static final String VALUE_AFTER_LABEL = "\\s*(?:(?:is|was|of)\\s+)?[:#=]?\\s*#?\\s*";
    /**
     * An identifier after its label: letters and figures, perhaps in groups ("ZKM4821", "4TK9-QA2-XR58", "PNE/2023/
     * 004512", "1201 805 432"); a group after a space must hold a figure, so the words after the value are not
     * taken for it. Checked for at least four figures.
     */
    private static final String ID_VALUE = "(?=[a-z0-9/-]{0,8}\\d)[a-z0-9]{1,14}(?:(?:[/-]|\\s(?=[a-z]{0,3}\\d))"
            + "[a-z0-9]{1,14}){0,5}(?![a-z0-9/-])";
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
    /** "03-04 2023": a trunk-zero number that is really a date. */
    private static final Pattern DATE_LIKE = Pattern.compile("0\\d[ /.-]\\d{1,2}[ /.-]\\d{2,4}");

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
    /** A room or bed, then the name, as a board lists them: "RM 612 - Priya Ramaswamy - NPO after MN". */
    private static final String NAME_AFTER_ROOM = "(?<![\\p{L}])(?i:rm|room|bed|bay)\\s*#?\\s*\\d{1,4}[A-Za-z]?\\s*[-\u2013\u2014:|]\\s*"
            + NAMED;
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
            "treated", "treating", "admitted", "discharged", "surgery", "operated", "diagnosed", "appointment",
            "consult", "dialysis", "chemo", "icu", "telehealth", "televisit", "tele-visit", "video visit", "transplant",
            "subject"};
    private static final Proximity CARE_SETTING_NEARBY = new Proximity(Pattern.compile(
            // "patient advocate", "patient portal": a job or a service, not a patient
            "(?<![\\p{L}-])(?:(?:patients?|pts?|clients?)(?!\\s+" + PATIENT_ROLE + "\\b)"
                    + "|(?:bed|room|bay|cubicle)\\s*#?\\s*\\d{1,4}|ward|clinic"
                    + "|treat(?:ed|ing)|admitted|discharged|surgery|operated\\s+on|diagnosed"
                    + "|appointment|consult(?:ed|ation)?|chemo(?:therapy)?|radiotherapy|dialysis|[np]?icu"
                    // mental-health care, and someone under a service: "CPA review", "sectioned", "mum in our
                    // perinatal service", "veteran … under our … team"
                    + "|cpa|sectioned|section\\s+[23]|case\\s+conference|rx|prescription"
                    // a video visit, a transplant, a research subject by number
                    + "|telehealth|tele-?visit|video\\s+visit|transplant|subject\\s+#?\\d{2,}"
                    + "|(?:client|mum|mother|dad|father|veteran|participant|service\\s+user|young\\s+person)\\s+(?:in|on|under"
                    + "|with|known\\s+to)\\s+(?:our|the)\\s+(?:[\\w-]+\\s+){0,2}?(?:service|caseload|team|programme|program))"
                    + "(?!\\p{L})",
            CI), 60, 40);
    /** Titles of staff who give care or run it: a name after one of these is a colleague, not a patient. */
    private static final String TITLES = "(?:dr|doctor|prof|professor|nurse|sister|matron|colleagues?|co-?workers?"
            + "|consultant|resident|registrar|surgeon|physician|pharmacist|therapist|midwife|manager|director|head|lead"
            + "|chief|officer|coordinator|administrator|supervisor|chair|dean|ceo|attending|md|rn|np|pa"
            // public figures: their names are news, not patient information
            + "|president|senator|sen|governor|gov|mayor|minister|chancellor|king|queen|prince|princess|pope"
            + "|sir|dame|lord|lady|rep|congressman|congresswoman|actor|actress|singer|rapper|athlete"
            + "|author|journalist|reporter|influencer|celebrity|star|player|coach)";
    // "Princess of Wales", "Duke of Sussex": a title of a place, not a patient
    private static final Pattern CLINICIAN_TITLE_BEFORE = Pattern.compile("(?i:\\b(?:" + TITLES
            + "|dra|duke|duchess|earl|countess)(?:\\s+of)?)\\.?,?\\s*\\(?\\s*$");
    /** A name whose first word is such a title ("Senator Maria Lopez"). */
    private static final Pattern TITLE_FIRST = Pattern.compile("(?i:" + TITLES + ")\\b");

    private static final String FRENCH_BIRTH_DATE = "(?<![\\p{L}])n[e\u00e9]e?\\s+le\\s+(?:" + FULL_DATE + ")";
    /** A birth date in a web address or file name: "help-baby-noah-born-2023-11-04", "dob_1951-06-02". */
    private static final String BIRTH_DATE_IN_SLUG = "(?<![\\p{L}])(?:born|dob|birth)[-_](?:on[-_])?(?:19|20)\\d{2}"
            + "[-_](?:0[1-9]|1[0-2])[-_](?:0[1-9]|[12]\\d|3[01])(?!\\d)";
    private static final String DATE_AFTER_BIRTH_LABEL = BIRTH_LABEL
            + "\\s*[:=,-]?\\s*(?:(?:is|was|on|of|in|the|el|il|le|am|op|nya|niya|ni)\\s+){0,2}(?:" + FULL_DATE + "|" + PARTIAL_DATE
            + "|" + WRITTEN_DATE + "|(?:the\\s+)?" + WORD_DAY + "\\s+of\\s+" + MONTH + ")";

    private static final String OLD_AGE = "(?<![\\w.,])(?:9\\d|1[01]\\d)";
    private static final String AGE_IN_YEARS = OLD_AGE + "\\s*-?\\s*(?:years?|yrs?)\\.?\\s*-?\\s*(?:old|of\\s+age)\\b";
    private static final String AGE_ABBREVIATED = OLD_AGE + "\\s*(?:y/o|y\\.o\\.?|yo|yr-old)(?![\\w/])";
    private static final String AGE_AFTER_LABEL = "\\baged?\\s*(?::|=|of|is|was)?\\s*(?:9\\d|1[01]\\d)(?![\\d.,]?\\d)"
            + "(?!\\s*(?:\\+|-?\\s*plus\\b|and\\s+(?:over|older|above|up)|or\\s+(?:over|older|above|more)))";

    /** Any seven to fifteen digits right after a phone or fax label. */
    private static final String LABELLED_PHONE = "\\b(?:phone|telephone|tel|fax|cell(?:phone)?|mobile|pager|whatsapp"
            + "|(?:her|his|their)\\s+number"
            + "|call\\s+(?:me|him|her|them)\\s+(?:at|on))(?:\\s*(?:number|num|no\\.?|#))?"
            + "\\s*(?:(?:is|was|at|on)\\s+)?[:#=]?\\s*\\+?\\(?\\d(?:[ .()-]{0,2}\\d){6,14}(?!\\d)";

    /** Spelled out to dodge filters: "tom.r at example dot org", "tom (at) example (dot) org". */
    private static final String SPELLED_EMAIL_ADDRESS = "(?<![\\w.+-])[\\w.+-]+\\s*(?:[(\\[{]at[)\\]}]|\\sat\\s)\\s*"
            + "[a-z0-9-]+\\s*(?:[(\\[{]dot[)\\]}]|\\sdot\\s)\\s*(?:com|org|net|edu|gov|co|io|us|uk|ca|au|info|me)\\b";

    /** "Thandiwe Mokoena, ID 8001015009087": a bare ID label with a long number, near care, not a meeting's. */
    private static final String BARE_ID = "(?<![\\p{L}-])(?-i:ID)\\s*[:#=]?\\s*\\d{8,13}(?![\\d-])";
    private static final Proximity NOT_A_PERSONS_ID_BEFORE = new Proximity(Pattern.compile("\\b(?:meeting|zoom|teams"
            + "|webinar|session|ticket|order|reference|ref|case|tracking|transaction|device|user|login|employee|staff"
            + "|badge|npi|registration|licen[cs]e|pin|my|our)\\s*$", CI), 20, 0);
    /** "our comms laptop serial …": an organisation's or the asker's own equipment, not a patient's device. */
    private static final Proximity OFFICE_DEVICE_BEFORE = new Proximity(Pattern.compile("\\b(?:(?:our|my|the)\\s+(?!patient|pt\\b|client|resident)\\w+'s|our|my)\\s+"
            + "(?:new\\s+)?(?:[\\w-]+\\s+){0,2}?(?:laptop|computer|pc|desktop|printer|router|server|monitor|scanner|work\\s+phone"
            + "|magnetom|mri|ct|ultrasound|x-?ray|mammograph\\w*|centrifuge|microscope|autoclave|analy[sz]er|simman"
            + "|mannequin|manikin)\\b[^.!?\\n]{0,16}?$", CI), 60, 0);
    /** "job number 240817-0193": a job's, a call's or an order's number in a date-like shape. */
    private static final Proximity JOB_NUMBER_BEFORE = new Proximity(Pattern.compile("\\b(?:job|incident|call|ticket|order"
            + "|invoice|batch|lot|case|reference|ref|booking|request|run|shipment)\\s*(?:number|no\\.?|#|id)?\\s*:?\\s*$", CI),
            24, 0);
    /** A French street address: "17 rue des Lilas, 69003 Lyon". */
    private static final String FRENCH_STREET = "(?<![\\w.,/-])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\.|boulevard"
            + "|bd|chemin|place|all\u00e9e|impasse|quai|route|cours)\\s+(?:(?:de|du|des|la|le|l')\\s*)?\\p{L}[\\p{L}'-]*"
            + "(?:\\s+\\p{L}[\\p{L}'-]*){0,3}?(?:,\\s*\\d{5}\\s+\\p{Lu}\\p{L}+)?(?![\\w-])";
    /** A Korean resident registration number: birth date, a hyphen, seven figures starting 1 to 4. */
    private static final String KOREAN_RESIDENT_NUMBER = "(?<![\\w-])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
            + "-[1-4]\\d{6}(?![\\w-])";
    /** "patient John Doe, DOB 01/01/1900, MRN 123456": a record number that goes with a placeholder name. */
    private static final Proximity PLACEHOLDER_NAME_BEFORE = new Proximity(Pattern.compile("\\b(?:John\\s+(?:Q\\.\\s+)?"
            + "(?:Doe|Public)|(?:John|Jane)\\s+Citizen|(?:Max|Erika)\\s+Mustermann|Fulano\\s+de\\s+Tal|Jane\\s+Doe|Richard\\s+Roe|Joe\\s+Bloggs|Test\\s+Patient|Patient\\s+Test)\\b"), 60, 0);
    /** A Mexican CURP: four letters, the birth date, sex, five letters, a character and a check figure. */
    private static final String CURP = "(?<![A-Za-z0-9])[A-Z]{4}\\d{6}[HMX][A-Z]{5}[A-Z0-9]\\d(?![A-Za-z0-9])";
    /** A Chilean RUT after its label: "RUT 14.382.917-0". */
    private static final String CHILEAN_RUT = "\\b(?:rut|run)\\s*(?:no\\.?|n[\u00bao\u00b0])?\\s*:?\\s*\\d{1,2}\\.?\\d{3}\\.?\\d{3}-[\\dk](?![\\w-])";
    /** A Dutch or Flemish street and house number: "Van Speijkstraat 112-2", "Kerkweg 7". */
    private static final String DUTCH_STREET = "(?<![\\p{L}])(?:\\p{Lu}\\p{Ll}+\\s+)?\\p{Lu}\\p{Ll}+(?:straat|weg|laan|plein|gracht"
            + "|kade|singel|dijk|steeg|hof)\\s+\\d{1,4}(?:[-\\s]?\\d{1,3}|[a-z])?(?![\\w-])";
    /** A file name with an extension, whose parts a check reads for a name: "IMG_2291_Kowalczyk_Marta_before.jpg". */
    private static final String FILE_NAME = "(?<![\\w.-])[\\p{L}\\d][\\p{L}\\d_-]*[_-][\\p{L}\\d_-]*\\.(?i:jpe?g|png|heic|gif|pdf|docx?"
            + "|mp4|mov|webp)(?![\\w])";
    private static final Pattern FILE_NAME_PART = Pattern.compile("[_-]");
    private static final Pattern CAMEL_CASE_JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu}\\p{Ll})");
    /** A member of staff's own documents carry their name: "Amara_Okafor_CV.pdf", "J_Smith_headshot.jpg". */
    private static final Pattern STAFF_DOCUMENT = Pattern.compile("(?<![\\p{L}])(?:cv|resume|r\u00e9sum\u00e9|headshot|profile"
            + "|signature|badge|rota|roster|timetable|certificate|invoice|payslip|poster|flyer|slides|bio)(?![\\p{L}])", CI);
    /** Months and days, whole or cut short, as file names carry them ("IMG_Sept_Party.jpg"). */
    private static final Pattern MONTH_OR_DAY = Pattern.compile("jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
            + "|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?"
            + "|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?");
    /** An Emirates ID: 784, the year of birth, seven figures and a check figure ("784-1986-1234567-1"). */
    private static final String EMIRATES_ID = "(?<![\\d-])784[- ]?(?:19|20)\\d{2}[- ]?\\d{7}[- ]?\\d(?![\\d-])";
    /** An Irish Eircode after its label: unlike most postcodes it names one dwelling ("Eircode F31 KX29"). */
    private static final String EIRCODE = "\\beircode\\s*(?:is\\s+)?[:#]?\\s*[acdefhknprtvwxy]\\d[\\dw]\\s?[0-9acdefhknprtvwxy]{4}"
            + "(?![a-z0-9])";
    /** "Get well soon to Ravi Teja Gollapudi", "Rest easy, Mrs. …", "RIP, …": someone ill or dead, named. */
    private static final String GET_WELL_NAME = "(?i:\\bget\\s+well\\s+soon|\\brest\\s+(?:easy|in\\s+peace)|\\brip)"
            + "(?:\\s*,\\s*|\\s+(?i:to)\\s+)(?:" + NAMED + ")";
    /** A PhilHealth identification number, "12-050123456-7", near the word PhilHealth. */
    private static final String PHILHEALTH_NUMBER = "(?<![\\d-])\\d{2}-\\d{9}-\\d(?![\\d-])";
    private static final Proximity PHILHEALTH_NEARBY = new Proximity(Pattern.compile("(?i:philhealth|phic)"), 60, 10);
    /**
     * A US Medicare Beneficiary Identifier as the card prints it, "5KQ2-HN7-RT41" (letters never S, L, O, I, B
     * or Z), near the word Medicare or MBI.
     */
    private static final String MEDICARE_BENEFICIARY_ID = "(?<![\\w-])[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?"
            + "[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\\d-?[AC-HJKMNP-RT-Y]{2}\\d{2}(?![\\w-])";
    private static final Proximity MEDICARE_NEARBY = new Proximity(Pattern.compile("(?i:medicare|\\bmbi\\b)"), 160, 40);
    /** "the billing issue on account 7734-22019-08": an account number after "account" where money is discussed. */
    private static final String ACCOUNT_IN_BILLING = "\\baccount\\s+(?:no\\.?\\s*|#\\s*)?\\d{3,}(?:-\\d{2,})+(?![\\d-])";
    private static final Proximity BILLING_NEARBY = new Proximity(Pattern.compile("(?i:\\b(?:billing|bill|invoice|refund"
            + "|charge[sd]?|payment|balance|statement)\\b)"), 60, 60);
    private static final Proximity AADHAAR_NEARBY = new Proximity(Pattern.compile("(?i:aadhaa?r|uidai)|\u0906\u0927\u093e\u0930"),
            80, 20);
    /** A national identity number under its label: "SA ID 8001015009087", "national ID no. 1234567". */
    private static final String NATIONAL_ID = "\\b(?:(?:national|sa|south\\s+african|identity|citizen)\\s+id"
            + "(?:\\s*(?:number|no\\.?|#|card))?|id\\s+(?:number|no\\.?|card)|identity\\s+(?:number|card)"
            + "|social\\s+insurance\\s+(?:number|no\\.?)|(?-i:SIN))"
            + "\\s*(?:is\\s+)?[:#=,]?\\s*" + ID_VALUE;
    private static final String LABELLED_SOCIAL_SECURITY = "\\b(?:ssn|social\\s+security(?:\\s+(?:number|num|no\\.?"
            + "|#))?|ss\\s*#)" + VALUE_AFTER_LABEL + "\\d{3}[ -]?\\d{2}[ -]?\\d{4}(?!\\d)";

    private static final String LABELLED_RECORD_NUMBER = "\\b(?:mrn|medical\\s+records?\\s*(?:number|num|no\\.?|#|id)"
            + "|med(?:ical)?\\s*rec(?:ord)?\\s*(?:#|no\\.?)|chart\\s*(?:number|num|no\\.?|#|id)?"
            + "|record\\s*(?:number|num|no\\.?|#)|hospital\\s*(?:number|num|no\\.?|#|id)"
            + "|patient\\s*(?:id|number|num|no\\.?|#)|(?:nhs|chi|unit)\\s*(?:number|no\\.?|#)"
            + "|(?:emr|ehr|fin|csn)\\s*(?:id|number|num|no\\.?|#)?"
            + "|(?:epic|cerner|encounter|visit|case|admission)\\s*(?:id|number|num|no\\.?|#))"
            + VALUE_AFTER_LABEL + "(?:\\(\\s*[a-z]{1,6}[\\s-]?|[a-z]{1,6}-?)?\\d(?:[ -]?\\d){2,14}(?!\\d)";

    private static final String LABELLED_ACCOUNT_NUMBER = "\\b(?:(?:insurance|health\\s*(?:plan|insurance)|policy"
            + "|member(?:ship)?|subscriber|group|account|acct|beneficiary|medicaid|medicare|plan|claim"
            + "|licen[cs]e|driver'?s?\\s+licen[cs]e|certificate|certification|permit|passport|registration"
            + "|bank|card|routing)\\s*(?:id|number|num|no\\.?|#|identifier)|acct\\.?|lic\\.?\\s*(?:no\\.?|#)"
            + "|(?:billing|patient|hospital|invoice|rx|pharmacy|customer)\\s+(?:account|acct))" + VALUE_AFTER_LABEL
            // "our pharmacy account 12000 followers" counts an audience, not an account
            + CODE + "(?!\\s+(?:followers|likes|posts|views|members|subscribers|fans|people|users|comments|shares))";
    private static final String[] ACCOUNT_CUES = {"insurance", "health", "policy", "member", "subscriber", "group", "lic",
        "billing", "patient", "hospital", "invoice", "rx", "pharmacy", "customer",
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



    /** A profile on a social platform (not its help or policy pages), a personal blog or a fundraiser. */
    private static final String PERSONAL_WEB_ADDRESS = "(?<![\\w.-])(?:https?://)?(?:www\\.|m\\.|mobile\\.)?"
            + "(?:(?:facebook|fb|instagram|twitter|x|tiktok|linkedin|youtube|snapchat|pinterest|reddit"
            + "|threads|tumblr|myspace|medium|gofundme|caringbridge)\\.(?:com|net|org|me)/"
            + "(?:in/|u/|user/|c/|f/|visit/|@)?(?!(?:help|policies|policy|privacy|legal|terms|about|business"
            + "|groups|pages|hashtag|search|login|home|explore|settings|watch|share|intent|i|hc|careers|jobs"
            + "|company|school)(?![\\w.-]))[\\w.-]{2,60}"
            + "|[a-z0-9-]{2,63}\\.(?:wordpress|blogspot|tumblr|substack|weebly|wixsite)\\.com)";

    private static final String[] ONE_PATIENT_CUES = {"patient", "client", "pt", "paciente", "paziente", "claf",
        "pacjent"};

    // ---- whose contact details ------------------------------------------------------------------------------

    /**
     * A phone number, email or web address introduced as an organisation's or as the asker's own: "our
     * switchboard is", "the clinic's fax is", "Poison Control at", "my own email is", "our union rep, Kate
     * (kate@...)". Such details identify no patient; a patient or relative word nearby still counts.
     */
    private static final Proximity OWN_OR_ORGANISATION_BEFORE = new Proximity(Pattern.compile(
            "\\b(?:my\\s+(?:[\\w.-]+\\s+){0,2}?(?:e-?mail(?:\\s+address)?|gmail|hotmail|outlook|yahoo"
            + "|icloud|proton(?:mail)?|mobile|cell|phone|number"
            + "|landline|extension)"
            // "our phone is", "our ICU nurses' station number", "our staff wifi public IP": the organisation's own
            + "|our\\s+(?:(?!new\\b|admission|lady|gentleman|man\\b|woman|guy\\b|boy\\b|girl\\b|baby"
            + "|regular)[\\w'-]+\\s+)"
            + "{0,3}?(?:e-?mail|phone|number|line|fax|inbox|mobile|extension|ip|website|site|server|portal|domain|account)"
            // a staff member's work line
            + "|\\b(?:work|office|on-?call|bleep|duty)\\s+(?:mobile|phone|number|e-?mail|line|extension|cell)"
            + "|(?:switchboard|help\\s?line"
            + "|help\\s?desk|service\\s+desk|hotline|crisis\\s+line"
            + "|lifeline|poison\\s+control"
            + "|reception|front\\s+desk|main\\s+(?:number|line)|enquir(?:y|ies)\\s+line|contact\\s+centre"
            + "|call\\s+cent(?:er|re)|office|comms\\s+team|communications\\s+team|union\\s+rep|regulator|commissioner"
            + "|ombudsman)(?:'s)?"
            // a study's or a paper's contact: "site contact - Dr Helen Marsh, research nurse lead, 0113 …",
            // "Correspondence to Dr Fiona McLeod, fiona.mcleod@…"
            + "|(?:site|study|trial)\\s+contact|(?:research|study|trial)\\s+(?:nurse|office|team|coordinator)"
            + "|corresponding\\s+author|correspondence\\s+to|(?:informal\\s+)?enquir(?:y|ies)\\s+to|job\\s+ad"
            // a colleague's or a department's: "my supervisor's email is", "blood bank direct line is",
            // "our team lead said to put her number"
            + "|(?:my|our)\\s+(?:[\\w-]+\\s+)?(?:supervisor|manager|lead|colleague|tutor|lecturer|professor|consultant|boss"
            + "|mentor|preceptor)'s\\s+(?:e-?mail|number|phone|mobile)"
            + "|(?:direct|dept|department|bleep)\\s+(?:line|number|extension)"
            + "|(?:team\\s+lead|ward\\s+manager|manager|supervisor|colleague|boss|matron)\\b[^.!?\\n]{0,40}?\\b(?:her|his|their)"
            + "\\s+(?:number|mobile|phone)"
            // an office's address: "Room 2.14, Worsley Building, …, tel 0113 …"
            + "|(?:room|floor|level|suite)\\s+[\\w.]+,\\s*(?:[\\w'-]+\\s+){0,3}?(?:building|house|centre|center|wing|block"
            + "|tower)"
            + "|(?:our|the|their|its)\\s+(?:\\w+\\s+){0,2}?(?:trust|hospital|clinic|practice|surgery"
            + "|department|unit|ward|team|office|union|organi[sz]ation|company|charity|service|board|college"
            + "|school|university|pharmacy)(?:'s)?\\s+(?:\\w+\\s+){0,2}?(?:e-?mail|number|phone|line|fax|address"
            + "|inbox)|rang\\s+(?:me\\s+)?from|called\\s+(?:me\\s+)?from|is\\s+on\\s+google"
            // "the phone number showing for our practice on Google Maps ... 020 7946 0018"
            + "|number\\s+(?:\\w+\\s+){0,2}?(?:for|of)\\s+(?:our|the)\\s+(?:\\w+\\s+)?(?:practice|clinic|surgery|pharmacy"
            + "|hospital|ward|unit|trust|service|department))\\b", CI), 80, 0);
    /** Patients, their families and their messages: with one of these near, a contact detail is theirs. */
    private static final Proximity PATIENT_OR_RELATIVE_NEARBY = new Proximity(Pattern.compile(
            // ("no patients" in it is none)
            "(?<![\\p{L}-])(?<!\\bno\\s)(?:patient|pt|client|resident|service\\s+user)(?:s|'s|s')?(?!\\p{L})|\\b" + RELATIVE
            + "(?:s|'s)?\\b", CI), 80, 60);
    /** Mailboxes of a role, not a person: info@, privacy@, dataprotection@, communications@. */
    private static final String ROLE_MAILBOX_NAME = "(?:info|contact|enquiries|inquiries|admin|office"
            + "|reception|communications|comms|press|media|privacy|data\\.?protection|dpo|ig|governance|hr|support"
            + "|help|helpdesk|service\\.?desk|no-?reply|pals|complaints|feedback|team|hello|marketing|social\\.?media"
            + "|webmaster|safeguarding|patient\\.?experience|switchboard|appointments|bookings|referrals|events?"
            + "|tickets|fundraising|donations?|jobs|careers|recruitment|volunteers?|volunteering|news|newsletter"
            + "|membership|training|education|research"
            // a form's or a guide's placeholder: example@, test@, firstname.lastname@
            + "|example|sample|test|placeholder|yourname|your\\.name|firstname\\.lastname|first\\.last)[._-]?[a-z0-9]*@";
    private static final Pattern ROLE_MAILBOX = Pattern.compile("^" + ROLE_MAILBOX_NAME, CI);
    /** "privacy@trust.example, +31 20 555 0000": a number given with a role mailbox is the organisation's too. */
    private static final Proximity ROLE_MAILBOX_JUST_BEFORE = new Proximity(Pattern.compile("(?<![\\w.%+-])"
            + ROLE_MAILBOX_NAME + "[a-z0-9.-]+\\.[a-z]{2,}(?:[\\s,;:()/|-]|\\bor\\b|\\band\\b)*(?:(?:tel|phone|t)\\.?\\s*:?\\s*)?$", CI),
            80, 0);
    /** A work address at a care organisation's domain: a member of staff's, unless a patient is near. */
    private static final Pattern CARE_ORGANISATION_DOMAIN = Pattern.compile("@[\\w.-]*(?:\\bnhs\\.(?:uk|net|scot)"
            + "|hospital|surgery|clinic|health|trust|pharmacy|dental|practice|hospice|medical|hastane|krankenhaus|klinik"
            + "|ziekenhuis|hopital|ospedale|saude|salud)[\\w.-]*$", CI);
    /** Toll-free and non-geographic numbers belong to organisations: 1-800 ..., 0800 ..., 0300 .... */
    private static final Pattern ORGANISATION_NUMBER = Pattern.compile("^(?:\\+?1[ .-]?)?\\(?8(?:00|33|44|55|66|77|88)"
            + "\\)?[ .-]|^(?:\\+44\\s?|0)(?:800|808|300|303|330|333|345|370|843|844|845|870|871)\\b|^1[ .-]?300\\b"
            + "|^1[ .-]?800\\b|^13\\s?\\d{2}\\s?\\d{2}$|^[48]00[ -]?\\d{3}[ -]?\\d{4}$");
    /** Private, loopback and link-local IPv4 ranges: a network's own addresses, never a person's. */
    private static final Pattern PRIVATE_IPV4 = Pattern.compile("^(?:10\\.|127\\.|192\\.168\\.|169\\.254\\."
            + "|172\\.(?:1[6-9]|2\\d|3[01])\\.)");

    /**
     * "our clinic number (02) 9382 1111", "ringing reception on 01632 960123": a number named as an organisation's
     * right before it stays the organisation's even when patients are mentioned (they are who calls it).
     */
    private static final Proximity ORGANISATION_NUMBER_JUST_BEFORE = new Proximity(Pattern.compile("(?:\\b(?:our|the)"
            + "\\s+(?:\\w+\\s+){0,2}?(?:clinic|practice|surgery|reception|switchboard|ward|unit|office|pharmacy|hospital"
            // "our hospital's official WhatsApp business number is", "our lab's new courier number is"
            + "|trust|team|department|service|helpline|lab|laboratory|pathology|radiology|imaging|centre|center|station"
            + "|depot)(?:'s)?\\s+(?:[\\w'-]+\\s+){0,3}?(?:number|line|phone|fax)|\\b(?:ringing"
            + "|ring|call|calling|phone|phoning|contact)\\s+(?:the\\s+)?(?:reception|clinic|practice|surgery|office"
            + "|switchboard|ward|pharmacy|us)|\\b(?:queries|enquiries|inquiries|questions)\\s+(?:to|on)|\\bcall\\s+us"
            // "contact our Patient Advice team on", "call the booking line at"
            + "|\\b(?:contact|call|ring|phone)\\s+(?:our|the)\\s+(?:[\\w'-]+\\s+){0,3}?(?:team|service|office|line|desk"
            + "|department|unit|clinic|practice|reception|switchboard|helpline|centre|center)\\s+(?:on|at))"
            + "\\s*(?:is|on|at|:)?\\s*$", CI), 60, 0);

    /** "my own mobile is 07700…": the asker's, whoever else the question is about. */
    // (or just before a labelled number's label: "my own mobile is …" matches from "mobile")
    private static final Proximity MY_OWN_JUST_BEFORE = new Proximity(Pattern.compile("\\bmy\\s+own\\s+(?:\\w+\\s+){0,2}?"
            + "(?:(?:mobile|phone|number|cell|landline|e-?mail(?:\\s+address)?)\\s*,?\\s*(?:is|was|:)?\\s*)?$"
            // "you can reach me on 07700 … or amelia@…": both the asker's
            // (not "call me on …", which is how a patient's own message gives a number)
            + "|\\b(?:reach|contact)\\s+me\\s+(?:on|at|via)\\b[^.!?\\n]{0,40}$"
            // "I set up practice.socials@gmail.com for our page": an address the asker made
            + "|\\b(?:i|we)\\s+(?:just\\s+)?(?:set\\s+up|created|made|registered|opened)\\s+(?:an?\\s+|the\\s+)?(?:new\\s+)?"
            + "(?:(?:e-?mail|gmail|account|address|number|inbox)\\s+)?$", CI), 60, 0);

    /**
     * A contact detail the asker gives as their own ("my own mobile", "reach me on"); not inside a patient's
     * quoted message, whose "me" is the patient.
     */
    private static boolean askersOwn(String text, Matcher m) {
        return (MY_OWN_JUST_BEFORE.precedes(text, m.start()) || OWN_SIGNATURE_BEFORE.precedes(text, m.start()))
                && !PatientContext.inPatientQuote(text, m.start());
    }

    /** "This is my email signature: Nurse Unit Manager | Ward 6B | Ph … | name@…": the asker's own details. */
    private static final Proximity OWN_SIGNATURE_BEFORE = new Proximity(Pattern.compile("\\bmy\\s+(?:e-?mail\\s+|work\\s+)?"
            + "(?:signature|sig|sign-?off)\\b(?:(?!\\b(?:patient|pt|resident|client|mum|mom|dad|son|daughter|wife|husband)s?\\b)[\\s\\S]){0,230}$",
            CI), 250, 0);

    /**
     * "Bright Smiles Dental, 14 Harbour Street, tel 01947 …", "CareLink Staffing (0161 …": an organisation named
     * just before its listing. Not in a case description, whose contact details are the patient's.
     */
    private static final Proximity ORGANISATION_LISTING_BEFORE = new Proximity(Pattern.compile("\\b(?:dental|dentists?"
            + "|practice|pharmacy|apotheke|praxis|surgery|clinic|hospice|staffing|agency|ltd|llc|inc|plc|gmbh)\\b"
            // no one's own number in between: "your clinic on 12/06, call me on …" is a person's
            + "(?:(?!\\b(?:me|my|i|his|her|their)\\b)[^\\n]){0,60}?(?:tel\\.?|phone|ph\\.?|t:|\\(|,)"
            + "(?:(?!\\b(?:me|my|i|his|her|their)\\b)[^\\n]){0,60}$", CI), 120, 0);

    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:me|my|i)\\b", CI);

    /** "…, my email is x@…" inside someone else's quoted message: theirs, whoever they are. */
    private static final Proximity QUOTED_OWN_CONTACT_BEFORE = new Proximity(Pattern.compile("\\bmy\\s+(?:personal\\s+)?"
            + "(?:e-?mail|number|phone|cell|mobile)(?:\\s+(?:address|number))?\\s+is\\s*:?\\s*$", CI), 40, 0);
    /** A sender's address after a clinician's name in a pasted header: "From: Dr. Karen Lis <klis@…>". */
    private static final Proximity CLINICIAN_SENDER_BEFORE = new Proximity(Pattern.compile("\\b(?i:dr|prof|professor|nurse)\\.?"
            + "\\s+\\p{Lu}[\\p{L}'-]+(?:\\s+\\p{Lu}[\\p{L}'-]+){0,2}\\s*<$"), 60, 0);

    /** Whether a contact detail is not introduced as an organisation's or the asker's own, or a patient is near. */
    private static boolean personalContact(String text, Matcher m) {
        if (QUOTED_OWN_CONTACT_BEFORE.precedes(text, m.start()) && PatientContext.inQuotation(text, m.start())) {
            return true;
        }
        if (CLINICIAN_SENDER_BEFORE.precedes(text, m.start())) {
            return false;
        }
        // (personalPhone has checked the organisation's and the asker's own cues already; e-mails and IPs have not)
        if (ORGANISATION_LISTING_BEFORE.precedes(text, m.start()) && !FIRST_PERSON.matcher(m.group()).find()
                && !PatientContext.describesCase(text)
                && !PatientContext.inPatientQuote(text, m.start())
                && !PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())) {
            return false;
        }
        if (ORGANISATION_NUMBER_JUST_BEFORE.precedes(text, m.start()) || askersOwn(text, m)) {
            return false;
        }
        // up to the end of the match: a labelled number ("our clinic's fax is 555...") starts at its label
        return !OWN_OR_ORGANISATION_BEFORE.precedes(text, m.end())
                || PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end());
    }

    // ---- more ways to say who and how old --------------------------------------------------------------------

    /** "she's 92", "who turned 101", "on his 100th birthday", "happy 95th to our resident". */
    private static final String AGE_IN_WORDS = "\\b(?:(?:she|he)(?:'s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+will"
            + "\\s+be)|who(?:'s|\\s+is|\\s+was|\\s+turned|\\s+turns|\\s+will\\s+be))\\s+(?:9\\d|1[01]\\d)"
            + "(?![\\d.,]?\\d)(?!\\s*(?:%|percent|kg|kilos?|lbs?|pounds|cm|mm|mg|ml|minutes|mins|hours|hrs|days|weeks"
            + "|months|beats|bpm|units|points|degrees|years?\\s+ago|stone|st\\b|calls|times|messages|posts|followers|likes))"
            // a person's birthday, not an institution's: "her 100th birthday", "101st birthday to our patient"
            + "|\\b(?:her|his|their|(?:patient|resident|client)(?:'s|s'))\\s+(?:9\\d|1[01]\\d)(?:st|nd|rd|th)"
            + "\\s+birthday\\b"
            + "|\\b(?:9\\d|1[01]\\d)(?:st|nd|rd|th)\\s+birthday\\s+(?:to|for)\\s+(?:our|my|a|the)\\s+(?:\\p{L}+\\s+){0,2}?"
            + "(?:patient|resident|client|lady|gentleman|man|woman|gran|grandma|grandpa|nan)\\b"
            // "Happy 91st birthday to Edna!": a person named, not an institution ("to St Mary's", "to the NHS")
            + "|\\b(?:9\\d|1[01]\\d)(?:st|nd|rd|th)\\s+birthday\\s+(?:to|for)\\s+(?!(?:St|Saint|The|Our)\\b)\\p{Lu}\\p{Ll}+"
            + "(?![\\p{L}'])(?!\\s+(?:Hospital|Infirmary|Trust|Clinic|Hospice|Practice|Centre|Center|House|Home|Ward"
            + "|Unit|Surgery|College|School|University)\\b)"
            + "|\\b(?:patient|resident|client)s?,?\\s+(?:[\\p{L}']+,?\\s+){0,3}?(?:celebrating|turning|turns|turned)\\s+"
            + "(?:(?:her|his|their)\\s+)?(?:9\\d|1[01]\\d)(?![\\d.,]?\\d)";
    /**
     * A ward board's line: "Bed 3 - O'SULLIVAN Patrick - NBM", "Bed 4 NGUYEN 13/11": the surname in capitals, then a
     * given name or a date.
     */
    private static final String WARD_BOARD_NAME = "(?i:bed|bay|rm|room|cubicle|side\\s+room)\\s*\\d{1,3}[a-z]?\\s*[-\u2013:|]?"
            + "\\s*(?<surname>\\p{Lu}[\\p{Lu}'\u2019-]{2,})(?:,?\\s+(?<given>\\p{Lu}\\p{Ll}{2,})(?![\\p{L}])"
            + "|\\s+\\d{1,2}/\\d{1,2}(?![\\d/]))";
    /** "mrs jenkins bed 4", "mr o'neill in bay 3", typed in lower case. */
    private static final String TITLED_NAME_AT_BED = "(?<![\\p{L}'-])(?i:mr|mrs|ms|miss|mx)\\.?\\s+(?i:[a-z][a-z'-]{1,30})"
            + "\\s*,?\\s+(?:(?i:is|was)\\s+)?(?:(?i:in|on|at|from)\\s+)?(?:(?i:the)\\s+)?(?i:bed|room|bay|cubicle|cot"
            + "|side\\s+room|rm)\\s*#?\\s*\\d{1,4}[a-z]?(?!\\w)";
    /** "My birthday is", "the NHS birthday is": the asker's own or an institution's, not a patient's. */
    private static final Proximity OWN_OR_INSTITUTION_BIRTHDAY = new Proximity(Pattern.compile("\\b(?:my|our)\\s+"
            + "(?:\\w+\\s+)?(?:birthday|bday|b-day|date\\s+of\\s+birth|dob|d\\.o\\.b)|\\b(?:nhs|hospital|trust|clinic|unit"
            + "|ward|practice|service|charity|college|school|company)(?:'s)?\\s+(?:\\w+\\s+)?(?:birthday|bday)", CI), 40, 0);
    /** "our lab manager Denise Carter's 50th … (born 12 April 1974": a colleague's birthday, with their role. */
    private static final Proximity COLLEAGUE_BIRTHDAY = new Proximity(Pattern.compile("\\b(?:my|our)\\s+(?:[\\w-]+\\s+){0,2}?"
            + "(?:colleague|manager|lead|director|team-?mate|co-?worker|boss|supervisor|consultant|matron|administrator"
            + "|secretary|coordinator|receptionist|technician|educator)\\b[^.?!\\n]{0,40}?(?:\\d{1,3}(?:st|nd|rd|th)\\b"
            + "|birthday|bday|retirement)"
            // "staff birthdays on our page: 'Happy birthday to our radiographer Kerry, born 1 Aug'"
            + "|\\bstaff(?:\\s+members?'?s?)?\\s+birthdays?\\b|\\bbirthday\\s+to\\s+(?:our|my)\\s+(?:[\\w-]+\\s+){0,2}?(?:nurse"
            + "|doctor|radiographer|physio\\w*|pharmacist|midwife|carer|porter|paramedic|dentist|hygienist|therapist"
            + "|receptionist|technician|colleague|manager)\\b", CI), 100, 0);
    /** "I'm a student nurse, born 03/04/2003", "I was born on": the asker's own birth date, just before its label. */
    private static final Proximity ASKER_BORN_BEFORE = new Proximity(Pattern.compile("(?:\\b(?:i'm|i\\s+am)\\s+(?:an?\\s+)?"
            + "(?:[\\w-]+\\s+){0,3}?[\\w-]+,|\\bi\\s+was"
            // "I'm Jordan Leigh, 3rd year med student, born …": the asker's name and role, with no one else in between
            + "|\\b(?:i'm|i\\s+am)\\s+(?-i:\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}[\\p{Ll}'-]+){1,2}),\\s+(?:an?\\s+)?(?:[\\w-]+\\s+){0,3}?"
            + "(?:student|nurse|doctor|resident|trainee|midwife|pharmacist|physio|paramedic|medic|intern|hca|carer),)\\s*$",
            CI), 80, 0);
    /** "100-year-old hospital building": a thing's age. */
    private static final Pattern THING_AFTER_AGE = Pattern.compile("\\s+(?:\\w+\\s+)?(?:hospital|building|buildings"
            + "|church|chapel|tree|house|home|school|college|charity|practice|organi[sz]ation|company|tradition|ward"
            + "|wing|photo|photos|records?|institution|infirmary|trust|clinic|service|union|society|journal|bridge)\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * Registration numbers of staff and premises: "our GPhC premises registration", "my NMC pin", and numbers
     * under a regulator's or an accreditor's name ("PRC license no.", "College of Nurses of Ontario reg #").
     */
    private static final Proximity OWN_REGISTRATION_BEFORE = new Proximity(Pattern.compile("\\b(?:my|our)\\s+(?:[\\w'-]+\\s+){0,3}?"
            + "(?:registration|licen[cs]e|certificate|certification|permit|pin|policy)\\b|\\b(?:gphc|nmc|gmc|hcpc|ahpra|npi|nmbi"
            + "|cno|cpso|premises|professional|staff|employee"
            // regulators abroad: Philippines, Saudi Arabia, South Africa, Nigeria, Kenya, Singapore, the Gulf, India
            + "|prc|scfhs|hpcsa|sanc|mdcn|nmcn|kmpdc|nck|smc|snb|dha|mohap|qchp|haad|doh|nabh|nabl|jci|accreditation"
            + "|(?:medical|nursing|dental|pharmacy|midwifery|health\\s+professions)\\s+(?:council|board)"
            + "|college\\s+of\\s+(?:nurses|physicians|pharmacists|midwives|dental|registered))\\b", CI), 52, 0);
    /** The labels of a professional's own numbers: a licence, a registration, a certificate, a permit. */
    private static final Pattern REGISTRATION_LABEL = Pattern.compile("licen[cs]e|registration|certificat|permit", CI);
    /**
     * "my license number is …", "my own registration no.": the asker's licence or registration, even when a patient is
     * the one asking for it (not "my patient's licence" or "my son's").
     */
    private static final Proximity ASKERS_OWN_LABEL_BEFORE = new Proximity(Pattern.compile("\\bmy\\s+(?:own\\s+)?"
            + "(?:(?!patient|pt\\b|client|resident|son|daughter|mum|mom|dad|wife|husband|partner|friend)[\\w'-]+\\s+){0,2}?$",
            CI), 40, 0);
    /** "MS Teams room 2" is a meeting, not Ms Teams in room 2. */
    private static final Pattern PRODUCT_AFTER_TITLE = Pattern.compile("^(?i:ms)\\.?\\s+(?i:teams|word|excel|office"
            + "|outlook|forms|paint|access|project|planner|onenote|sharepoint)\\b");
    /** Cars and parking: a plate near these belongs to someone's car. */
    private static final Proximity CAR_NEARBY = new Proximity(Pattern.compile("\\b(?:car|vehicle|truck|pickup|van"
            + "|motorbike|parked|towed|booted|clamped|parking|lot|bay)\\b", CI), 60, 60);
    /** Plates after a short label: "reg KX19 FJP", "plate 7XYZ123", "tag number ABC 1234". */
    private static final String PLATE_AFTER_LABEL = "\\b(?:reg(?:istration)?|plates?|rego|tag)\\s*(?:number|no\\.?|#)?"
            + "\\s*(?:is\\s+)?[:#]?\\s*(?=[a-z0-9 ]{0,10}\\d)(?=[a-z0-9 ]{0,10}[a-z])[a-z0-9]{2,4}[ -]?[a-z0-9]{2,4}"
            + "(?![a-z0-9])";
    /** Record numbers under other labels: "hosp number RBH0045521", "hosp no 12345", "K number". */
    private static final String OTHER_RECORD_LABEL = "\\b(?:hosp(?:ital)?\\.?\\s*(?:number|num|no\\.?|#|id)|rhif\\s+ysbyty"
            + "|(?:unit|case|k|rxn?|prescription|script)\\s*(?:number|num|no\\.?|#))\\s*(?:is\\s+)?[:#=]?\\s*"
            + "(?=[a-z0-9-]{0,16}\\d)[a-z0-9][a-z0-9-]{3,16}(?![a-z0-9])";
    /**
     * A number that identifies someone in custody, in the forces or in a care scheme: "prisoner A4471CK", "DOC
     * #A-558921", "NDIS no. 430 918 552", "service no 30145782" (a service number only beside a rank or the forces).
     */
    private static final String CUSTODY_OR_SCHEME_NUMBER = "\\b(?<label>(?:prisoner|inmate|offender|booking|ndis|service)"
            + "\\s*(?:no\\.?|number|num|#|id)|doc\\s*(?:no\\.?|number|#)|cdcr\\s*(?:no\\.?|number|#)?|(?:bop\\s+)?reg(?:ister)?\\.?\\s*"
            + "(?:no\\.?|number|#)|prisoner|inmate)\\s*(?:is\\s+)?[:#=]?\\s*"
            + "(?<value>[A-Za-z]{0,3}-?\\d(?:[A-Za-z0-9-]| (?=\\d)){3,16}+)(?![A-Za-z0-9])";
    private static final Proximity CUSTODY_NEARBY = new Proximity(Pattern.compile("\\b(?:inmates?|prisoners?|prison|jail"
            + "|correctional|custody|detainees?|bop)\\b", CI), 80, 20);
    private static final Proximity FORCES_NEARBY = new Proximity(Pattern.compile("\\b(?:veteran|soldier|serviceman"
            + "|servicewoman|lcpl|l/cpl|cpl|sgt|pte|private|marine|airman|sailor|army|raf|navy|forces|regiment|platoon"
            + "|battalion|squadron|mo's|medical\\s+officer)\\b", CI), 80, 40);
    /** A laboratory's accession number on a label: "S24-17755 WHITTAKER D.", "specimen H23-004512". */
    private static final String LAB_ACCESSION = "(?<![\\w-])[A-Z]{1,3}\\d{2}-\\d{4,7}(?![\\w-])";
    private static final Proximity LAB_LABEL_NEARBY = new Proximity(Pattern.compile("\\b(?:label|slide|specimen|sample"
            + "|histo\\w*|cyto\\w*|accession|pathology|block|biopsy)\\b", CI), 80, 40);
    /** "(tiktok sk8rjess_04)": a handle in brackets after its platform, shaped like a handle (a figure or "_"). */
    private static final String BRACKETED_PLATFORM_HANDLE = "\\((?i:tiktok|insta(?:gram)?|ig|snap(?:chat)?|twitter|x|fb"
            + "|facebook|threads|reddit)\\s*:?\\s*@?(?=[A-Za-z0-9_.]*[_\\d])[A-Za-z][A-Za-z0-9_.]{2,29}\\)";
    /** A patient's handle on a named platform: "his Discord name is xX_Wolf_Xx", "her insta is @...". */
    private static final String PLATFORM_HANDLE = "\\b(?:discord|insta(?:gram)?|ig|tiktok|snap(?:chat)?|twitter|x"
            + "|facebook|fb|xbox|psn|steam|twitch|venmo|cash\\s?app|paypal|reddit|telegram|whatsapp)\\s+(?:name"
            + "|handle|username|user\\s+name|tag|id|account|gamertag)\\s*(?:is|was|:)?\\s*(?=@|[A-Za-z0-9]*(?:[_\\d]|\\.[A-Za-z0-9]))@?"
            + "[A-Za-z0-9_.]{3,30}"
            + "(?![\\w@])";

    /** A patient, a resident or an old person said to be 90 or more, in figures or in words. */
    private static final String SPELLED_OLD_AGE = "(?:ninety(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "|(?:a|one)\\s+hundred(?:\\s+and\\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?)";
    private static final String OLD_PERSON_AGED = "\\b(?:patient|resident|client|gentleman|lady|man|woman|grandma"
            + "|grandpa|nan|gran|(?:mr|mrs|ms|miss)\\.?\\s+\\p{L}+)\\s+(?:is|was|turned|turns|will\\s+be)\\s+(?:(?:9\\d"
            + "|1[01]\\d)(?![\\d.,]?\\d)(?!\\s*(?:%|percent|kg|lbs?|pounds|mg|ml|minutes|mins|hours|days|weeks|months"
            + "|beats|bpm|units|points|degrees))|" + SPELLED_OLD_AGE + "\\b)"
            + "|\\b(?:turn(?:ed|s|ing)|aged?|is\\s+now)\\s+" + SPELLED_OLD_AGE + "\\b"
            + "|\\b" + SPELLED_OLD_AGE + "[\\s-]+years?[\\s-]+old\\b";
    /** A nickname in quotes at a bed or room, or said to be what staff call a patient: "'Big Dave' in bay 2". */
    private static final String NICKNAME_AT_BED = "['\"\\u2018\\u201c]\\p{Lu}[\\p{L} .'-]{1,28}['\"\\u2019\\u201d]\\s*,?\\s*"
            + "(?:(?:is|was)\\s+)?(?:in|from|at|on)\\s+(?:the\\s+)?(?i:bed|room|bay|cubicle|cot|side\\s+room)\\s*#?\\s*"
            + "\\d{1,4}[A-Za-z]?(?!\\w)"
            + "|\\b(?i:call|calls|called|nicknamed|known\\s+as)\\s+(?:(?i:him|her|them)\\s+)?['\"\\u2018\\u201c]\\p{Lu}"
            + "[\\p{L} .'-]{1,28}['\"\\u2019\\u201d]";
    /** Initials at a bed: "JM bed 7", "AB in bay 3" (not a unit's name: "ICU bed 4", "ED bay 2"). */
    private static final String INITIALS_AT_BED = "(?<![\\p{L}&])(?!(?:ICU|ED|ER|OR|MRI|CT|HDU|CCU|NICU|PICU|SICU|MICU"
            + "|AMU|SDU|PACU|OT|ENT|GP|ITU|ANC|DSU|OPD|IPU|TV|PC|IT|HR|AE|OB|LD|EU|UK|US|NHS|CCTV|RN|NP|PA|MD|ID"
            + "|PT|OPS|HCA|CNA|LPN|LVN|NA|SLT|RT|SW|MA|EMT|DO|DR|CEO|CNS|ANP|ACP|HCSW|RMN|RGN|SHO|FY)\\b)\\p{Lu}{2,4}\\s+(?:(?i:in|on)\\s+)?(?i:bed|bay|room|cubicle|cot)\\s*#?\\s*\\d{1,4}[A-Za-z]?(?!\\w)";
    /** A last word that makes a capitalised phrase a place or an organisation: "Riverside Community Health". */
    private static final Pattern PLACE_OR_ORGANISATION_LAST = Pattern.compile("\\s(?:Health|Healthcare|Community"
            + "|Medical|Centre|Center|Clinic|Hospital|Hospice|Practice|Surgery|Pharmacy|Trust|Foundation|Group"
            + "|Partners|Associates|Services|Institute|University|College|School|Street|Road|Avenue|Ave|Lane|Drive"
            + "|Boulevard|Plaza|Square|Park|Way|Day|Week|Month|Awards?|Conference|Campaign|Appeal|Festival|Fair"
            + "|Marathon|Private|County|Parish|District)$");
    /**
     * People of nursing's and medicine's history, whose names staff post about on awareness days ("Florence
     * Nightingale's birthday"); full names only, so a patient who shares a surname still counts.
     */
    private static final String HISTORICAL_FIGURES = "(?:Florence\\s+Nightingale|Mary\\s+Seacole"
            + "|Clara\\s+Barton|Edith\\s+Cavell|Virginia\\s+Henderson|Dorothea\\s+Dix|Elizabeth\\s+Blackwell"
            + "|Mary\\s+Eliza\\s+Mahoney|Marie\\s+Curie|Louis\\s+Pasteur|Edward\\s+Jenner|Alexander\\s+Fleming"
            + "|Jonas\\s+Salk|Ignaz\\s+Semmelweis|Joseph\\s+Lister|Virginia\\s+Apgar|Hippocrates"
            // patients of medicine's history, taught by name
            + "|Phineas\\s+Gage|Henrietta\\s+Lacks|Henry\\s+Molaison|Mary\\s+Mallon|Typhoid\\s+Mary|Anna\\s+O"
            + "|Louise\\s+Brown|Joseph\\s+Merrick)";
    private static final Pattern HISTORICAL_FIGURE = Pattern.compile("^" + HISTORICAL_FIGURES + "$");
    /** "Florence Nightingale's birthday on 12 May": her birthday, not a patient's. */
    private static final Proximity HISTORICAL_FIGURE_BEFORE = new Proximity(Pattern.compile(HISTORICAL_FIGURES), 40, 0);
    /** Placeholder names of forms and training material: "John Doe", "Joe Bloggs". */
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("^(?:John\\s+(?:Q\\.\\s+)?(?:Doe|Public)|Richard\\s+Roe"
            + "|Joe\\s+(?:Bloggs|Public)|Mr\\s+Bloggs|(?:John|Jane)\\s+Citizen|(?:Max|Erika)\\s+Mustermann"
            + "|Fulano\\s+de\\s+Tal|Juan\\s+dela\\s+Cruz)$");
    /** "St Mary's", "Saint Luke": a hospital or a place named after a saint. */
    private static final Pattern SAINT = Pattern.compile("^(?:St|Saint|Ste|San|Santa)\\b");
    /** "I made up a patient called...", "a fictional patient": an invented example, not a patient. */
    private static final Proximity INVENTED_BEFORE = new Proximity(Pattern.compile("\\b(?:made[\\s-]up|invented"
            + "|fictional|fictitious|imaginary|hypothetical|fake|dummy|pretend|sample|sim|simulat(?:ed|ion)|mock"
            + "|placeholder|sim\\s?man|mannequin|manikin|(?:osce|exam|role-?play)\\s+(?:script|station|scenario|brief))\\b",
            CI), 40, 0);
    /**
     * "totally made up", "pure fiction", "the case is invented", "not a real patient": the message says its case is
     * invented. Not "it's all made up", which is as often said of a rumour about a real patient.
     */
    private static final Pattern FICTION_DECLARED = Pattern.compile("\\b(?:pure(?:ly)?\\s+fiction(?:al)?|entirely\\s+fictional"
            + "|(?:totally|completely|entirely)\\s+made[\\s-]up|(?:case|patient|scenario|story|character|example|names?"
            + "|details)\\s+(?:is|are)\\s+(?:all\\s+)?(?:made[\\s-]up|fictional|fiction|invented)"
            + "|not\\s+a\\s+real\\s+(?:patient|person|case))\\b", CI);
    /** "'Mrs Doris Pemberton', a fictional 79-year-old played by one of our actors": invented, said just after. */
    private static final Pattern INVENTED_AFTER = Pattern.compile("['\"\u2019\u201d]?\\s*,?\\s*(?:an?\\s+)?"
            + "(?:fictional|fictitious|made[\\s-]up|invented|imaginary|simulated)\\b", CI);
    /** "her name is priya venkataraman": a name after "name is", even in lower case. */
    private static final String NAME_AFTER_NAME_IS = "\\b(?i:her|his|their|(?:patient|pt|client|resident)'?s)\\s+"
            + "(?i:(?:full|real|first|last|sur)\\s*)?(?i:name)\\s+(?i:is|was|:)\\s+(?<name>[\\p{L}'-]{2,30}"
            + "(?:\\s+[\\p{L}'-]{2,30})?)";
    /** "mrs dorothy kaplan", "mr harold jennings": a titled name typed in lower case. */
    private static final String LOWER_CASE_TITLED_NAME = "(?<![\\p{L}'-])(?:mr|mrs)\\.?\\s+(?<name>[a-z][a-z'-]{2,20}"
            + "(?:\\s+[a-z][a-z'-]{2,20})?)(?![\\p{L}'-])";
    /** One word of a name typed in lower case: "okonjo", "o'hara", "mcbride", "smith-jones". */
    private static final String LOWER_CASE_NAME_WORD = "(?:[a-z]'|mc|mac)?[a-z]{2,20}(?:-[a-z]{2,20})?";
    /**
     * "pt called femi okonjo", "a patient of mine, ruth abernathy", "bay 4 - tomasz wierzba": two words typed in
     * lower case right after a patient word or a bed, each checked by {@link #lowerCaseName} not to be English.
     */
    private static final String LOWER_CASE_NAME_AFTER_PATIENT = "(?:(?<![\\p{L}-])(?:(?i:patient|client)|(?<!\\d\\s?)[Pp]t)"
            + "(?:\\s+of\\s+(?:mine|ours))?|(?<![\\p{L}-])(?i:bed|bay|room|cubicle)\\s*#?\\s*\\d{1,4}[a-z]?)"
            + "(?:\\s*[:,\u2013\u2014-]\\s*|\\s+(?:(?:called|named|is|was)\\s+)?)"
            + "(?<name>" + LOWER_CASE_NAME_WORD + "\\s+" + LOWER_CASE_NAME_WORD + ")(?![\\p{L}'-])";
    /** "the patient's son, kofi mensah", "his wife aylin demir": a relative named in lower case. */
    private static final String LOWER_CASE_NAME_OF_RELATIVE = "\\b(?i:patient'?s|pt'?s|her|his|their|the)\\s+"
            + "(?i:daughter|son|wife|husband|partner|mum|mom|mother|dad|father|sister|brother|grandson|granddaughter"
            + "|niece|nephew|aunt|uncle)(?:\\s*,\\s*|\\s+(?:called\\s+|named\\s+)?)"
            + "(?<name>" + LOWER_CASE_NAME_WORD + "\\s+" + LOWER_CASE_NAME_WORD + ")(?![\\p{L}'-])";
    /** "an old boy called seamus doherty on our unit": a name in lower case after "called" or "named". */
    private static final String LOWER_CASE_NAME_CALLED = "\\b(?i:called|named)\\s+(?<name>" + LOWER_CASE_NAME_WORD
            + "\\s+" + LOWER_CASE_NAME_WORD + ")(?![\\p{L}'-])";
    /**
     * Someone or something other than a patient just before "called": staff ("a new nurse called …"), visitors
     * on business ("a drug rep called …") and titles of shows, accounts and products ("a podcast called …").
     */
    private static final Proximity NOT_A_PATIENT_BEFORE_CALLED = new Proximity(Pattern.compile("\\b(?:colleague"
            + "|coworker|co-worker|nurse|doctor|dr|manager|registrar|consultant|student|hca|friend|boss|teacher|lecturer"
            + "|tutor|preceptor|mentor|supervisor|receptionist|physio|pharmacist|midwife|paramedic|locum|rep"
            + "|representative|vendor|journalist|reporter|influencer|tiktoker|youtuber|creator|account|page|group"
            + "|channel|podcast|show|series|blog|book|film|documentary|programme|program|song|app|company|brand"
            + "|agency|charity|product)s?\\s+(?:\\w+\\s+){0,2}?$", CI), 30, 0);
    private static final Pattern LOWER_CASE_VOWEL = Pattern.compile("[aeiouy]");
    private static final EnglishWords ENGLISH = EnglishWords.STANDARD;
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\p{L}'])[A-Za-z]{2,}(?![\\p{L}'])");
    private static final double ENGLISH_SHARE = 0.6;
    /**
     * A patient named through their family or their bed: "signed by the family of Doreen Haskell", "the mum of one of
     * our NICU babies, Shanice Boateng", "Bed 6 — R. Castellano".
     */
    private static final String NAME_THROUGH_FAMILY = "\\b(?:(?i:family|relatives)|" + RELATIVE + ")\\s+of\\s+"
            + "(?:(?i:one\\s+of\\s+)?(?i:our|a|the|my)"
            + "\\s+(?:\\p{L}+\\s+){0,2}?(?i:patients?|babies|baby|residents?|clients?)\\s*,\\s*)?" + NAMED;
    private static final String NAME_AFTER_BED = "\\b(?i:bed|bay|room|cubicle)\\s*#?\\s*\\d{1,4}[A-Za-z]?\\s*[\u2014\u2013:,-]+"
            + "\\s*(?<name>(?:\\p{Lu}\\.\\s*)?" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?)";
    /** "labelled Tom Wexley chart DX-55821": a name and the record it labels. */
    private static final String NAME_BEFORE_RECORD = NAME_START + NAMED + "\\s+(?i:chart|mrn|record|file|notes"
            + "|hospital\\s+number)\\s*(?:#|(?i:no)\\.?|(?i:number))?\\s*[:#]?\\s*[A-Za-z]{0,4}-?\\d{3,}";
    /** "his handle is @sam.runs.far": a handle said to be someone's. */
    private static final String SOMEONES_HANDLE = "\\b(?i:his|her|their|the|an|this)\\s+(?i:handle|username|user\\s+name"
            + "|account|profile|insta|ig|tiktok|twitter|strava)\\s+(?i:is|was|:|called|named)\\s*@[A-Za-z0-9_.]{2,30}";
    private static final Proximity CARE_WIDELY = new Proximity(Pattern.compile("\\b(?:patients?|pts?|clients?"
            + "|residents?|ward|unit|clinic|nicu|picu|icu|bed|bay|admitted|discharged|operation|surgery|stay|treated"
            + "|appointment|care)\\b", CI), 150, 150);
    /** A handle read out: "his handle is at sam underscore k 91", "at jo dot bloggs". */
    private static final String SPOKEN_HANDLE = "(?<![\\p{L}])at\\s+(?<name>[a-z0-9]{1,30}(?:\\s+(?:underscore|dot|dash"
            + "|hyphen)\\s+[a-z0-9]{1,30}){1,4}+(?:\\s+\\d{1,4})?)(?![\\p{L}\\p{N}])";
    private static final Proximity HANDLE_WORD_NEARBY = new Proximity(Pattern.compile("\\b(?:handle|username|user\\s+name"
            + "|insta(?:gram)?|ig|tiktok|twitter|snap(?:chat)?|account|profile|dm'?d|messaged|follows?|added)\\b", CI),
            80, 30);
    /** "our clinic's own account is @…", "my handle is …": the asker's or their organisation's own account. */
    private static final Proximity OWN_HANDLE_BEFORE = new Proximity(Pattern.compile("\\b(?:our|my|(?:the\\s+)?\\w+'?s"
            + "\\s+own)\\s+(?:[\\w'-]+\\s+){0,2}?(?:account|handle|username|page|profile|insta(?:gram)?|ig|tiktok|twitter"
            + "|feed)\\s*(?:is|=|:)?\\s*$", CI), 60, 0);
    /** "a teenager I looked after … follows me, he's @…": someone the asker cared for, without a patient word. */
    private static final Proximity CARED_FOR_NEARBY = new Proximity(Pattern.compile("\\b(?:i|we)\\s+(?:looked\\s+after"
            + "|cared\\s+for|nursed|treated)\\b", CI), 120, 40);
    /** "baby Ollie on our neonatal unit": a newborn named by staff, near a newborn's care or family. */
    private static final String BABY_NAME = "(?<![\\p{L}'-])(?i:baby)\\s+\\p{Lu}\\p{Ll}{1,20}(?![\\p{L}'-])";
    /** Words after "baby" that make a programme, a generation or a product, not a name. */
    private static final Pattern NOT_A_BABY_NAME = Pattern.compile("(?i)\\s(?:friendly|boomers?|shark|bonus|steps"
            + "|loss|bank|box|blues|talk|led|food|formula|shower|monitor|week|day|clinic|unit|cafe|sling|signs?"
            + "|massage|yoga|group|club|moves|doe|jesus)$");
    private static final Proximity NEWBORN_CARE_NEARBY = new Proximity(Pattern.compile("\\b(?:nicu|scbu|neonatal"
            + "|special\\s+care|maternity|postnatal|labou?r\\s+ward|incubator|cot|born|parents|mum|mom|dad|ward|unit"
            + "|patient|gofundme|fundraiser)\\b", CI), 80, 80);
    /** A name as a wristband, label or screen prints it: "HOLLOWAY, GRACE". */
    private static final String PRINTED_NAME = "(?<![\\p{L}])\\p{Lu}{2,}(?:[-']\\p{Lu}+)?,\\s*\\p{Lu}{2,}(?:\\s+\\p{Lu})?"
            + "(?![\\p{L}])";
    private static final Proximity RECORD_NEARBY = new Proximity(Pattern.compile("\\b(?:wrist\\s*band|band|label"
            + "|sticker|chart|screen|whiteboard|board|notes?|record|list|sheet|patient|pt|bed|bay|mrn|dob)\\b", CI),
            80, 60);
    /** National health and insurance numbers under their own names: OHIP, PHN, carte Vitale, BSN, Medicare ID. */
    private static final String HEALTH_NUMBER = "\\b(?:ohip(?:\\s+(?:card|health\\s+card))?|b\\.?c\\.?\\s+phn"
            + "|(?:personal\\s+)?health\\s+(?:card|insurance)\\s*(?:number|no\\.?|#)?|carte\\s+vitale|versichertennummer"
            + "|krankenversicherungsnummer|burgerservicenummer|medicare\\s*(?:id|card|number|no\\.?|#)?|ppsn"
            // short acronyms are other things too (a BSN is a nursing degree, chi is tai chi): only with "number"
            + "|(?:bsn|mbi|ihi|pps|chi|nhi|ahv|avs|phn)\\s*(?:number|no\\.?|#|:)"
            + "|sozialversicherungsnummer|num[e\u00e9]ro\\s+de\\s+s[e\u00e9]curit[e\u00e9]\\s+sociale"
            + "|n[u\u00fa]mero\\s+de\\s+la\\s+seguridad\\s+social|tessera\\s+sanitaria|codice\\s+fiscale"
            + "|n[u\u00fa]m(?:[e\u00e9]ro|\\.)?\\s+de\\s+s[e\u00e9]cu"
            + "|(?:n[u\u00fa]mero\\s+de\\s+)?historia\\s+cl[i\u00ed]nica"
            + "|pesel|amka|personnummer|aadhaar|abha|n[u\u00fa]mero\\s+de\\s+utente|utente\\s+n[\u00bao\u00b0]?"
            // an Australian veteran's DVA file or card number; Brazil's SUS card; Portugal's utente number
            + "|dva\\s+(?:file|card|gold\\s+card|white\\s+card)|cart[\u00e3a]o\\s+(?:do\\s+|nacional\\s+de\\s+sa[\u00fau]de\\s+)?sus"
            + "|n[\u00bao\u00b0.]\\s*(?:de\\s+)?utente(?:\\s+sns)?)"
            + "(?:\\s*(?:number|num|no\\.?|#|id))?\\s*(?:(?:is|was|ist|est|es)\\s+)?[:#=,]?\\s*"
            + "(?=[a-z0-9 /-]{0,30}\\d)[a-z0-9](?:[ /-]?[a-z0-9]){5,24}(?![a-z0-9])";
    /**
     * National health and record numbers under short names, with the number right after: "CHI 0101805432", "NHI
     * ZAC4512", "NRIC S8834521D", "BSN 123456782", "UHID PNE/2023/004512". Alone these acronyms mean other things
     * (a BSN is a nursing degree), so the value must look like an identifier: figures, perhaps after a short prefix.
     */
    private static final String SHORT_HEALTH_NUMBER = "\\b(?:bsn|mbi|ihi|chi|nhi|nhc|phn|ahv|avs|nric|uhid|ohip|hcn"
            + "|dni|nie|pps|rx|ramq|lrn|(?-i:UR))\\s*(?:number|no\\.?|#)?\\s*(?:(?:is|was)\\s+)?[:#=,]?\\s*"
            // four letters and eight figures in groups, as a Quebec health card prints them ("TREG 5812 1597")
            + "(?:[a-z]{4}\\s?\\d{4}\\s?\\d{4}(?!\\d)|" + ID_VALUE + ")";
    /** A device's serial number after "serial" or "SN": "serial PJN612345H", "SN: 88-4417-2093". */
    private static final String DEVICE_SERIAL = "\\b(?:serial(?:\\s*(?:number|num|no\\.?|#))?|s/?n)\\s*(?:is\\s+)?"
            + "[:#]?\\s*(?=[a-z0-9-]{0,16}\\d)[a-z0-9]{2,16}(?:-[a-z0-9]{1,16}){0,4}(?![a-z0-9-])";
    /** A driving licence after "DL#", or a UK licence number in its own format ("MORGA753116SM9IJ"). */
    private static final String DRIVING_LICENCE = "\\b(?:dl\\s*(?:#|no\\.?|number)|driv(?:er|ing)'?s?\\s+licen[cs]e"
            + "(?:\\s*(?:number|no\\.?|#))?)\\s*(?:is\\s+)?[:#]?\\s*(?=[a-z0-9-]{0,12}\\d)[a-z0-9-]{5,20}(?![a-z0-9])"
            + "|(?<![A-Za-z0-9])[A-Z9]{5}\\d{6}[A-Z9]{2}\\d[A-Z]{2}(?![A-Za-z0-9])";
    /** A code and then its label: "DX-20391 which is our internal patient chart number". */
    private static final String RECORD_NUMBER_THEN_LABEL = "(?<![\\w-])(?=[A-Za-z0-9-]{0,10}\\d)[A-Za-z]{0,4}-?\\d{3,10}"
            + "(?![\\w-])\\s*,?\\s+(?:which|that)\\s+(?:is|was)\\s+(?:our|the|their|his|her|a)\\s+(?:\\w+\\s+){0,2}?"
            + "(?:patient\\s+)?(?:chart|record|mrn|hospital|patient|case|unit)\\s+(?:number|no\\.?|id)\\b";
    /** "Licence found, number D123-4567-8901": a licence's number a few words after the word licence. */
    private static final String LICENCE_NUMBER_LATER = "\\blicen[cs]e\\b[^.?!\\n]{0,24}?\\b(?:number|no\\.?|#)\\s*"
            + "(?:is\\s+)?[:#]?\\s*(?=[a-z0-9-]{0,12}\\d)[a-z0-9][a-z0-9-]{4,20}(?![a-z0-9])";
    /** "discharge 28/06", "admitted: 3/4": a day and month in figures right after a care event's word. */
    private static final String DATE_AFTER_CARE_LABEL = "\\b(?:discharge[ds]?|discharging|admitted|admission|adm"
            + "|dod|died|death|seen)\\s*(?:on|date)?\\s*[:=-]?\\s*(?!24/7\\b|9/11\\b)" + DAY + "[/.]" + DAY
            + "(?![\\w/]|[.-]\\d)(?!\\s*(?:of|ths?|rds?)\\b)";
    /** "Christmas Eve 2022", "New Year's Day 2023": a date named by its holiday, with its year. */
    private static final String HOLIDAY_DATE = "\\b(?:christmas(?:\\s+(?:eve|day))?|boxing\\s+day|new\\s+year'?s?"
            + "\\s+(?:eve|day)|easter(?:\\s+(?:sunday|monday))?|thanksgiving(?:\\s+day)?|halloween|bonfire\\s+night"
            + "|valentine'?s\\s+day|independence\\s+day|canada\\s+day|australia\\s+day|st\\.?\\s+patrick'?s\\s+day)"
            + "\\s+(?:of\\s+)?(?:19|20)\\d{2}\\b";
    /** The asker's or the organisation's own car: "my own car reg", "my car's plate", "our community van". */
    private static final Proximity OWN_CAR_BEFORE = new Proximity(Pattern.compile("\\b(?:my|our)\\s+(?:own\\s+|\\w+\\s+)?"
            + "(?:car|vehicle|van|truck|bike|minibus)(?:'s)?\\b(?!\\s+(?:park|bay|lot|space)s?\\b)"
            // a service's own vehicle: "a new rapid response car", "the ambulance service's van"
            + "|\\b(?:rapid\\s+response|response|ambulance|fleet|service|pool|trust|hospital|practice|community"
            // "the mobile vaccination van (reg ...)", "the hospital's new van"
            + "|mobile|vaccination|screening|outreach|donor|blood|library|hospital's|trust's|clinic's|practice's"
            + "|service's)\\s+(?:new\\s+)?(?:car|vehicle|van|truck|bike|minibus|bus)\\b", CI), 30, 0);

    // ---- handoff and case-presentation phrasing ------------------------------------------------------------

    /** "Jessica Garcia ready for discharge", "Tom Baker admitted overnight", "Ann Lee, c/o chest pain". */
    private static final String NAME_WITH_CARE_STATUS = NAME_START + NAMED
            + "\\s*,?\\s+(?:(?:is|was|has\\s+been|will\\s+be|being)\\s+)?(?i:ready\\s+for\\s+(?:discharge|transfer|surgery)"
            + "|discharged|admitted|readmitted|transferred|intubated|extubated|sedated|npo|febrile|afebrile|tolerating"
            + "|presents|presented|presenting|brought\\s+in|came\\s+in|post-?op|s/p|c/o|complain(?:s|ed|ing)"
            + "|denies|desatt?ing|stable\\s+(?:overnight|on)|(?:with|has)\\s+(?:a\\s+)?(?:history|hx)\\s+of|hx\\s+of"
            + "|diagnosed\\s+with|due\\s+for\\s+(?:labs|meds|discharge)|on\\s+(?:iv|oxygen|o2|antibiotics)\\b)";
    private static final String[] CARE_STATUS_CUES = {"ready", "discharged", "admitted", "readmitted", "transferred",
        "intubated", "extubated", "sedated", "npo", "febrile", "afebrile", "tolerating", "present", "brought", "came",
        "post", "s/p", "c/o", "complain", "denies", "desat", "stable", "history", "hx", "diagnosed", "due", "iv",
        "oxygen", "o2", "antibiotics"};
    private static final String[] RELATIVE_CUES = {"daughter", "son", "wife", "husband", "partner", "spouse", "mother",
        "father", "mum", "mom", "dad", "sister", "brother", "parent", "grand", "granny", "nana", "aunt", "uncle",
        "niece", "nephew", "cousin", "step", "guardian", "caregiver", "carer", "next of kin"};
    /** "Brian Thompson, 4 years old", "Lauren Nelson, a 8yo", "Tom Baker (67 y/o)". */
    private static final String NAME_WITH_AGE = NAME_START + NAMED
            + "\\s*[,(]\\s*(?:(?:a|an)\\s+)?\\d{1,3}\\s*(?:-?\\s*(?:years?|yrs?|months?|mos?|weeks?|days?)[\\s-]*old"
            + "|(?:yo|y/o|y\\.o\\.|mo|m/o)(?![\\w/]))";
    /** An appositive name after a case description: "a 42-year-old female, Amanda P., who ...". */
    private static final String PERSON_OR_INITIAL = NAME_WORD + "(?:\\s+(?:\\p{Lu}\\.\\s+)?" + NAME_WORD + "|\\s+\\p{Lu}\\.)";
    private static final String NAME_AFTER_CASE = "(?i:\\b(?:male|female|man|woman|boy|girl|gentleman|lady|infant"
            + "|child|toddler|baby|teen|adolescent|patient|pt))\\b[^.;?!\\n]{0,90}?,\\s*(?<name>" + PERSON_OR_INITIAL
            + ")(?=\\s*(?:[,;)]|\\.(?:\\s|$)|$))";
    /** "dad Amanda Collins called", "brought in by grandma Jacqueline Thompson", "his daughter Maria". */
    private static final String RELATIVE_CARE = "(?i:daughter|son|wife|husband|partner|spouse|mother|father|mum|mom"
            + "|mommy|dad|daddy|sister|brother|parents?|grandson|granddaughter|grandmother|grandfather|grandma|grandpa"
            + "|granny|nana|aunt|uncle|niece|nephew|cousin|stepmother|stepfather|stepmom|stepdad|guardian|caregiver"
            + "|carer|next\\s+of\\s+kin)";
    private static final String NAME_OF_ANY_RELATIVE = "(?<![\\p{L}'-])" + RELATIVE_CARE + "(?!['\\p{L}-])"
            + "\\s*,?\\s+(?:(?:is|was)\\s+)?(?<name>" + PERSON + ")";
    private static final Pattern OWN_FAMILY_BEFORE = Pattern.compile("(?i:\\b(?:my|our|your|i'm|i\\s+am)\\s+"
            + "(?:(?:great|grand|late|own|older|younger|little|big|best|dear|beloved|step|ex)[\\s-]+)*$)");
    /** "for Jonathan Young's full history", "Mrs. Lee's labs". */
    private static final String NAME_WITH_RECORD = NAME_START + NAMED + "'s\\s+(?:(?i:full|complete|medical|past|recent"
            + "|latest|current|whole|entire|old|new|prior)\\s+){0,2}(?i:history|hx|chart|records?|notes|labs?|lab\\s+results"
            + "|results|medications?|meds|diagnosis|prognosis|scans?|mri|ct\\s+scan|x-?rays?|biopsy|treatment|care\\s+plan"
            + "|condition|symptoms|vitals|admission|discharge|surgery|allergies|test\\s+results|bloodwork)\\b";

    // ---- what a patient wrote ---------------------------------------------------------------------------

    /** A capitalised name pair or an honorific and a name, inside a patient's quoted message. */
    private static final String QUOTED_NAME = NAME_START + NAMED;
    /** A run of five or more digits (a ZIP code, an account or card number), inside a patient's message. */
    // possessive: a group repeated greedily recurses once a digit, which a long run of digits overflows
    private static final String QUOTED_NUMBER = "(?<![\\w.-])(?<value>\\d(?: ?\\d){4,}+)(?![\\w-])";
    /** Any date, with or without a year, inside a patient's message. */
    private static final String QUOTED_DATE = "(?:" + FULL_DATE + "|" + PARTIAL_DATE + ")";
    /** Any web address. */
    private static final String WEB_ADDRESS = "(?<![\\w@.-])(?:https?://|www\\.)[\\w.-]+(?:/[\\w./?%&=#~+-]*)?";
    /** "the patient's website is ...", "her blog at ...". */
    private static final Proximity PATIENT_OWNS_BEFORE = new Proximity(Pattern.compile(
            "(?i:(?:patient|pt|client)(?:'s|s')|\\b(?:his|her|their)\\s+(?:own\\s+)?(?:website|site|blog|page|profile"
            + "|channel|link|url|fundraiser)|\\b(?:patient|pt|client)\\s+(?:runs|has|writes|started|set\\s+up"
            + "|created|made|keeps)"
            + "\\s+(?:a|an|her|his|their)\\s+(?:\\w+\\s+)?(?:blog|website|site|page|channel|vlog|podcast))"), 60, 0);

    /** A date without a year right next to a care event: "admission January 10", "admitted ... on Jan 15". */
    private static final String DAY_AND_MONTH = "(?<![\\w/.-])(?:" + MONTH + "\\s+" + DAY + ORDINAL + "|" + DAY + ORDINAL
            + "\\s+(?:of\\s+)?" + MONTH + ")(?!,?\\s*\\d)(?![\\w/-])";
    /**
     * "admitted on 21/06": a day and month in figures, after "on", close to a care event. Not "on 24/7 call", "on
     * 9/11" (idioms), "on 2/3 of wards" (a share).
     */
    private static final String NUMERIC_DAY_AND_MONTH = "(?<![\\w/.-])on\\s+(?!24/7\\b|9/11\\b)" + DAY + "[/.]" + DAY
            + "(?![\\w/]|[.-]\\d)(?!\\s*(?:of|ths?|rds?)\\b)";
    private static final Proximity CARE_EVENT_CLOSE = new Proximity(Pattern.compile(
            "(?<![\\p{L}-])(?:admit(?:s|ted|ting)?|admission|re-?admitted|discharg(?:e|es|ed|ing)|follow(?:ed)?[\\s-]+up"
                    + "|appointment|appt|surgery|operat(?:ed|ion)|procedure|died|death|passed\\s+(?:away|on)"
                    + "|gave\\s+birth"
                    + "|delivered|seen|visit(?:ed)?|diagnosed|transferred|presented|dos)(?!\\p{L})", CI), 50, 25);

    // ---- formats that identify on their own -----------------------------------------------------------------

    /** A ZIP code after its label: "ZIP: 80171", "my zip code is 85211", "postcode SW1A 1AA". */
    private static final String LABELLED_ZIP = "\\b(?:zip(?:\\s*code)?|postal\\s+code|post\\s*code)\\s*(?:is\\s+|:|#|=)?\\s*"
            + "(?<value>\\d{5}(?:-\\d{4})?|[a-z]{1,2}\\d[a-z\\d]?\\s*\\d[a-z]{2})(?![\\w-])";
    /** A house number and capitalised words ending in a less common street suffix ("2400 Flynn Hill"). */
    private static final String STREET_RARE_SUFFIX = "(?<![\\w.,/-])(?!(?:19|20)\\d\\d\\s)\\d{2,6}[A-Za-z]?\\s+"
            + "(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?<suffix>(?:Hills?|Ranch|Harbou?r|Club|Spur|Ramp|Mount|Mountain|Trace"
            + "|Ways|Wells?|Points?|Port|Parks?|Pass|Path|Pines|Ridge|Run|Shores?|Springs?|Station|Stream|Summit|Track"
            + "|Valley|Views?|Village|Vista|Walk|Crossing|Curve|Dale|Estates?|Falls|Ferry|Fields?|Flats?|Fords?"
            + "|Forest|Forge|Forks?|Fort|Gardens?|Gateway|Glen|Green|Grove|Haven|Heights|Hollow|Island|Isle|Junction"
            + "|Knolls?|Lakes?|Landing|Locks?|Lodge|Loop|Manor|Meadows?|Mews|Mills?|Orchard|Oval|Overpass|Radial"
            + "|Rapids|Rest|Route|Squares|Stravenue|Throughway|Turnpike|Underpass|Bypass|Burgs?|Bluffs?|Brooks?"
            + "|Canyon|Cape|Causeway|Cliffs?|Common|Corners?|Course|Courts|Coves?|Creek|Crest|Camp|Expressway"
            + "|Extension|Freeway|Inlet|Keys?|Lights?|Motorway|Neck|Prairie|Unions?|Wall))(?![\\p{L}])";
    /** Words before an address that make it an organisation's: "our offices are located at", "Acme LLC is at". */
    private static final Proximity ORGANISATION_BEFORE = new Proximity(Pattern.compile(
            "(?i:\\b(?:offices?|headquarters|hq|branch|campus|company|firm|store|shop|llc|inc|ltd|corp|plc|gmbh|llp"
            + "|agency|university|school|department|foundation|charity|located|based|business|organi[sz]ation|clinic"
            + "|infirmary|cabinet|clinique|pharmacie|h\u00f4pital|praxis|apotheke|klinik|cl\u00ednica|farmacia"
            + "|queries|enquiries|inquiries|reception|pathology|laboratory|radiology|level\\s+\\d+"
            + "|hospital|practice|pharmacy|chemist|hospice|surgery|dental|dentist|trust|centre|center"
            + "|we'?re\\s+(?:a|an|the)|our\\s+(?:\\w+\\s+){0,3}?(?:is|are)\\s+(?:based\\s+)?(?:at|on)|station|depot"
            + "|headquarters|base|prison|jail|correctional|detention|facility|po\\s+box"
            // an event's venue: "blood drive at 1 Civic Plaza", "the fun run starts at"
            + "|drive|event|fair|fundraiser|festival|vigil|fun\\s+run|venue|conference|workshop|open\\s+day"
            + "|held|hosted|takes\\s+place|taking\\s+place|starts))\\b"),
            // wide enough to reach from the ZIP code back over the street and city to the organisation
            150, 0);
    /** Words before an address that make it a person's, whoever else is mentioned: "lives at", "my address". */
    private static final Proximity PERSON_ADDRESS_BEFORE = new Proximity(Pattern.compile(
            "(?i:\\b(?:lives|live\\s+at|living|resident|resides|(?<!(?:care|rest|nursing|group|funeral)\\s)home(?!\\s+(?:health|care"
            + "|help|visit|nursing|hospice|infusion))|staying|(?:she|he|they)(?:'s|'re|\\s+is|\\s+are)\\s+(?:now\\s+)?at"
            + "|my\\s+address|his\\s+address|her\\s+address|their\\s+address"
            + "|patients?|pt|client|discharge|sent\\s+to|mail\\s+it|ship\\s+it))\\b"), 90, 0);

    private static final List<LabelledPattern> PATTERNS = List.of(
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_ONE_PATIENT),
                    SearchScope.startingAt(160, ONE_PATIENT_CUES), PatientIdentifierGuard::nameAfterPatientWord),
            new LabelledPattern(NAME, Pattern.compile(GET_WELL_NAME), SearchScope.everywhere().requiring("well soon",
                    "rest easy", "rest in peace", "rip"),
                    PatientIdentifierGuard::personNotClinician),
            // only where a file extension occurs: "." alone is in nearly every question
            new LabelledPattern(NAME, Pattern.compile(FILE_NAME), SearchScope.everywhere().requiring(".jpg", ".jpeg",
                    ".png", ".heic", ".gif", ".pdf", ".doc", ".mp4", ".mov", ".webp"),
                    PatientIdentifierGuard::nameInFileName),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_PATIENTS),
                    SearchScope.startingAt(160, "patients", "clients", "pts"),
                    PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_BEFORE_PATIENT),
                    SearchScope.around(100, 12, ONE_PATIENT_CUES), PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_ROOM), SearchScope.startingAt(60, "rm", "room", "bed",
                    "bay").withMinDigits(1), PatientIdentifierGuard::personNotClinician),
            new LabelledPattern(NAME, Pattern.compile(NAME_IN_BED),
                    SearchScope.around(100, 24, "bed", "room", "bay", "cubicle", "ward", "unit", "icu")
                            .withMinDigits(1), PatientIdentifierGuard::fullNameOrHonorific),
            new LabelledPattern(NAME, Pattern.compile(NAME_NEAR_CARE),
                    SearchScope.around(70, 50, CARE_CUES), PatientIdentifierGuard::nameNearCare),
            new LabelledPattern(NAME, Pattern.compile(NAME_OF_RELATIVE),
                    SearchScope.startingAt(220, "patient's", "patients'", "pt's", "client's", "clients'"),
                    PatientIdentifierGuard::nameAfterPatientWord),
            new LabelledPattern(NAME, Pattern.compile(NAME_WITH_CARE_STATUS), SearchScope.around(90, 40, CARE_STATUS_CUES),
                    PatientIdentifierGuard::personNotClinician),
            new LabelledPattern(NAME, Pattern.compile(NAME_WITH_AGE), SearchScope.aroundDigits(90, 30, 1),
                    PatientIdentifierGuard::nameOfSomeone),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_CASE), SearchScope.startingAt(160, "male", "female",
                    "man", "woman", "boy", "girl", "gentleman", "lady", "infant", "child", "toddler", "baby", "teen",
                    "adolescent", "patient", "pt"), PatientIdentifierGuard::nameOfSomeone),
            new LabelledPattern(NAME, Pattern.compile(NAME_OF_ANY_RELATIVE), SearchScope.startingAt(120, RELATIVE_CUES),
                    PatientIdentifierGuard::relativeOfPatient),
            new LabelledPattern(NAME, Pattern.compile(NAME_WITH_RECORD), SearchScope.around(80, 60, "'s"),
                    PatientIdentifierGuard::nameOfSomeone),
            new LabelledPattern(NAME, Pattern.compile(QUOTED_NAME), SearchScope.around(0, 400, "\""),
                    (text, m) -> personNotClinician(text, m) && PatientContext.inPatientQuote(text, m.start())),

            new LabelledPattern(NAME, Pattern.compile(TITLED_NAME_AT_BED),
                    SearchScope.around(60, 30, "bed", "room", "bay", "cubicle", "cot", "rm").withMinDigits(1),
                    (text, m) -> !STOPLIST.contains(m.group().split("[\\s.]+")[1])
                            && !PRODUCT_AFTER_TITLE.matcher(m.group()).find()),
            new LabelledPattern(NAME, Pattern.compile(WARD_BOARD_NAME),
                    SearchScope.startingAt(70, "bed", "bay", "rm", "room", "cubicle", "side room").withMinDigits(1),
                    PatientIdentifierGuard::wardBoardName),
            new LabelledPattern(NAME, Pattern.compile(NICKNAME_AT_BED),
                    SearchScope.everywhere().requiring("'", "\""),
                    (text, m) -> !INVENTED_BEFORE.precedes(text, m.start())
                            && (m.group().matches("(?s)['\"\u2018\u201c].*")
                            || PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || CARE_SETTING_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(NAME, Pattern.compile(INITIALS_AT_BED),
                    SearchScope.around(20, 20, "bed", "bay", "room", "cubicle", "cot").withMinDigits(1)),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_NAME_IS), SearchScope.around(20, 50, "name"),
                    PatientIdentifierGuard::someoneElsesName),
            new LabelledPattern(NAME, Pattern.compile(LOWER_CASE_TITLED_NAME), SearchScope.startingAt(30, "mr"),
                    (text, m) -> !STOPLIST.startsWithStopword(m.group("name"))
                            && (PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || CARE_SETTING_NEARBY.near(text, m.start(), m.end())
                            || CARE_EVENT_NEARBY.near(text, m.start(), m.end())
                            || CARED_FOR_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(NAME, Pattern.compile(LOWER_CASE_NAME_AFTER_PATIENT), SearchScope.startingAt(40,
                    "patient", "client", "pt", "bed", "bay", "room", "cubicle"), PatientIdentifierGuard::lowerCaseName),
            new LabelledPattern(NAME, Pattern.compile(LOWER_CASE_NAME_OF_RELATIVE), SearchScope.startingAt(60,
                    "patient", "pt", "her ", "his ", "their ", "the "),
                    (text, m) -> lowerCaseName(text, m) && (CARE_WIDELY.near(text, m.start(), m.end())
                            || CARED_FOR_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(NAME, Pattern.compile(LOWER_CASE_NAME_CALLED), SearchScope.startingAt(40, "called",
                    "named"),
                    (text, m) -> lowerCaseName(text, m) && !NOT_A_PATIENT_BEFORE_CALLED.precedes(text, m.start())
                            && (CARE_WIDELY.near(text, m.start(), m.end())
                            || CARED_FOR_NEARBY.near(text, m.start(), m.end())
                            || PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(NAME, Pattern.compile(NAME_THROUGH_FAMILY), SearchScope.everywhere().requiring(" of "),
                    (text, m) -> fullNameOrHonorific(text, m) && !titledBefore(text, m.start("name"))
                            && CARE_WIDELY.near(text, m.start(), m.end())),
            new LabelledPattern(NAME, Pattern.compile(NAME_BEFORE_RECORD), SearchScope.aroundDigits(60, 4, 3),
                    PatientIdentifierGuard::personNotClinician),
            new LabelledPattern(NAME, Pattern.compile(NAME_AFTER_BED), SearchScope.startingAt(40, "bed", "bay", "room",
                    "cubicle").withMinDigits(1), (text, m) -> !notAPerson(text, m)
                            && !STOPLIST.startsWithStopword(m.group("name").replaceFirst("^\\p{Lu}\\.\\s*", ""))),
            new LabelledPattern(NAME, Pattern.compile(BABY_NAME), SearchScope.startingAt(30, "baby"),
                    (text, m) -> !STOPLIST.contains(m.group().substring(m.group().lastIndexOf(' ') + 1))
                            && !NOT_A_BABY_NAME.matcher(m.group()).find()
                            && NEWBORN_CARE_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(NAME, Pattern.compile(PRINTED_NAME), SearchScope.everywhere().requiring(","),
                    (text, m) -> RECORD_NEARBY.near(text, m.start(), m.end()) && printedName(m.group())),
            new LabelledPattern(DATE_OF_BIRTH, Pattern.compile(DATE_AFTER_BIRTH_LABEL, CI),
                    SearchScope.startingAt(100, "born", "dob", "d.o.b", "date of birth", "birth", "bday", "b-day",
                            "geb", "nacid", "nacimiento", "naissance", "nascita", "nato", "nata", "nascimento")
                            .withMinDigits(1), (text, m) -> !saidToBeInvented(text, m)
                            && !PLACEHOLDER_NAME_BEFORE.precedes(text, m.start())
                            && !HISTORICAL_FIGURE_BEFORE.precedes(text, m.start()) && !bornBefore1901(m.group())
                            && !ASKER_BORN_BEFORE.precedes(text, m.start())
                            && !HISTORIC_YEAR_AFTER.matcher(text).region(m.end(),
                            text.length()).lookingAt() && (!OWN_OR_INSTITUTION_BIRTHDAY.precedes(text, m.start() + 16)
                            && !COLLEAGUE_BIRTHDAY.precedes(text, m.start())
                            || PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end()))),
            // French "née le 14/02/1931": the label starts with an accented letter, which a cue cannot name
            new LabelledPattern(DATE_OF_BIRTH, Pattern.compile(FRENCH_BIRTH_DATE, CI),
                    SearchScope.everywhere().requiring(" le ").withMinDigits(4),
                    (text, m) -> !INVENTED_BEFORE.precedes(text, m.start())),
            new LabelledPattern(DATE_OF_BIRTH, Pattern.compile(BIRTH_DATE_IN_SLUG, CI),
                    SearchScope.everywhere().requiring("born-", "born_", "dob-", "dob_", "birth-", "birth_")
                            .withMinDigits(4)),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(DIGIT_FIRST_DATE, CI),
                    SearchScope.startingAtDigits(30, 4), PatientIdentifierGuard::dateOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(MONTH_FIRST_DATE, CI),
                    SearchScope.startingAt(30, MONTH_CUES).withMinDigits(4), PatientIdentifierGuard::dateOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(WRITTEN_DATE, CI),
                    SearchScope.around(50, 30, MONTH_CUES).withMinDigits(4), PatientIdentifierGuard::dateOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(DAY_AND_MONTH, CI),
                    SearchScope.around(12, 20, MONTH_CUES).withMinDigits(1),
                    PatientIdentifierGuard::dayAndMonthOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(NUMERIC_DAY_AND_MONTH, CI),
                    SearchScope.startingAt(16, "on ").withMinDigits(2),
                    PatientIdentifierGuard::dayAndMonthOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(DATE_AFTER_CARE_LABEL, CI),
                    SearchScope.startingAt(24, "discharg", "admi", "dod", "died", "death", "seen").withMinDigits(2),
                    // the care word is inside the match: "I was discharged on 12/05" is the asker's own stay
                    (text, m) -> !ownOrOfficialDate(text, m.end())),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(HOLIDAY_DATE, CI),
                    SearchScope.startingAt(40, "christmas", "boxing", "new year", "easter", "thanksgiving",
                            "halloween", "bonfire", "valentine", "independence", "canada", "australia", "patrick")
                            .withMinDigits(4), PatientIdentifierGuard::dateOfCare),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(CHINESE_CARE_DATE), SearchScope.everywhere().withMinDigits(6)),
            new LabelledPattern(PATIENT_DATE, Pattern.compile(QUOTED_DATE, CI), SearchScope.around(0, 400, "\"")
                    .withMinDigits(1), (text, m) -> PatientContext.inPatientQuote(text, m.start())),

            // Unless phrased as the aggregate Safe Harbor allows ("over 90", "90 and older").
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_IN_YEARS, CI),
                    SearchScope.startingAtDigits(25, 2),
                    (text, m) -> notAggregate(text, m) && !THING_AFTER_AGE.matcher(text).region(m.end(),
                            Math.min(text.length(), m.end() + 40)).lookingAt() && !noPatientDeclared(text, m)),
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_ABBREVIATED, CI),
                    SearchScope.startingAtDigits(12, 2),
                    (text, m) -> notAggregate(text, m) && !noPatientDeclared(text, m)),
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_AFTER_LABEL, CI),
                    SearchScope.startingAt(25, "age").withMinDigits(2), PatientIdentifierGuard::notAggregate),
            // every age in figures over 89 holds a 9, a 10 or an 11
            new LabelledPattern(AGE_OVER_89, Pattern.compile(AGE_IN_WORDS + "|" + OLD_PERSON_AGED, CI),
                    SearchScope.everywhere().requiring("ninety", "hundred", "9", "10", "11"),
                    (text, m) -> notAggregate(text, m) && !noPatientDeclared(text, m)),

            new LabelledPattern(PHONE, Pattern.compile(NORTH_AMERICAN_PHONE),
                    SearchScope.aroundDigits(3, 3, 10), (text, m) -> notAReference(text, m) && personalPhone(text, m)),
            new LabelledPattern(PHONE, Pattern.compile(INTERNATIONAL_PHONE),
                    SearchScope.aroundDigits(2, 4, 8), (text, m) -> phoneLength(text, m) && personalPhone(text, m)),
            new LabelledPattern(PHONE, Pattern.compile(TRUNK_PHONE), SearchScope.aroundDigits(1, 4, 10),
                    (text, m) -> digitsIn(m.group()) >= 10 && digitsIn(m.group()) <= 11 && notAReference(text, m)
                            && !DATE_LIKE.matcher(m.group()).matches() && personalPhone(text, m)),
            new LabelledPattern(PHONE, Pattern.compile(UNSPACED_MOBILE), SearchScope.aroundDigits(1, 1, 9),
                    (text, m) -> notAReference(text, m) && personalPhone(text, m)),
            new LabelledPattern(PHONE, Pattern.compile(CHINESE_MOBILE), SearchScope.everywhere().withMinDigits(11),
                    PatientIdentifierGuard::personalPhone),
            new LabelledPattern(PHONE, Pattern.compile(BRACKETED_TRUNK_PHONE), SearchScope.aroundDigits(2, 4, 9),
                    (text, m) -> digitsIn(m.group()) >= 10 && digitsIn(m.group()) <= 11 && personalPhone(text, m)),
            new LabelledPattern(PHONE, Pattern.compile(LABELLED_PHONE, CI),
                    SearchScope.startingAt(70, "phone", "telephone", "tel", "fax", "cell", "mobile", "pager",
                            "whatsapp", "call", "her number", "his number", "their number").withMinDigits(7),
                    (text, m) -> !YEAR_RANGE.matcher(m.group()).find() && personalPhone(text, m)),

            new LabelledPattern(EMAIL, Pattern.compile(EMAIL_ADDRESS, CI), SearchScope.around(256, 256, "@"),
                    // a role mailbox (comms@, info@) is never a patient's, whoever writes to it
                    (text, m) -> !ROLE_MAILBOX.matcher(m.group()).find() && !askersOwn(text, m)
                            && !CLINICIAN_SENDER_BEFORE.precedes(text, m.start())
                            && (PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || personalContact(text, m) && (!CARE_ORGANISATION_DOMAIN.matcher(m.group()).find()
                            || PatientContext.describesCase(text)))),
            new LabelledPattern(EMAIL, Pattern.compile(SPELLED_EMAIL_ADDRESS, CI),
                    SearchScope.around(100, 80, " at ", "(at)", "[at]", "{at}"), PatientIdentifierGuard::personalContact),

            new LabelledPattern(SSN, Pattern.compile(SOCIAL_SECURITY), SearchScope.startingAtDigits(12, 9)),
            new LabelledPattern(SSN, Pattern.compile(PERSONAL_NUMBER), SearchScope.startingAtDigits(14, 10),
                    (text, m) -> !JOB_NUMBER_BEFORE.precedes(text, m.start())),
            new LabelledPattern(SSN, Pattern.compile(KOREAN_RESIDENT_NUMBER), SearchScope.startingAtDigits(15, 6)),
            new LabelledPattern(SSN, Pattern.compile(CHINESE_ID), SearchScope.aroundDigits(1, 2, 17)),
            new LabelledPattern(SSN, Pattern.compile(SOUTH_AFRICAN_ID), SearchScope.aroundDigits(6, 2, 13),
                    (text, m) -> !NOT_A_PERSONS_ID_BEFORE.precedes(text, m.start())),
            new LabelledPattern(SSN, Pattern.compile(FRENCH_NIR), SearchScope.everywhere().withMinDigits(13)),
            new LabelledPattern(SSN, Pattern.compile(EMIRATES_ID), SearchScope.everywhere().withMinDigits(15)),
            new LabelledPattern(SSN, Pattern.compile(CURP), SearchScope.everywhere().withMinDigits(7)),
            new LabelledPattern(SSN, Pattern.compile(CHILEAN_RUT, CI), SearchScope.startingAt(30, "rut", "run")
                    .withMinDigits(7)),
            new LabelledPattern(SSN, Pattern.compile(AADHAAR_CARD), SearchScope.everywhere().withMinDigits(12),
                    (text, m) -> AADHAAR_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(SSN, Pattern.compile(BARE_ID), SearchScope.aroundDigits(6, 2, 8),
                    (text, m) -> !NOT_A_PERSONS_ID_BEFORE.precedes(text, m.start())
                            && CARE_WIDELY.near(text, m.start(), m.end())),
            new LabelledPattern(SSN, Pattern.compile(NATIONAL_ID, CI), SearchScope.startingAt(60, "id", "sin",
                            "social insurance")
                    .withMinDigits(6), (text, m) -> digitsIn(m.group()) >= 6
                            && !OWN_REGISTRATION_BEFORE.precedes(text, m.start() + 12)),
            new LabelledPattern(SSN, Pattern.compile(LABELLED_SOCIAL_SECURITY, CI),
                    SearchScope.startingAt(60, "ssn", "social security", "ss").withMinDigits(9)),

            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(LABELLED_RECORD_NUMBER, CI),
                    SearchScope.startingAt(80, "mrn", "med", "rec", "chart", "hospital", "patient", "nhs", "chi",
                            "unit", "emr", "ehr", "epic", "cerner", "encounter", "visit", "case", "fin", "csn",
                            "admission").withMinDigits(3),
                    (text, m) -> notAYear(text, m) && !placeholderNumber(m.group())
                            && !INVENTED_BEFORE.precedes(text, m.start()) && !PLACEHOLDER_NAME_BEFORE.precedes(text, m.start())),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(LAB_ACCESSION), SearchScope.aroundDigits(4, 8, 6),
                    (text, m) -> LAB_LABEL_NEARBY.near(text, m.start(), m.end()) && !saidToBeInvented(text, m)),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(CUSTODY_OR_SCHEME_NUMBER, CI),
                    SearchScope.startingAt(60, "prisoner", "inmate", "offender", "booking", "ndis", "service", "doc", "cdcr",
                            "bop", "reg")
                            .withMinDigits(4),
                    (text, m) -> notAYear(text, m) && (!m.group("label").toLowerCase(Locale.ROOT).startsWith("service")
                            || FORCES_NEARBY.near(text, m.start(), m.end()))
                            // a bare "Reg. No." is a custody number only beside an inmate or a prison
                            && (!m.group("label").toLowerCase(Locale.ROOT).startsWith("reg")
                            || CUSTODY_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(OTHER_RECORD_LABEL, CI),
                    SearchScope.startingAt(60, "hosp", "unit", "case", "k ", "rx", "prescription", "script", "rhif")
                            .withMinDigits(3), PatientIdentifierGuard::notAYear),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(OHIP_FORMAT), SearchScope.aroundDigits(2, 8, 10)),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(PHILHEALTH_NUMBER), SearchScope.everywhere().withMinDigits(12),
                    (text, m) -> PHILHEALTH_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(MEDICARE_BENEFICIARY_ID), SearchScope.everywhere()
                    .withMinDigits(5), (text, m) -> MEDICARE_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(MEDICARE_CARD),
                    SearchScope.around(80, 80, "medicare").withMinDigits(10), (text, m) -> !placeholderNumber(m.group())),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(RECORD_NUMBER_THEN_LABEL, CI),
                    SearchScope.aroundDigits(8, 80, 3), PatientIdentifierGuard::notAYear),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(HEALTH_NUMBER, CI),
                    SearchScope.everywhere().withMinDigits(6), (text, m) -> !placeholderNumber(m.group())),
            new LabelledPattern(MEDICAL_RECORD, Pattern.compile(SHORT_HEALTH_NUMBER, CI),
                    SearchScope.startingAt(40, "bsn", "mbi", "ihi", "chi", "nhi", "nhc", "phn", "ahv", "avs", "nric",
                            "uhid", "ohip", "hcn", "dni", "nie", "pps", "rx", "ramq", "lrn", "ur").withMinDigits(4),
                    (text, m) -> digitsIn(m.group()) >= 4 && notAYear(text, m) && !YEAR_RANGE.matcher(m.group()).find()),
            new LabelledPattern(ACCOUNT, Pattern.compile(LABELLED_ACCOUNT_NUMBER, CI),
                    SearchScope.startingAt(90, ACCOUNT_CUES).withMinDigits(1),
                    (text, m) -> !(REGISTRATION_LABEL.matcher(m.group()).lookingAt()
                            && ASKERS_OWN_LABEL_BEFORE.precedes(text, m.start())
                            && !PatientContext.inPatientQuote(text, m.start()))
                            && (!OWN_REGISTRATION_BEFORE.precedes(text, m.start() + 12)
                            || PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end()))),
            new LabelledPattern(ACCOUNT, Pattern.compile(ACCOUNT_IN_BILLING, CI), SearchScope.startingAt(40, "account")
                    .withMinDigits(5), (text, m) -> BILLING_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(ACCOUNT, Pattern.compile(QUOTED_NUMBER), SearchScope.around(0, 400, "\"")
                    .withMinDigits(5), (text, m) -> PatientContext.inPatientQuote(text, m.start())),
            new LabelledPattern(CARD, Pattern.compile(CARD_NUMBER), SearchScope.startingAtDigits(40, 13),
                    (text, m) -> PaymentNumbers.isCardNumber(m.group()) && notAReference(text, m)),
            new LabelledPattern(IBAN, Pattern.compile(IBAN_CANDIDATE), SearchScope.aroundDigits(4, 40, 10),
                    (text, m) -> PaymentNumbers.isIban(m.group())),
            new LabelledPattern(VEHICLE_OR_DEVICE, Pattern.compile(LABELLED_VEHICLE_OR_DEVICE, CI),
                    SearchScope.startingAt(90, "vin", "vehicle", "licen", "number", "registration", "plate",
                            "serial", "device", "imei", "udi").withMinDigits(1),
                    (text, m) -> !OFFICE_DEVICE_BEFORE.precedes(text, m.start())),
            new LabelledPattern(VEHICLE_OR_DEVICE, Pattern.compile(UK_PLATE), SearchScope.aroundDigits(3, 5, 2),
                    (text, m) -> PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || CAR_NEARBY.near(text, m.start(), m.end()) && !OWN_CAR_BEFORE.precedes(text, m.start())),
            new LabelledPattern(VEHICLE_OR_DEVICE, Pattern.compile(DEVICE_SERIAL, CI),
                    SearchScope.startingAt(40, "serial", "sn", "s/n").withMinDigits(4),
                    (text, m) -> digitsIn(m.group()) >= 4 && notAYear(text, m) && !OFFICE_DEVICE_BEFORE.precedes(text, m.start())
                            && !INVENTED_BEFORE.precedes(text, m.start())),
            new LabelledPattern(ACCOUNT, Pattern.compile(LICENCE_NUMBER_LATER, CI),
                    SearchScope.startingAt(60, "licen").withMinDigits(5),
                    (text, m) -> digitsIn(m.group()) >= 5 && !OWN_REGISTRATION_BEFORE.precedes(text, m.start() + 12)),
            new LabelledPattern(ACCOUNT, Pattern.compile(DRIVING_LICENCE, CI), SearchScope.aroundDigits(32, 24, 5),
                    (text, m) -> digitsIn(m.group()) >= 5 && !OWN_REGISTRATION_BEFORE.precedes(text, m.start() + 12)),
            new LabelledPattern(VEHICLE_OR_DEVICE, Pattern.compile(PLATE_AFTER_LABEL, CI),
                    SearchScope.startingAt(40, "reg", "plate", "rego", "tag").withMinDigits(1),
                    (text, m) -> (PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || CAR_NEARBY.near(text, m.start(), m.end()) && !OWN_CAR_BEFORE.precedes(text, m.start()))
                            // a regulator's "reg #" is a registration, not a plate
                            && !OWN_REGISTRATION_BEFORE.precedes(text, m.start() + 12)),

            new LabelledPattern(STREET_ADDRESS, Pattern.compile(STREET),
                    SearchScope.startingAtDigits(110, 1),
                    (text, m) -> notATitle(text, m) && personalAddress(text, m)),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(DUTCH_STREET), SearchScope.everywhere().withMinDigits(1),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(STREET_RARE_SUFFIX),
                    SearchScope.startingAtDigits(110, 2), PatientIdentifierGuard::personalAddress),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(GERMAN_STREET), SearchScope.aroundDigits(40, 24, 1),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(CHINESE_ADDRESS), SearchScope.everywhere().withMinDigits(1),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(FRENCH_STREET, CI | Pattern.UNICODE_CASE),
                    SearchScope.startingAtDigits(80, 1), PatientIdentifierGuard::personalAddress),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(PO_BOX, CI),
                    SearchScope.startingAt(30, "po", "p.o", "p. o", "p o", "post office").withMinDigits(1),
                    (text, m) -> !ORGANISATION_BEFORE.precedes(text, m.start()) || PERSON_ADDRESS_BEFORE.precedes(text, m.start())
                            || PatientContext.inPatientQuote(text, m.start())),
            new LabelledPattern(STREET_ADDRESS, Pattern.compile(MILITARY_ADDRESS, CI),
                    SearchScope.around(30, 40, "apo", "fpo", "dpo").withMinDigits(5)),
            new LabelledPattern(ZIP_CODE, Pattern.compile(EIRCODE, CI), SearchScope.startingAt(24, "eircode")
                    .withMinDigits(1), PatientIdentifierGuard::personalAddress),
            new LabelledPattern(ZIP_CODE, Pattern.compile(ZIP_PLUS_FOUR), SearchScope.startingAtDigits(12, 9),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(ZIP_CODE, Pattern.compile(ZIP_AFTER_STATE), SearchScope.aroundDigits(8, 6, 5),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(ZIP_CODE, Pattern.compile(LABELLED_ZIP, CI),
                    SearchScope.startingAt(40, "zip", "postal", "post").withMinDigits(1),
                    (text, m) -> PatientContext.describesCase(text) || PatientContext.inPatientQuote(text, m.start())),
            new LabelledPattern(ZIP_CODE, Pattern.compile(UK_POSTCODE), SearchScope.aroundDigits(4, 6, 2),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(ZIP_CODE, Pattern.compile(AU_POSTCODE), SearchScope.aroundDigits(12, 6, 4),
                    PatientIdentifierGuard::personalAddress),
            new LabelledPattern(ZIP_CODE, Pattern.compile(CANADIAN_POSTCODE), SearchScope.aroundDigits(3, 5, 3),
                    PatientIdentifierGuard::personalAddress),

            new LabelledPattern(IP_ADDRESS, Pattern.compile(IPV4), SearchScope.startingAtDigits(16, 4),
                    (text, m) -> !VERSION_LABEL_BEFORE.precedes(text, m.start())
                            && !PRIVATE_IPV4.matcher(m.group()).find() && personalContact(text, m)),
            new LabelledPattern(IP_ADDRESS, Pattern.compile(IPV6, CI),
                    SearchScope.around(40, 40, ":").withMinDigits(1)),

            // A profile URL or @handle says who someone is only when a patient is nearby.
            new LabelledPattern(PERSONAL_URL, Pattern.compile(PERSONAL_WEB_ADDRESS, CI),
                    SearchScope.around(100, 70, ".com", ".net", ".org", ".me"),
                    (text, m) -> PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())),
            new LabelledPattern(PERSONAL_URL, Pattern.compile(WEB_ADDRESS, CI),
                    SearchScope.startingAt(300, "http", "www."),
                    (text, m) -> PatientContext.inPatientQuote(text, m.start())
                            || PATIENT_OWNS_BEFORE.precedes(text, m.start())),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(HANDLE), SearchScope.startingAt(32, "@"),
                    PatientIdentifierGuard::patientsHandle),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(SPOKEN_HANDLE, CI),
                    SearchScope.everywhere().requiring("underscore", " dot ", " dash ", "hyphen"),
                    (text, m) -> HANDLE_WORD_NEARBY.near(text, m.start(), m.end()) && patientsHandle(text, m)),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(SOMEONES_HANDLE), SearchScope.around(60, 40, "@"),
                    (text, m) -> CARE_WIDELY.near(text, m.start(), m.end())),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(PLATFORM_HANDLE, CI),
                    SearchScope.everywhere().requiring("name", "handle", "tag", "id", "account", "gamertag"),
                    (text, m) -> PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())
                            || PatientContext.inPatientQuote(text, m.start())),
            new LabelledPattern(SOCIAL_HANDLE, Pattern.compile(BRACKETED_PLATFORM_HANDLE), SearchScope.around(0, 40, "("),
                    (text, m) -> PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end())));

    private static final PatternGuard GUARD = new PatternGuard(PHI, KINDS, PATTERNS);
    private static final PlaceholderMasker MASKER = new PlaceholderMasker(PLACEHOLDERS, NAME, STOPLIST);
    static {
        if (!PLACEHOLDERS.keySet().equals(Set.copyOf(KINDS))) {
            throw new IllegalStateException("every kind needs a placeholder: " + PLACEHOLDERS.keySet());
        }
    }

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
        NormalizedQuestion normalized = NormalizedQuestion.of(question);
        List<String> kinds = GUARD.kindsIn(normalized);
        if (kinds.isEmpty()) {
            NormalizedQuestion figures = asFigures(normalized);
            if (figures != normalized) {
                kinds = GUARD.kindsIn(figures);
            }
        }
        return GUARD.verdict(kinds);
    }

    /**
     * {@inheritDoc}
     *
     * <p>Every span any pattern accepts is replaced by its kind's placeholder ("[name]", "[date]", "[phone]",
     * "[number]", "[address]", "[email]", "[url]", "[handle]", "[age]", "[ip address]"); then, because a masked
     * question must not carry what the patterns missed either, the {@link StoredQuestionRedactor} replaces any
     * remaining run of digits, date, web or email address, handle, titled name and capitalised name pair.
     *
     * @throws NullPointerException if {@code question} is {@code null}
     */
    @Override
    public MaskedQuestion mask(String question) {
        // numbers written out in words, or one character at a time, are masked as the figures they are
        NormalizedQuestion normalized = asFigures(NormalizedQuestion.of(question));
        return MASKER.mask(normalized.text(), GUARD.spansIn(normalized));
    }

    /**
     * {@code question} with its numbers as figures: written out in words ("oh seven seven…", a phone number or a
     * birth year spelt out is still one) or typed a character at a time ("M T 7 7 2…"); the same object when it
     * has neither, so a caller can tell whether there is another reading to inspect.
     */
    private static NormalizedQuestion asFigures(NormalizedQuestion question) {
        String text = question.text();
        String figures = SpelledNumbers.present(text) ? SpelledNumbers.asFigures(text) : text;
        figures = SpacedCharacters.present(figures) ? SpacedCharacters.joined(figures) : figures;
        return figures.equals(text) ? question : NormalizedQuestion.of(figures);
    }

    // ---- checks on candidate matches ----------------------------------------------------------------------

    /** Right after a patient word one capitalised word suffices, unless it is a stopword ("Patient Portal"). */
    private static boolean nameAfterPatientWord(String text, Matcher m) {
        if (notAPerson(text, m)) {
            return false;
        }
        return m.group("hon") != null || !STOPLIST.startsWithStopword(m.group("name"));
    }

    /**
     * Two lower-case words after a patient word or a bed are a name when neither is an English word (a proper noun,
     * such as "gerald", is not one), a stop word, or letters without a vowel (an abbreviation: "pt hx htn").
     * Misspellings could pass, but two in a row right after a patient word are rare, and a false flag only masks.
     */
    /**
     * Two adjacent parts of a file name that are name words: letters, three or more with a vowel, neither an English
     * word nor a stop word ("Kowalczyk_Marta", "pooja_reddy"; not "team_photo" or "Dr_Patel").
     */
    private static boolean nameInFileName(String text, Matcher m) {
        String name = m.group();
        if (STAFF_DOCUMENT.matcher(name).find()) {
            return false;
        }
        // "HaroldWinnick" is two name words run together
        String[] parts = FILE_NAME_PART.split(CAMEL_CASE_JOIN.matcher(name.substring(0, name.lastIndexOf('.')))
                .replaceAll("_"));
        for (int i = 0; i + 1 < parts.length; i++) {
            if (nameWordInFileName(parts[i]) && nameWordInFileName(parts[i + 1])) {
                return true;
            }
        }
        return false;
    }

    private static boolean nameWordInFileName(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return lower.length() >= 3 && lower.chars().allMatch(Character::isLetter) && LOWER_CASE_VOWEL.matcher(lower).find()
                && !ENGLISH.contains(lower) && STOPLIST.nameWords(part) > 0 && !MONTH_OR_DAY.matcher(lower).matches();
    }

    private static boolean lowerCaseName(String text, Matcher m) {
        for (String word : m.group("name").split("\\s+")) {
            if (ENGLISH.contains(word) || !LOWER_CASE_VOWEL.matcher(word).find() || STOPLIST.nameWords(word) == 0) {
                return false;
            }
        }
        return mostlyEnglish(text) && !notAPerson(text, m);
    }

    /**
     * Whether at least {@value #ENGLISH_SHARE} of a message's words are English: in a message typed in another
     * language in Latin letters ("mera patient bahut pareshan hai"), any two words after "patient" are not English.
     */
    private static boolean mostlyEnglish(String text) {
        int words = 0;
        int english = 0;
        for (Matcher w = LATIN_WORD.matcher(text); w.find(); ) {
            words++;
            if (ENGLISH.contains(w.group())) {
                english++;
            }
        }
        return words > 0 && english >= ENGLISH_SHARE * words;
    }

    /**
     * Further from the patient word a single capitalised word is too often a sentence starter, so the name
     * needs an honorific ("Mrs. Jones") or two name words ("John Smith") once leading stopwords are dropped.
     */
    private static boolean fullNameOrHonorific(String text, Matcher m) {
        if (notAPerson(text, m)) {
            return false;
        }
        int words = STOPLIST.nameWords(m.group("name"));
        return m.group("hon") != null ? words >= 1 : words >= 2;
    }

    /**
     * A place's, an organisation's or an event's name ("Riverside Community Health", "International Nurses Day"),
     * a figure of nursing's history, an invented example's, or a founder's or namesake's.
     */
    private static boolean notAPerson(String text, Matcher m) {
        return PLACE_OR_ORGANISATION_LAST.matcher(m.group("name")).find() || SAINT.matcher(m.group("name")).find()
                || HISTORICAL_FIGURE.matcher(m.group("name")).matches() || PLACEHOLDER_NAME.matcher(m.group("name")).matches()
                || saidToBeInvented(text, m) || invented(text, m.end())
                || FOUNDER_BEFORE.precedes(text, m.start()) || ANIMAL_BEFORE.precedes(text, m.start());
    }

    /** Whether the words just before the match, or the message as a whole, say its case is invented. */
    private static boolean saidToBeInvented(String text, Matcher m) {
        return INVENTED_BEFORE.precedes(text, m.start()) || FICTION_DECLARED.matcher(text).find();
    }

    /** Whether what follows {@code end} says the name before it is invented. */
    private static boolean invented(String text, int end) {
        return INVENTED_AFTER.matcher(text).region(end, Math.min(text.length(), end + 30)).lookingAt();
    }

    /** "our clinic cat Biscuit", "therapy dog Max": an animal's name. */
    private static final Proximity ANIMAL_BEFORE = new Proximity(Pattern.compile("\\b(?:cat|dog|puppy|kitten|pet|parrot"
            + "|rabbit|horse|pony|hamster|goldfish|mascot)\\s*$", CI), 14, 0);

    /** "founded in 1872 by Elizabeth Garrett Anderson", "named after": a founder or a namesake, not a patient. */
    private static final Proximity FOUNDER_BEFORE = new Proximity(Pattern.compile("\\b(?:(?:founded|built|established"
            + "|endowed|designed)\\s+(?:(?:in\\s+)?\\d{4}\\s+)?by|named\\s+(?:after|for))\\s*$", CI), 30, 0);

    private static final Pattern YEAR_BEFORE_1901 = Pattern.compile("(?<!\\d)(?:1[0-8]\\d{2}|1900)(?!\\d)");
    /** "speaking at the … conference on 12 June 2025": an event's date, just before it. */
    private static final Proximity EVENT_DATE_BEFORE = new Proximity(Pattern.compile("\\b(?:conference|congress|summit"
            + "|symposium|webinar|workshop|seminar|lecture|talk|course|study\\s+day|open\\s+day|awards?|ceremony|gala)"
            + "\\s+(?:[\\w'-]+\\s+){0,3}?(?:on|is\\s+on|held\\s+on|starts\\s+on)\\s+$", CI), 60, 0);
    private static final Pattern YEAR_BEFORE_1950 = Pattern.compile("(?<!\\d)(?:1[0-8]\\d{2}|19[0-4]\\d)(?!\\d)");

    /** A birth date before 1901 is a historical figure's or a form's placeholder ("01/01/1900"), not a patient's. */
    private static boolean bornBefore1901(String date) {
        return YEAR_BEFORE_1901.matcher(date).find();
    }

    /** A name that is not a stopword and not introduced as the asker's own. */
    private static boolean someoneElsesName(String text, Matcher m) {
        return !STOPLIST.startsWithStopword(m.group("name")) && !ownName(text, m)
                && !ordinaryWordsInLowerCase(m.group("name"));
    }

    /**
     * A handle with a patient, a relative or someone the asker cared for nearby, and not introduced as the asker's
     * or the unit's own ("our clinic's own account is @…").
     */
    private static boolean patientsHandle(String text, Matcher m) {
        return (PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end()) || CARED_FOR_NEARBY.near(text, m.start(), m.end()))
                && !OWN_HANDLE_BEFORE.precedes(text, m.start());
    }

    /** "the patient's name is visible in the corner": lower-case words that are all English are no name. */
    private static boolean ordinaryWordsInLowerCase(String phrase) {
        for (String word : phrase.split("\\s+")) {
            if (!word.equals(word.toLowerCase(Locale.ROOT)) || !ENGLISH.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A full name, or an honorific and a name, with a care setting close by, and no clinician's or public
     * figure's title just before it or at its start, nor the asker's own.
     */
    private static boolean nameNearCare(String text, Matcher m) {
        return fullNameOrHonorific(text, m) && !titledBefore(text, m.start("name")) && !ownName(text, m)
                && CARE_SETTING_NEARBY.near(text, m.start(), m.end());
    }

    /** "I'm …", "my name is …" from the asker; inside someone else's quoted message it is their name. */
    private static boolean ownName(String text, Matcher m) {
        return OWN_NAME_BEFORE.precedes(text, m.start()) && !PatientContext.inQuotation(text, m.start());
    }

    /** "policy v2.3 dated 2023-04-01", "guidance published 3 March 2024": a document's date, not a patient's. */
    // not "reviewed" or "updated": "chart reviewed on 2022-11-03" is a date of care
    private static final Proximity DOCUMENT_DATE_BEFORE = new Proximity(Pattern.compile("\\b(?:dated|published"
            + "|effective|issued|version|v\\d+(?:\\.\\d+)*)\\s*(?:on|from)?\\s*:?\\s*$", CI), 25, 0);

    /** A day and month without a year: a date of care only right beside a care event. */
    private static boolean dayAndMonthOfCare(String text, Matcher m) {
        return CARE_EVENT_CLOSE.near(text, m.start(), m.end()) && !BIRTH_LABEL_BEFORE.precedes(text, m.start())
                && !ownOrOfficialDate(text, m.start()) && !FICTION_DECLARED.matcher(text).find();
    }

    /**
     * A full date is someone's care when a patient or care event is near, the question describes a case, or a
     * patient wrote it; unless it is a birth date, a document's date, or the asker's own or an official's.
     */
    private static boolean dateOfCare(String text, Matcher m) {
        // a document's date; or one before 1950: history ("the first NHS patient, 5 July 1948") or a test
        // wristband's placeholder ("01/01/1900")
        if (DOCUMENT_DATE_BEFORE.precedes(text, m.start()) || YEAR_BEFORE_1950.matcher(m.group()).find()
                || EVENT_DATE_BEFORE.precedes(text, m.start()) || FICTION_DECLARED.matcher(text).find()
                || noPatientDeclared(text, m)) {
            return false;
        }
        return (CARE_EVENT_NEARBY.near(text, m.start(), m.end()) || PatientContext.describesCase(text)
                || PatientContext.inPatientQuote(text, m.start()))
                // A birth date is already reported as such; do not report it twice.
                && !BIRTH_LABEL_BEFORE.precedes(text, m.start()) && !ownOrOfficialDate(text, m.start());
    }

    /** "he's not my patient", "no patients visible": the asker says that no patient is in it. */
    private static final Pattern NO_PATIENT_DECLARED = Pattern.compile("\\b(?:(?:he|she|they)(?:'s|'re|\\s+is|\\s+are"
            + "|\\s+was|\\s+were)\\s+not\\s+a\\s+patients?|not\\s+(?:my|our)\\s+patients?"
            + "|no\\s+patients?\\s+(?:(?:were|was|are|is)\\s+)?"
            + "(?:visible|shown|seen|involved|identifiable|named|in\\s+(?:the\\s+)?(?:shot|frame|photo|picture|video|clip)))\\b", CI);

    /** Whether the question says no patient is in it, outside a patient's own quoted words. */
    private static boolean noPatientDeclared(String text, Matcher m) {
        return NO_PATIENT_DECLARED.matcher(text).find() && !PatientContext.inPatientQuote(text, m.start());
    }

    /**
     * A date of the asker's own care, or of a public figure's or an official's visit, judged by what precedes
     * {@code at}: a date's start, or the end of a match that holds its care word.
     */
    private static boolean ownOrOfficialDate(String text, int at) {
        return OWN_CARE_BEFORE.precedes(text, at) || OFFICIAL_VISIT_BEFORE.precedes(text, at);
    }

    /** A full name or an honorific and a name, not right after a clinician's or a public figure's title. */
    private static boolean personNotClinician(String text, Matcher m) {
        return fullNameOrHonorific(text, m) && !titledBefore(text, m.start("name"));
    }

    /**
     * A name someone has: an honorific, or a first word that is not a stopword ("Lauren Nelson, a 8yo";
     * "Twitter, 15 years old" is no one), and no clinician's or public figure's title before it.
     */
    private static boolean nameOfSomeone(String text, Matcher m) {
        return !notAPerson(text, m) && !titledBefore(text, m.start("name"))
                && (groupPresent(m, "hon") || !STOPLIST.startsWithStopword(m.group("name")));
    }

    /** A relative's name in someone else's family: "his daughter Maria", not "my daughter Maria". */
    private static boolean relativeOfPatient(String text, Matcher m) {
        if (text.startsWith("Sister", m.start()) || text.startsWith("Brother", m.start())) {
            // a capitalised "Sister Angela Reid" is a nurse's title (and "Brother" a religious one), not a sibling
            return false;
        }
        Matcher own = OWN_FAMILY_BEFORE.matcher(text);
        own.region(Math.max(0, m.start() - 30), m.start());
        return !own.find() && !STOPLIST.startsWithStopword(m.group("name"));
    }

    /** "I'm Sarah O'Connell", "my name is Sam Lee": the asker's own name. */
    private static final Proximity OWN_NAME_BEFORE = new Proximity(Pattern.compile("(?i:\\b(?:i'm|i\\s+am|im"
            + "|my\\s+name\\s+is|this\\s+is|it's|signed)\\s*,?\\s*$)"), 16, 0);

    private static boolean titledBefore(String text, int nameStart) {
        if (TITLE_FIRST.matcher(text).region(nameStart, text.length()).lookingAt()) {
            return true;
        }
        Matcher title = CLINICIAN_TITLE_BEFORE.matcher(text);
        title.region(Math.max(0, nameStart - 18), nameStart);
        return title.find();
    }

    private static boolean groupPresent(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * An address is a person's unless an organisation is named just before it ("our offices are located at",
     * "Acme LLC is at") and no person is ("lives at", "the patient's address"), or it is quoted from a patient.
     */
    private static boolean personalAddress(String text, Matcher m) {
        if (PatientContext.inPatientQuote(text, m.start())) {
            return true;
        }
        if (OWN_ADDRESS_BEFORE.precedes(text, m.start()) || PLACEHOLDER_STREET.matcher(m.group()).find()) {
            return false;
        }
        return PERSON_ADDRESS_BEFORE.precedes(text, m.start()) || !ORGANISATION_BEFORE.precedes(text, m.start());
    }

    /** "I live at 5 Elm Road", "my home address is": the asker's own, just before it. */
    private static final Proximity OWN_ADDRESS_BEFORE = new Proximity(Pattern.compile("\\b(?:i\\s+live\\s+at|i\\s+moved\\s+to"
            // "lists our address": the organisation's (or the asker's household's), not a patient's
            + "|our\\s+(?:(?!patient|pt|client|resident|service)\\w+\\s+)?address(?:\\s+is|\\s+as)?"
            + "|my\\s+(?:home\\s+)?address\\s+is|(?:i'm|i\\s+am)\\s+moving\\s+(?:in)?to\\s+(?:a\\s+|my\\s+|the\\s+)?(?:new\\s+)?"
            + "(?:flat|house|home|place|apartment|room|unit)?\\s*(?:at)?)\\s*:?\\s*$", CI), 50, 0);
    /** "1 Example Street": a training scenario's or a form's street. */
    private static final Pattern PLACEHOLDER_STREET = Pattern.compile("\\b(?:example|sample|test|fake|dummy|placeholder"
            + "|fictional)\\s+(?:street|st|road|rd|avenue|ave|lane|ln|drive|close|way)\\b", CI);

    private static final Pattern ONE_FIGURE_REPEATED = Pattern.compile("(\\d)\\1*");

    /**
     * "MRN 0000000", "MRN 9999999", "MRN SIM-000123": a form's, a slide's or a mannequin's placeholder, not anyone's
     * record number. (Not "1234567": examples that count as identifiers use it too.)
     */
    private static boolean placeholderNumber(String match) {
        String digits = match.replaceAll("\\D", "");
        return digits.length() >= 5 && ONE_FIGURE_REPEATED.matcher(digits).matches()
                || TEST_PREFIX.matcher(match).find();
    }

    /** "MRN SIM-000123", "TEST-0042": a mannequin's or a test system's record. */
    private static final Pattern TEST_PREFIX = Pattern.compile("\\b(?:sim|test|demo|dummy|training|example|sample)"
            + "[-_ ]?\\d", CI);

    /** A labelled number that is a year ("visit 2023") is a date, not a record number. */
    private static boolean notAYear(String text, Matcher m) {
        String digits = m.group().replaceAll("\\D", "");
        return !(digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20")));
    }

    /** "over 90 years old" and "older than 95 years of age" are the aggregate form Safe Harbor permits. */
    private static boolean notAggregate(String text, Matcher m) {
        Matcher before = AGGREGATE_BEFORE.matcher(text);
        before.region(Math.max(0, m.start() - 20), m.start());
        return !before.find();
    }

    /**
     * "HOLLOWAY, GRACE" reads as a name; "ICU, HDU" and "HIPAA, GDPR" are lists of acronyms: both words must be
     * pronounceable (a vowel each), one of them at least five letters, and neither a common acronym.
     */
    private static boolean printedName(String match) {
        String[] words = match.split(",\\s*");
        if (words.length != 2) {
            return false;
        }
        String first = words[0].strip();
        String second = words[1].strip().split("\\s+")[0];
        return first.length() >= 3 && second.length() >= 3 && Math.max(first.length(), second.length()) >= 5
                && VOWEL.matcher(first).find() && VOWEL.matcher(second).find()
                && !COMMON_ACRONYMS.contains(first) && !COMMON_ACRONYMS.contains(second);
    }

    /** A ward board's surname and given name: not an acronym ("NBM"), a stopword or an invented example's. */
    private static boolean wardBoardName(String text, Matcher m) {
        String surname = m.group("surname");
        String given = m.group("given") == null ? "" : m.group("given");
        return VOWEL.matcher(surname).find() && !COMMON_ACRONYMS.contains(surname) && !STOPLIST.contains(surname)
                && !STOPLIST.contains(given) && !BOARD_WORDS.contains(given.toLowerCase(Locale.ROOT))
                && !INVENTED_BEFORE.precedes(text, m.start());
    }

    /** What a room's line on a board says when it is not a patient's: "Room 1 - TEAM Briefing". */
    private static final Set<String> BOARD_WORDS = Set.of("patient", "briefing", "meeting", "huddle", "handover",
            "teaching", "training", "session", "station", "review", "round", "rounds", "office", "store", "storage",
            "cleaning", "closed", "booked", "reserved", "available", "blocked", "empty");

    private static final Pattern VOWEL = Pattern.compile("[AEIOUY]");
    private static final Set<String> COMMON_ACRONYMS = Set.of("HIPAA", "FERPA", "COVID", "NCSBN", "OSHA", "NICE",
            "AHPRA", "HCPC", "NMBI", "UKHSA", "UNISON", "NASA", "NATO", "UNICEF", "AIDS", "SARS", "MERS", "ACLS",
            "PALS", "BLS", "NCLEX", "USMLE", "PLAB", "OSCE", "ICU", "NICU", "PICU", "HDU", "AMU", "ITU", "PACU");

    /** "NDC 0069-0151-01", "lot FJ8823": a medicine's code, not a phone number. */
    private static final Proximity PRODUCT_CODE_BEFORE = new Proximity(Pattern.compile("\\b(?:ndc|gtin|upc|lot|batch|sku"
            + "|catalogue|catalog|cat\\.?)\\s*(?:no\\.?|number|#|code)?\\s*:?\\s*$", CI), 20, 0);

    /** "call 0522 225 7540 for appointments": a number for booking is an organisation's. */
    private static final Pattern FOR_BOOKINGS_AFTER = Pattern.compile("\\s*\\)?\\s*(?:for\\s+(?:an?\\s+|your\\s+)?"
            + "(?:appointments?|bookings?|enquir(?:y|ies)|inquir(?:y|ies)|queries|reservations|collections|orders|deliveries)"
            + "|to\\s+(?:book|make\\s+(?:an?\\s+)?(?:appointment|booking))"
            + "|para\\s+(?:citas|agendar|marcar|consultas|informes|turnos))\\b", CI);
    /** "our address 12 Kowhai Street, Palmerston North and phone …": an organisation's listing, address then number. */
    private static final Proximity ADDRESS_LISTING_BEFORE = new Proximity(Pattern.compile("\\bour\\s+(?:\\w+\\s+)?address\\b"
            + "[^.!?\\n]{0,80}?\\b(?:phone|tel|ph|number)\\.?\\s*(?:is|:)?\\s*$", CI), 130, 0);

    /** A phone number that is not a toll-free or non-geographic one, nor introduced as an organisation's own. */
    private static boolean personalPhone(String text, Matcher m) {
        if (PRODUCT_CODE_BEFORE.precedes(text, m.start()) || placeholderNumber(m.group().substring(firstFigure(m.group())))) {
            return false;
        }
        // a labelled number ("WhatsApp number is 071…") holds its label: the organisation's cue ends at the figures
        int figures = m.start() + firstFigure(m.group());
        // a toll-free or non-geographic number is an organisation's, whoever the question is about
        if (ORGANISATION_NUMBER.matcher(m.group().strip()).find()
                || ORGANISATION_NUMBER_JUST_BEFORE.precedes(text, m.start())
                || ORGANISATION_NUMBER_JUST_BEFORE.precedes(text, figures) || askersOwn(text, m)
                || ADDRESS_LISTING_BEFORE.precedes(text, figures)) {
            return false;
        }
        if (FOR_BOOKINGS_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()
                && !PatientContext.inPatientQuote(text, m.start())) {
            return false;
        }
        boolean patientNear = PATIENT_OR_RELATIVE_NEARBY.near(text, m.start(), m.end());
        if (ROLE_MAILBOX_JUST_BEFORE.precedes(text, m.start()) && !patientNear) {
            return false;
        }
        return patientNear || personalContact(text, m);
    }

    /** Where the first figure of {@code match} is (0 when it has none). */
    private static int firstFigure(String match) {
        for (int i = 0; i < match.length(); i++) {
            if (Character.isDigit(match.charAt(i)) || match.charAt(i) == '+' || match.charAt(i) == '(') {
                return i;
            }
        }
        return 0;
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
