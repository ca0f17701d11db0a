package org.kmstray.ui.status;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JOptionPane;
import javax.swing.SwingWorker;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.kmstray.i18n.Messages;
import org.kmstray.license.Product;
import org.kmstray.ui.diagnostics.CalendarFile;

/** "Add to calendar": asks where to save the .ics file, writes it in the background, offers to open it. */
final class CalendarExport {
    private static final Logger LOG = Logger.getLogger(CalendarExport.class.getName());

    private final JFrame owner;
    private final Messages m;
    private final Clock clock;
    private final java.time.ZoneId zone;

    /** @param zone the zone the window shows dates in, so the file's description says the same date */
    CalendarExport(JFrame owner, Messages m, Clock clock, java.time.ZoneId zone) {
        this.owner = owner;
        this.m = m;
        this.clock = clock;
        this.zone = zone;
    }

    void save(Product product, Instant expiry) {
        JFileChooser chooser = chooser();
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = withExtension(chooser.getSelectedFile().toPath());
        String text = CalendarFile.ics(product, expiry, m, clock.instant(), zone);
        new SwingWorker<Path, Void>() {
            @Override
            protected Path doInBackground() throws IOException {
                return Files.writeString(target, text, StandardCharsets.UTF_8);
            }

            @Override
            protected void done() {
                try {
                    offerToOpen(get());
                } catch (ExecutionException e) {
                    LOG.log(Level.WARNING, "calendar file not saved", e.getCause());
                    message(m.get("status.calendar.failed", target), JOptionPane.ERROR_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** A save dialog in the app's language, not the system's: its texts are picked by the chooser's locale. */
    JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setLocale(m.locale());
        chooser.updateUI();
        chooser.setDialogTitle(m.get("status.calendar.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(m.get("status.calendar.filter"), "ics"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), m.get("status.calendar.fileName")));
        return chooser;
    }

    private void offerToOpen(Path saved) {
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!canOpen) {
            message(m.get("status.calendar.saved", saved).lines().findFirst().orElse(""), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        String open = m.get("status.calendar.open");
        String notNow = m.get("status.calendar.notNow");
        int answer = JOptionPane.showOptionDialog(owner, m.get("status.calendar.saved", saved), m.get("status.calendar.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, new Object[] {open, notNow}, open);
        if (answer != 0) {
            return;
        }
        // Opening hands the file to the calendar program; that can take a while, so not on the event thread.
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(saved.toFile());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "calendar file not opened", e);
                javax.swing.SwingUtilities.invokeLater(() -> message(
                        m.get("status.calendar.openFailed", saved), JOptionPane.ERROR_MESSAGE));
            }
        }, "calendar-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** A message box whose only button is in the app's language. */
    private void message(String text, int type) {
        String ok = m.get("status.dialog.ok");
        JOptionPane.showOptionDialog(owner, text, m.get("status.calendar.title"), JOptionPane.DEFAULT_OPTION, type, null,
                new Object[] {ok}, ok);
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".ics") ? p : p.resolveSibling(name + ".ics");
    }
}
