package org.postwise.answer.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111111", "4111 1111 1111 1111", "5500-0000-0000-0004", "378282246310005",
        "6011111111111117", "3530111333300000"})
    void accepts_card_numbers_that_pass_luhn_with_an_issuer_prefix(String number) {
        // when / then
        assertThat(PaymentNumbers.isCardNumber(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4111111111111112", "1234567812345670", "9781234567897", "411111111111"})
    void rejects_numbers_that_fail_luhn_or_have_no_issuer(String number) {
        // when / then
        assertThat(PaymentNumbers.isCardNumber(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB82WEST12345698765432", "DE89 3704 0044 0532 0130 00", "FR1420041010050500013M02606"})
    void accepts_ibans_that_pass_mod_97(String iban) {
        // when / then
        assertThat(PaymentNumbers.isIban(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB00WEST12345698765432", "DE89370400440532013001", "XX12"})
    void rejects_ibans_that_fail_mod_97(String iban) {
        // when / then
        assertThat(PaymentNumbers.isIban(iban)).isFalse();
    }
}
