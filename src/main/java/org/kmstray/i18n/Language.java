package org.kmstray.i18n;

import java.util.Locale;
import java.util.Optional;

/** The two languages the app speaks. */
public enum Language {
    ENGLISH("en", Locale.ENGLISH),
    TRADITIONAL_CHINESE("zh-TW", Locale.TRADITIONAL_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** Parses {@code en} or {@code zh-TW} (case and separator insensitive); anything else is empty. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
        if (t.equals("en") || t.startsWith("en-")) {
            return Optional.of(ENGLISH);
        }
        if (t.equals("zh-tw") || t.equals("zh-hant") || t.startsWith("zh-hant-")) {
            return Optional.of(TRADITIONAL_CHINESE);
        }
        return Optional.empty();
    }

    /**
     * The language for a system locale: Chinese in Taiwan, Hong Kong, Macau or any Traditional script
     * gets zh-TW; everything else English.
     */
    public static Language forLocale(Locale locale) {
        if (locale != null && "zh".equals(locale.getLanguage())) {
            String country = locale.getCountry();
            if ("Hant".equals(locale.getScript()) || "TW".equals(country) || "HK".equals(country) || "MO".equals(country)) {
                return TRADITIONAL_CHINESE;
            }
        }
        return ENGLISH;
    }
}
