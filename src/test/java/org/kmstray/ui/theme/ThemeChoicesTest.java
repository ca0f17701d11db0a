package org.kmstray.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ThemeChoicesTest {
    @Nested
    class DarkOrLight {
        @Test
        void followsTheSystemWithoutAnOverride() {
            assertTrue(ThemeSetup.wantsDark(null, () -> true));
            assertFalse(ThemeSetup.wantsDark(null, SystemTheme.LIGHT));
        }

        @Test
        void theOverrideWinsAndNonsenseIsIgnored() {
            assertTrue(ThemeSetup.wantsDark(" Dark ", SystemTheme.LIGHT));
            assertFalse(ThemeSetup.wantsDark("light", () -> true));
            assertTrue(ThemeSetup.wantsDark("purple", () -> true));
        }

        @Test
        void windowsAppModeZeroIsDarkAndAnythingElseIsLight() {
            assertTrue(SystemTheme.fromAppsUseLightTheme(() -> Optional.of(0)).prefersDark());
            assertFalse(SystemTheme.fromAppsUseLightTheme(() -> Optional.of(1)).prefersDark());
            assertFalse(SystemTheme.fromAppsUseLightTheme(Optional::empty).prefersDark(), "missing value: light");
            assertFalse(SystemTheme.fromAppsUseLightTheme(() -> {
                throw new IllegalStateException("registry unreadable");
            }).prefersDark());
        }
    }

    @Nested
    class Fonts {
        @Test
        void windowsPrefersMicrosoftJhengHeiUi() {
            assertEquals("Microsoft JhengHei UI", FontChoice.candidatesFor("Windows 11").get(0));
            assertEquals("Noto Sans CJK TC", FontChoice.candidatesFor("Linux").get(0));
        }

        @Test
        void theFirstInstalledFaceThatShowsChineseIsPicked() {
            Set<String> installed = Set.of("Microsoft JhengHei", "Arial");
            assertEquals(Optional.of("Microsoft JhengHei"), FontChoice.pick(FontChoice.WINDOWS, installed::contains, f -> true));
        }

        @Test
        void aFaceWithoutChineseGlyphsIsPassedOver() {
            assertEquals(Optional.empty(), FontChoice.pick(List.of("Arial"), f -> true, f -> false));
        }
    }

    @Nested
    class MnemonicMarkers {
        @Test
        void englishUnderlinesTheMarkedLetter() {
            assertEquals("Renew now", Mnemonics.plain("&Renew now"));
            assertEquals(KeyEvent.VK_R, Mnemonics.key("&Renew now"));
            assertEquals(KeyEvent.VK_L, Mnemonics.key("Add to ca&lendar"));
        }

        @Test
        void chineseKeepsTheLetterInParentheses() {
            assertEquals("立即更新啟用(R)", Mnemonics.plain("立即更新啟用(&R)"));
            assertEquals(KeyEvent.VK_R, Mnemonics.key("立即更新啟用(&R)"));
        }

        @Test
        void aDoubledAmpersandIsALiteralOne() {
            assertEquals("Terms & conditions", Mnemonics.plain("Terms && conditions"));
            assertEquals(0, Mnemonics.key("Terms && conditions"));
            assertEquals(0, Mnemonics.key("Close"));
        }
    }
}
