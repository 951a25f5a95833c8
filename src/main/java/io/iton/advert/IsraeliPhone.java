package io.iton.advert;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * An Israeli phone number as people type it (mobile or landline, with or without {@code +972}
 * or {@code 0}, dashes, spaces, brackets) checked and written in E.164 by libphonenumber, whose
 * numbering plan knows which prefixes exist.
 */
final class IsraeliPhone {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    static final int MAX_TYPED = 40;

    private IsraeliPhone() {
    }

    /** {@code +972501234567} for a valid Israeli number, else empty. */
    static Optional<String> e164(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > MAX_TYPED) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = PHONES.parse(typed.strip(), "IL");
            if (!PHONES.isValidNumberForRegion(number, "IL")) {
                return Optional.empty();
            }
            return Optional.of(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
