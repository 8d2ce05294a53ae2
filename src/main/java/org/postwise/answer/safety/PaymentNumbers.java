package org.postwise.answer.safety;

/**
 * Checksums that tell a payment card number or an IBAN from any other long number: a card number passes the
 * Luhn check and starts with an issuer's prefix; an IBAN passes the ISO 13616 mod-97 check. A random
 * 16-digit number passes Luhn one time in ten, and the issuer prefixes leave about a third of those.
 */
final class PaymentNumbers {

    private PaymentNumbers() {
    }

    /** Whether {@code candidate} (digits, perhaps grouped by spaces or dashes) is a plausible card number. */
    static boolean isCardNumber(String candidate) {
        String digits = candidate.replaceAll("[ -]", "");
        int n = digits.length();
        if (n < 13 || n > 19 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return hasIssuerPrefix(digits) && passesLuhn(digits);
    }

    /** Visa, Mastercard, American Express, Discover, JCB, Diners Club, UnionPay, Maestro. */
    private static boolean hasIssuerPrefix(String d) {
        int two = Integer.parseInt(d.substring(0, 2));
        int four = Integer.parseInt(d.substring(0, 4));
        int n = d.length();
        return d.charAt(0) == '4' && (n == 13 || n == 16 || n == 19)
                || two >= 51 && two <= 55 && n == 16
                || four >= 2221 && four <= 2720 && n == 16
                || (two == 34 || two == 37) && n == 15
                || (four == 6011 || two == 65 || four >= 6440 && four <= 6499) && n >= 16
                || four >= 3528 && four <= 3589 && n >= 16
                || (two == 36 || two == 38 || four >= 3000 && four <= 3059) && n >= 14
                || two == 62 && n >= 16
                || (two == 50 || two >= 56 && two <= 69) && n >= 12;
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** Whether {@code candidate} (perhaps grouped by spaces) is an IBAN: 15 to 34 characters, mod 97 is 1. */
    static boolean isIban(String candidate) {
        String iban = candidate.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        if (iban.length() < 15 || iban.length() > 34) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                return false;
            }
            remainder = (value > 9 ? remainder * 100 : remainder * 10) + value;
            remainder %= 97;
        }
        return remainder == 1;
    }
}
