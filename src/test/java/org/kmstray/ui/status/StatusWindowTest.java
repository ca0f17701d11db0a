package org.kmstray.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.ui.WindowTests.one;
import static org.kmstray.ui.WindowTests.onEdt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.ui.DemoStates;
import org.kmstray.ui.WindowTests;

class StatusWindowTest {
    private final List<String> calls = new ArrayList<>();
    private final StatusActions actions = new StatusActions() {
        @Override
        public void renew() {
            calls.add("renew");
        }

        @Override
        public void checkNow() {
            calls.add("check");
        }

        @Override
        public void openVpnClient() {
            calls.add("vpn");
        }

        @Override
        public void remindTomorrow() {
            calls.add("tomorrow");
        }
    };
    private StatusWindow window;

    @BeforeEach
    void needsDisplay() {
        WindowTests.assumeDisplay();
    }

    @AfterEach
    void close() {
        if (window != null) {
            onEdt(() -> window.dispose());
        }
    }

    private final AtomicInteger warnDays = new AtomicInteger(30);

    private StatusWindow open(Language language, AppState state, String screenshot) {
        WindowTests.useLanguage(language);
        window = onEdt(() -> {
            StatusWindow w = new StatusWindow(Messages.of(language), DemoStates.TAIPEI, actions, "1.0.0", null, warnDays::get,
                    DemoStates.clock());
            w.show(state);
            return w;
        });
        WindowTests.flushEdt();
        if (screenshot != null) {
            WindowTests.screenshot(window.frame().getRootPane(), screenshot + "-" + language.tag());
        }
        return window;
    }

    @SuppressWarnings("unchecked")
    private <T> T in(String name) {
        return (T) onEdt(() -> (Object) one(window.frame().getRootPane(), name));
    }

    @Nested
    class WhenThingsChangeWhileItIsOpen {
        @Test
        void aNewWarningThresholdColoursTheNextState() {
            open(Language.ENGLISH, DemoStates.demo(20), null);
            assertEquals(Severity.WARNING, onEdt(() -> window.view().severity()));
            warnDays.set(14);
            onEdt(() -> window.update(DemoStates.demo(20)));
            assertEquals(Severity.OK, onEdt(() -> window.view().severity()));
        }

        @Test
        void aWindowOpenedBeforeTheFirstCheckWidensToShowTheWholeTable() {
            AppState notChecked = new AppState(new org.kmstray.license.Unreadable("monitor", "tray.state.notChecked", null),
                    java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
                    java.util.Optional.empty(), false, true);
            open(Language.ENGLISH, notChecked, null);
            onEdt(() -> window.update(DemoStates.demo(12)));
            WindowTests.flushEdt();
            onEdt(() -> assertTrue(window.frame().getWidth() >= window.frame().getPreferredSize().width,
                    window.frame().getWidth() + " < " + window.frame().getPreferredSize().width));
        }

        @Test
        void aWindowThatGrowsAtTheBottomOfTheScreenMovesUpToStayOnIt() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            java.awt.Rectangle usable = onEdt(() -> {
                java.awt.GraphicsConfiguration gc = window.frame().getGraphicsConfiguration();
                java.awt.Insets in = java.awt.Toolkit.getDefaultToolkit().getScreenInsets(gc);
                java.awt.Rectangle b = gc.getBounds();
                return new java.awt.Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
            });
            int before = onEdt(() -> window.frame().getHeight());
            onEdt(() -> window.frame().setLocation(window.frame().getX(), usable.y + usable.height - window.frame().getHeight()));
            WindowTests.flushEdt();

            onEdt(() -> window.update(DemoStates.vpnRequired(5, "https://vpn.example.edu")));
            WindowTests.flushEdt();
            WindowTests.flushEdt();

            java.awt.Rectangle after = onEdt(() -> window.frame().getBounds());
            assertTrue(after.height > before, "the last renewal's section made the window taller: " + before + " -> " + after.height);
            assertTrue(usable.contains(after), after + " is not inside the screen's usable area " + usable);
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void savedSettingsThatCouldNotBeUsedAreMentionedUntilTheyAreFixed(Language language) {
            open(language, DemoStates.demo(12), null);
            onEdt(() -> window.settingsNeedAttention(true));
            WindowTests.flushEdt();
            assertTrue(onEdt(() -> ((java.awt.Component) in("settingsWarning")).isShowing()));
            assertEquals(Messages.of(language).get("status.settingsWarning"),
                    onEdt(() -> ((JTextComponent) in("settingsWarningText")).getText()));
            assertTrue(onEdt(() -> ((java.awt.Component) in("demoBanner")).isShowing()), "the demo banner stays");
            WindowTests.screenshot(window.frame().getRootPane(), "status-settings-warning-" + language.tag());

            onEdt(() -> window.settingsNeedAttention(false));
            assertEquals(0, onEdt(() -> WindowTests.named(window.frame().getRootPane(), "settingsWarning").size()));
        }

        @Test
        void remindMeTomorrowComesBackWithTheNextState() {
            open(Language.ENGLISH, DemoStates.demo(5), null);
            JButton tomorrow = in("remindTomorrow");
            onEdt(() -> tomorrow.doClick());
            assertFalse(onEdt(tomorrow::isEnabled));
            onEdt(() -> window.update(DemoStates.demo(5)));
            assertTrue(onEdt(() -> tomorrow.isVisible() && tomorrow.isEnabled()));
        }
    }

    @Nested
    class WithTheDemoPcTwelveDaysFromExpiry {
        @ParameterizedTest
        @EnumSource(Language.class)
        void theHeadlineNamesTheProductAndItsDaysLeft(Language language) {
            open(language, DemoStates.demo(12), "status-demo");
            String headline = onEdt(() -> ((JLabel) in("headline")).getText());
            assertTrue(headline.contains("12"), headline);
            assertTrue(headline.contains(language == Language.ENGLISH ? "12 days left" : "剩 12 天"), headline);
        }

        @ParameterizedTest
        @EnumSource(Language.class)
        void theTableListsBothProductsWithTheirKmsHost(Language language) {
            open(language, DemoStates.demo(12), null);
            JTable table = in("products");
            onEdt(() -> {
                assertEquals(2, table.getRowCount());
                assertEquals(DemoStates.KMS_HOST, table.getValueAt(0, 5));
                assertEquals(language == Language.ENGLISH ? "12 days" : "12 天", table.getValueAt(0, 3));
            });
        }

        @Test
        void theDemoBannerAndTheRenewalAgeAreShown() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            assertTrue(onEdt(() -> ((JTextComponent) in("demoBannerText")).getText()).startsWith("Demo mode"));
            assertEquals("Last renewed about 168 days ago", onEdt(() -> ((JLabel) in("renewalAge")).getText()));
            assertTrue(onEdt(() -> ((JTextComponent) in("renewalAgeHint")).getText()).contains("every 7 days"));
        }

        @Test
        void buttonsAreEnabledAndTheVpnButtonIsHidden() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            onEdt(() -> {
                assertTrue(((JButton) in("renew")).isEnabled());
                assertTrue(((JButton) in("check")).isEnabled());
                assertTrue(((JButton) in("calendar")).isEnabled());
                assertFalse(((JButton) in("vpn")).isVisible());
                assertFalse(((javax.swing.JProgressBar) in("progress")).isVisible());
            });
        }

        @Test
        void renewAndCheckCallTheActionsAndCheckWaitsForTheNextUpdate() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            onEdt(() -> ((JButton) in("renew")).doClick());
            onEdt(() -> ((JButton) in("check")).doClick());
            assertEquals(List.of("renew", "check"), calls);
            assertFalse(onEdt(() -> ((JButton) in("check")).isEnabled()));
            onEdt(() -> window.update(DemoStates.demo(12)));
            assertTrue(onEdt(() -> ((JButton) in("check")).isEnabled()));
        }

        @Test
        void enterRenewsBecauseTheActivationIsWithinTheWarningDays() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            assertEquals("renew", onEdt(() -> window.frame().getRootPane().getDefaultButton().getName()));
        }

        @Test
        void theMnemonicOfRenewIsR() {
            open(Language.ENGLISH, DemoStates.demo(12), null);
            onEdt(() -> {
                JButton renew = in("renew");
                assertEquals("Renew now", renew.getText());
                assertEquals('R', renew.getMnemonic());
            });
        }
    }

    @Nested
    class WhileRenewing {
        @ParameterizedTest
        @EnumSource(Language.class)
        void renewAndCheckAreDisabledAndProgressShows(Language language) {
            open(language, DemoStates.renewing(12), "status-renewing");
            onEdt(() -> {
                assertFalse(((JButton) in("renew")).isEnabled());
                assertFalse(((JButton) in("check")).isEnabled());
                assertTrue(in("progress") instanceof javax.swing.JProgressBar p && p.isVisible());
                assertEquals(Messages.of(language).get("status.renewing"), ((JLabel) in("activity")).getText());
            });
        }
    }

    @Nested
    class AfterTheVpnWasRequired {
        @ParameterizedTest
        @EnumSource(Language.class)
        void theOutcomeIsExplainedAndOpenVpnClientIsOffered(Language language) {
            open(language, DemoStates.vpnRequired(5, "https://vpn.example.edu"), "status-vpn");
            onEdt(() -> {
                JButton vpn = in("vpn");
                assertTrue(vpn.isVisible());
                vpn.doClick();
                String outcome = ((JTextComponent) in("renewalOutcome")).getText();
                assertEquals(Messages.of(language).get("renewal.outcome.VPN_REQUIRED"), outcome);
                assertTrue(((JLabel) in("problem")).getText().startsWith("0xC004F074"));
            });
            assertEquals(List.of("vpn"), calls);
        }

        @Test
        void withoutAConfiguredVpnClientThereIsNoVpnButton() {
            open(Language.ENGLISH, DemoStates.vpnRequired(5, ""), null);
            assertFalse(onEdt(() -> ((JButton) in("vpn")).isVisible()));
        }
    }

    @Nested
    class WhenTheStateCannotBeRead {
        @ParameterizedTest
        @EnumSource(Language.class)
        void theLastGoodReadingIsShownWithItsAge(Language language) {
            open(language, DemoStates.unknown(12), "status-unknown");
            String note = onEdt(() -> ((JTextComponent) in("staleNoteText")).getText());
            assertTrue(note.contains(language == Language.ENGLISH ? "2 hours ago" : "2 小時前"), note);
            assertEquals(2, onEdt(() -> ((JTable) in("products")).getRowCount()));
        }
    }

    @Nested
    class InDarkMode {
        @ParameterizedTest
        @EnumSource(Language.class)
        void theUrgentHeadlineUsesTheDarkVariantOfItsColour(Language language) {
            WindowTests.useLanguage(language);
            onEdt(() -> {
                com.formdev.flatlaf.FlatDarkLaf.setup();
            });
            try {
                open(language, DemoStates.vpnRequired(5, "https://vpn.example.edu"), "status-dark");
                onEdt(() -> assertEquals(org.kmstray.ui.theme.Palette.danger(), ((JLabel) in("headline")).getForeground()));
                assertTrue(com.formdev.flatlaf.FlatLaf.isLafDark());
            } finally {
                onEdt(() -> {
                    com.formdev.flatlaf.FlatLightLaf.setup();
                });
            }
        }
    }

    @Test
    void copyDiagnosticsPutsTheReportOnTheClipboardAndSaysSo() throws Exception {
        open(Language.ENGLISH, DemoStates.vpnRequired(5, ""), null);
        onEdt(() -> ((JButton) in("copy")).doClick());
        // The report is written on a worker thread.
        for (int i = 0; i < 500 && onEdt(() -> ((JLabel) in("activity")).getText()).isEmpty(); i++) {
            Thread.sleep(20);
        }
        String copied = (String) java.awt.Toolkit.getDefaultToolkit().getSystemClipboard().getData(java.awt.datatransfer.DataFlavor.stringFlavor);
        assertTrue(copied.startsWith("KMS Tray diagnostics"), copied);
        assertTrue(copied.contains("0xC004F074"), copied);
        assertEquals("Diagnostics copied to the clipboard.", onEdt(() -> ((JLabel) in("activity")).getText()));
    }
}
