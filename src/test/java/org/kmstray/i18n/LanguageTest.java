package org.kmstray.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
    @ParameterizedTest
    @CsvSource({"en,ENGLISH", "EN-us,ENGLISH", "zh-TW,TRADITIONAL_CHINESE", "zh_tw,TRADITIONAL_CHINESE", "zh-Hant,TRADITIONAL_CHINESE"})
    void tagsAreRecognisedWhateverTheirCase(String tag, Language expected) {
        assertEquals(Optional.of(expected), Language.fromTag(tag));
    }

    @ParameterizedTest
    @CsvSource({"fr", "zh-CN", "''", "zh"})
    void otherTagsAreNotLanguagesOfTheApp(String tag) {
        assertEquals(Optional.empty(), Language.fromTag(tag));
    }

    @ParameterizedTest
    @CsvSource({"zh,TW,TRADITIONAL_CHINESE", "zh,HK,TRADITIONAL_CHINESE", "zh,CN,ENGLISH", "en,US,ENGLISH", "de,DE,ENGLISH"})
    void theSystemLocaleChoosesTheDefaultLanguage(String lang, String country, Language expected) {
        assertEquals(expected, Language.forLocale(new Locale(lang, country)));
    }

    @org.junit.jupiter.api.Test
    void datesFollowTheLanguage() {
        java.time.Instant i = java.time.Instant.parse("2026-12-08T03:00:00Z");
        assertEquals("2026/12/08", Messages.of(Language.TRADITIONAL_CHINESE).date(i, java.time.ZoneOffset.UTC));
        assertEquals("Dec 8, 2026", Messages.of(Language.ENGLISH).date(i, java.time.ZoneOffset.UTC));
    }
}
