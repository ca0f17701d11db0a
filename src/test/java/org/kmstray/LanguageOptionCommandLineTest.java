package org.kmstray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.CommandLineTest.Run;

/** {@code --lang}: which languages exist, and a clear sentence when the value is missing or unknown. */
class LanguageOptionCommandLineTest {
    private Locale before;

    @BeforeEach
    void englishSystem() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.US);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Nested
    class WithoutAValue {
        @Test
        void atTheEndItSaysTheOptionNeedsAValue() {
            Run r = CommandLineTest.run("status", "--demo", "--lang");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("The option --lang needs a value: en or zh-TW."), r.err());
            assertFalse(r.err().contains("There is no option"), r.err());
            assertEquals("", r.out());
        }

        @Test
        void followedByAnotherOptionItSaysTheSame() {
            Run r = CommandLineTest.run("status", "--lang", "--json", "--demo");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("The option --lang needs a value: en or zh-TW."), r.err());
        }

        @Test
        void anEmptyValueSaysTheSame() {
            Run r = CommandLineTest.run("status", "--demo", "--lang=");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("The option --lang needs a value: en or zh-TW."), r.err());
        }
    }

    @Nested
    class WithAnUnknownValue {
        @Test
        void listsTheLanguagesThatExist() {
            Run r = CommandLineTest.run("status", "--demo", "--lang", "xx");
            assertEquals(3, r.exit());
            assertTrue(r.err().contains("\u201Cxx\u201D is not a language of KMS Tray; use --lang en or --lang zh-TW."), r.err());
            assertEquals("", r.out());
        }
    }

    @Nested
    class WithAKnownValue {
        @Test
        void zhTwAndItsVariantsSpeakTraditionalChinese() {
            for (String tag : new String[] {"zh-TW", "zh_TW"}) {
                Run r = CommandLineTest.run("status", "--demo", "--lang", tag);
                assertEquals(1, r.exit(), tag + r.err());
                assertTrue(r.out().contains("結束代碼 1"), tag + ": " + r.out());
            }
        }
    }
}
