package org.kmstray.ui.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kmstray.ui.WindowTests.onEdt;

import java.nio.file.Path;
import javax.swing.JFileChooser;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;
import org.kmstray.ui.DemoStates;
import org.kmstray.ui.WindowTests;

class CalendarExportTest {
    @Test
    void aNameWithoutTheIcsExtensionGetsIt() {
        assertEquals(Path.of("/tmp/expiry.ics"), CalendarExport.withExtension(Path.of("/tmp/expiry")));
        assertEquals(Path.of("/tmp/Expiry.ICS"), CalendarExport.withExtension(Path.of("/tmp/Expiry.ICS")));
    }

    @Test
    void theSaveDialogSpeaksTheAppsLanguageAndProposesAnIcsName() {
        WindowTests.assumeDisplay();
        Messages zh = Messages.of(Language.TRADITIONAL_CHINESE);
        JFileChooser chooser = onEdt(() -> new CalendarExport(null, zh, DemoStates.clock(), DemoStates.TAIPEI).chooser());
        onEdt(() -> {
            assertEquals("儲存行事曆提醒", chooser.getDialogTitle());
            assertTrue(chooser.getSelectedFile().getName().endsWith(".ics"));
            assertEquals(zh.locale(), chooser.getLocale());
            String save = javax.swing.UIManager.getString("FileChooser.saveButtonText", chooser.getLocale());
            assertTrue(save != null && !save.equals("Save"), save);
        });
    }
}
