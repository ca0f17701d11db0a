package org.kmstray.i18n;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.Instant;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Every user-visible sentence of the app, in the chosen language.
 *
 * <p>Sentences are whole patterns in {@code i18n/messages*.properties}; callers pass arguments, never
 * fragments to glue together. Java 9+ reads properties bundles as UTF-8, so the files hold plain
 * Traditional Chinese.
 */
public final class Messages {
    private static final String BUNDLE = "i18n.messages";

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), NoFallbackControl.INSTANCE);
    }

    public static Messages of(Language language) {
        return new Messages(Objects.requireNonNull(language));
    }

    public Language language() {
        return language;
    }

    public Locale locale() {
        return language.locale();
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The sentence for {@code key}; a missing key shows itself rather than failing the caller. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        return new MessageFormat(pattern, locale()).format(args);
    }

    /** A date in this language's short form (en: Dec 8, 2026; zh-TW: 2026/12/08). */
    public String date(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(get("format.date"), locale()).format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** A date and time in this language's form. */
    public String dateTime(Instant instant, ZoneId zone) {
        return DateTimeFormatter.ofPattern(get("format.datetime"), locale()).format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** A whole number grouped for this language. */
    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** English is the base bundle; without this the JVM's default locale would leak in as a fallback. */
    private static final class NoFallbackControl extends ResourceBundle.Control {
        static final NoFallbackControl INSTANCE = new NoFallbackControl();

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }
}
