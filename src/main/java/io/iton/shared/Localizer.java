package io.iton.shared;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import gg.jte.support.LocalizationSupport;

/**
 * The one way interface text reaches templates and error messages: keys in
 * {@code messages.properties}, so another edition is a translation, not a rewrite.
 */
@Component
public class Localizer implements LocalizationSupport {

    public static final Locale HEBREW = Locale.forLanguageTag("he");

    private final MessageSource messages;

    public Localizer(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public String lookup(String key) {
        return messages.getMessage(key, null, HEBREW);
    }

    /** A message with its {0}, {1}… arguments filled in, as plain text (templates escape it). */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, HEBREW);
    }
}
