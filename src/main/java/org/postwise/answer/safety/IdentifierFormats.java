package org.postwise.answer.safety;

/**
 * The shapes of identifiers that {@link PatientIdentifierGuard} recognises on their own terms, as regular
 * expressions: phone numbers of several numbering plans, e-mail and IP addresses, US, UK, Canadian and Australian
 * postcodes, card and bank numbers (checked further by {@link PaymentNumbers}), and national identity and health
 * numbers as their cards print them. Whether a match belongs to a patient is the guard's to judge; these say only
 * what a candidate looks like. Each is bounded so a match cannot start or end inside a longer run of letters or
 * digits.
 */
final class IdentifierFormats {

    private IdentifierFormats() {
    }

    /** 555-201-3344, (555) 201-3344, +1 555 201 3344, 555.201.3344. */
    // not the rest of an international number after its country code: "+234 809 555 0187"
    static final String NORTH_AMERICAN_PHONE = "(?<![\\w.+/-])(?<!\\+\\d{1,3}[ .-])(?:(?:\\+?1|001|011)[ .-]?)?"
            + "(?:\\(\\d{3}\\)[ .-]?|\\d{3}[ .-])\\d{3}[ .-]\\d{4}"
            + "(?:\\s*(?:x|ext\\.?|extension|#)\\s*\\d{1,6})?(?![\\w/-]|\\.\\d)";

    /** A national number with a trunk zero: "020 7946 0958", "07700 900123", "030 1234567". */
    static final String TRUNK_PHONE = "(?<![\\w.+/-])0\\d{2,4}[ /.-]\\d{3,8}(?:[ .-]\\d{3,4})?(?![\\w/-]|\\.\\d)";

    /** A mobile number typed without spaces: UK "07700900123", Australian "0412345678", Irish "0871234567". */
    static final String UNSPACED_MOBILE = "(?<![\\w.+/-])0(?:7\\d{9}|4\\d{8}|8[35-9]\\d{7})(?![\\w/-]|\\.\\d)";

    /** "(0161) 496 0734", "(02) 9876 5432": the trunk code in brackets. */
    static final String BRACKETED_TRUNK_PHONE = "(?<![\\w.+/-])\\(0\\d{1,4}\\)\\s?\\d{3,4}[ .-]?\\d{3,4}"
            + "(?![\\w/-]|\\.\\d)";

    /** +44 20 7946 0958, +442079460958. */
    static final String INTERNATIONAL_PHONE = "(?<![\\w+])(?:\\+|\\b00)(?:[2-9]\\d{0,2}(?:[ .-]\\(?\\d{1,4}\\)?){2,5}"
            + "|[2-9]\\d{0,2}[ .-]\\d{2,5}[ .-]\\d{5,8}"
            + "|[2-9]\\d{7,14})(?![\\d-]|\\.\\d)";

    static final String EMAIL_ADDRESS = "(?<![\\w.%+-])[\\w.%+-]+@[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.[a-z]{2,24}(?![\\w-])";

    static final String SOCIAL_SECURITY = "(?<![\\w-])\\d{3}-\\d{2}-\\d{4}(?![\\w-])";

    /**
     * A Nordic personal number: a birth date and four figures, "19460312-4521", "460312-4521", "120546-1234" (the
     * Danish day-first form). The date must be a real day and month, so order and reference numbers rarely fit.
     */
    static final String PERSONAL_NUMBER = "(?<![\\w-])(?:(?:19|20)?\\d{2}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12]\\d|3[01])|(?:0[1-9]|[12]\\d|3[01])(?:0[1-9]|1[0-2])\\d{2})[-+]\\d{4}(?![\\w-])";

    /**
     * A South African identity number after a bare "ID": a birth date, four figures, a citizenship digit and two
     * more ("ID 8001015009087"); the date makes it a person's wherever it is, so no care word is needed.
     */
    static final String SOUTH_AFRICAN_ID = "(?<![\\p{L}-])(?-i:ID)\\s*[:#=]?\\s*\\d{2}(?:0[1-9]|1[0-2])"
            + "(?:0[1-9]|[12]\\d|3[01])\\d{4}[01]\\d{2}(?![\\d-])";

    /**
     * A French social security number (NIR) as the carte Vitale prints it, in spaced groups: sex, year, month,
     * department, commune, order and key, "2 84 03 75 112 045 27".
     */
    static final String FRENCH_NIR = "(?<!\\d)(?<!\\d )[12] \\d{2} (?:0[1-9]|1[0-2]|[2-9]\\d) (?:\\d{2}|2[AB])"
            + " \\d{3} \\d{3} \\d{2}(?![\\d])";

    /** A German street address, street before number: "Lindenstraße 14, 80331 München". */
    static final String GERMAN_STREET = "(?<![\\p{L}])\\p{Lu}[\\p{L}-]*(?:stra\u00dfe|strasse|str\\.|weg|gasse"
            + "|platz|allee|ring|damm|ufer)\\s+\\d{1,4}[a-z]?(?:,\\s*\\d{5}\\s+\\p{Lu}\\p{L}+)?(?![\\w-])";

    /** A Chinese mobile number after its label: "手机 138 1024 7765". */
    static final String CHINESE_MOBILE = "(?:\u624b\u673a|\u7535\u8bdd|\u8054\u7cfb\u65b9\u5f0f)(?:\u53f7\u7801|\u53f7)?"
            + "\\s*[:\uff1a]?\\s*1[3-9]\\d[ -]?\\d{4}[ -]?\\d{4}(?!\\d)";

    /** A Chinese home address after its label, down to the house number: "住址上海市徐汇区漕溪北路 88 号". */
    static final String CHINESE_ADDRESS = "(?:\u4f4f\u5740|\u5730\u5740|\u5bb6\u4f4f)\\s*[:\uff1a]?\\s*"
            + "\\p{IsHan}{2,25}\\s*\\d{1,5}\\s*\u53f7";

    /** A date of care in Chinese: "出院日期 2024年3月8日" (discharge, admission, stay, death, visit, operation). */
    static final String CHINESE_CARE_DATE = "(?:\u51fa\u9662|\u5165\u9662|\u4f4f\u9662|\u6b7b\u4ea1|\u5c31\u8bca"
            + "|\u624b\u672f)(?:\u65e5\u671f|\u65f6\u95f4)?\\s*[:\uff1a\u4e3a\u662f]?\\s*(?:19|20)\\d{2}\\s*\u5e74\\s*\\d{1,2}"
            + "\\s*\u6708\\s*\\d{1,2}\\s*\u65e5";

    /** An Indian Aadhaar number as the card prints it, "4821 7736 1190", near the word Aadhaar. */
    static final String AADHAAR_CARD = "(?<!\\d)(?<!\\d )[2-9]\\d{3} \\d{4} \\d{4}(?![\\d])";

    /** An Australian Medicare number as the card prints it, "2953 71846 1", near the word Medicare. */
    static final String MEDICARE_CARD = "(?<!\\d)(?<!\\d )[2-6]\\d{3} \\d{5} \\d(?![\\d])";

    /** A Chinese resident identity number: region, birth date and sequence, "110105194803072328". */
    static final String CHINESE_ID = "(?<!\\d)\\d{6}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])"
            + "\\d{3}[\\dXx](?![\\dXx])";

    static final String ZIP_PLUS_FOUR = "(?<![\\w-])\\d{5}-\\d{4}(?![\\w-])";

    /** "Springfield, IL 62704": the comma keeps "patient ID 12345" from reading as Idaho. */
    static final String ZIP_AFTER_STATE = "\\p{L},\\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS"
            + "|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV"
            + "|WI|WY|PR|GU|VI|AS|MP|FM|MH|PW|AA|AE|AP)\\s+\\d{5}(?:-\\d{4})?(?![\\w-])";

    static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    static final String IPV4 = "(?<![\\w.])(?:" + OCTET + "\\.){3}" + OCTET + "(?!\\w|\\.\\d)";

    static final String IPV6 = "(?<![\\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\\w:])";

    static final String HANDLE = "(?<![\\w@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])(?![\\w@])"
            + "(?!\\.[A-Za-z0-9_])";

    /** A UK postcode in full: "LS6 3EX", "SW1A 1AA". */
    static final String UK_POSTCODE = "(?<![A-Za-z0-9])(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR)\\s?\\d[A-Z]{2}(?![A-Za-z0-9])";

    /** A Canadian postal code: "M5V 2T6". */
    static final String CANADIAN_POSTCODE = "(?<![A-Za-z0-9])[ABCEGHJ-NPRSTVXY]\\d[A-Z]\\s?\\d[A-Z]\\d"
            + "(?![A-Za-z0-9])";

    /** A current-style UK plate, "LD19 XKP": only near a car or a patient. */
    static final String UK_PLATE = "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}\\s?[A-Z]{3}(?![A-Za-z0-9])";

    /** An Ontario health card number in its own format: "5584-486-674-YM". */
    static final String OHIP_FORMAT = "(?<![\\w-])\\d{4}[- ]\\d{3}[- ]\\d{3}[- ][A-Z]{2}(?![\\w-])";

    /** An Australian address's state and postcode: "Bega NSW 2550". */
    static final String AU_POSTCODE = "\\b\\p{Lu}\\p{Ll}+,?\\s+(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\\s+\\d{4}(?!\\d)";

    /** 13 to 19 digits, alone or in groups of four: a card number candidate (checked by Luhn and issuer). */
    static final String CARD_NUMBER = "(?<![\\w.-])\\d(?:[ -]?\\d){12,18}(?![\\w-])";

    /** Two letters, two check digits, then 11 to 30 letters and digits, perhaps in groups of four. */
    static final String IBAN_CANDIDATE = "(?<![\\w-])[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![\\w-])";

    /** "PSC 7361, Box 9502, APO AE 69045", "USNS Comfort, FPO AP 96543". */
    static final String MILITARY_ADDRESS = "\\b(?:(?:psc|cmr|unit)\\s*\\d{1,5},?\\s+box\\s*\\d{1,5},?\\s+)?"
            + "(?:apo|fpo|dpo)\\s+(?:aa|ae|ap)\\s+\\d{5}(?:-\\d{4})?\\b";
}
