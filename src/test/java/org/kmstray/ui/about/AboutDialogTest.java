package org.kmstray.ui.about;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.ui.WindowTests.named;
import static org.kmstray.ui.WindowTests.one;
import static org.kmstray.ui.WindowTests.onEdt;

import java.awt.Component;
import java.awt.Container;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.ui.WindowTests;

class AboutDialogTest {
    @BeforeEach
    void needsDisplay() {
        WindowTests.assumeDisplay();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void namesTheVersionTheDemoModeAndEveryLibraryWithItsLicense(Language language) {
        Messages m = Messages.of(language);
        JDialog d = onEdt(() -> AboutDialog.build(null, m, "1.2.3", true));
        try {
            WindowTests.screenshot(d.getRootPane(), "about-" + language.tag());
            onEdt(() -> {
                assertEquals(m.get("about.version", "1.2.3"), ((JLabel) one(d.getRootPane(), "version")).getText());
                assertEquals(1, named(d.getRootPane(), "demoNote").size());
                String libs = texts((Container) one(d.getRootPane(), "libraries"));
                for (ThirdParty lib : ThirdParty.LIBRARIES) {
                    assertTrue(libs.contains(lib.name()) && libs.contains(lib.license()), libs);
                }
                assertTrue(libs.contains("OSHI") && libs.contains("MIT License"));
                assertTrue(((JLabel) one(d.getRootPane(), "java")).getText().contains(System.getProperty("java.version")));
                assertEquals(one(d.getRootPane(), "close"), d.getRootPane().getDefaultButton());
            });
        } finally {
            onEdt(d::dispose);
        }
    }

    @Test
    void withoutDemoModeThereIsNoDemoNote() {
        JDialog d = onEdt(() -> AboutDialog.build(null, Messages.of(Language.ENGLISH), "1.0", false));
        try {
            assertEquals(0, onEdt(() -> named(d.getRootPane(), "demoNote").size()));
        } finally {
            onEdt(d::dispose);
        }
    }

    @Test
    void escapeClosesIt() {
        JDialog d = onEdt(() -> AboutDialog.build(null, Messages.of(Language.ENGLISH), "1.0", false));
        onEdt(() -> {
            d.getRootPane().getActionMap().get("kmstray.close").actionPerformed(null);
            assertTrue(!d.isDisplayable());
        });
    }

    private static String texts(Container c) {
        StringBuilder b = new StringBuilder();
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel l) {
                b.append(l.getText()).append('\n');
            } else if (child instanceof JButton btn) {
                b.append(btn.getText()).append('\n');
            }
        }
        return b.toString();
    }
}
