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
    private final JFrame owner;
    private final Messages m;
    private final Clock clock;

    CalendarExport(JFrame owner, Messages m, Clock clock) {
        this.owner = owner;
        this.m = m;
        this.clock = clock;
    }

    void save(Product product, Instant expiry) {
        JFileChooser chooser = new JFileChooser();
        chooser.setDialogTitle(m.get("status.calendar.title"));
        chooser.setFileFilter(new FileNameExtensionFilter(m.get("status.calendar.filter"), "ics"));
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), m.get("status.calendar.fileName")));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = withExtension(chooser.getSelectedFile().toPath());
        String text = CalendarFile.ics(product, expiry, m, clock.instant());
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
                    JOptionPane.showMessageDialog(owner, m.get("status.calendar.failed", String.valueOf(e.getCause().getMessage())),
                            m.get("status.calendar.title"), JOptionPane.ERROR_MESSAGE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void offerToOpen(Path saved) {
        boolean canOpen = Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
        if (!canOpen) {
            JOptionPane.showMessageDialog(owner, m.get("status.calendar.saved", saved).lines().findFirst().orElse(""),
                    m.get("status.calendar.title"), JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        int answer = JOptionPane.showConfirmDialog(owner, m.get("status.calendar.saved", saved), m.get("status.calendar.title"),
                JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.YES_OPTION) {
            return;
        }
        // Opening hands the file to the calendar program; that can take a while, so not on the event thread.
        Thread opener = new Thread(() -> {
            try {
                Desktop.getDesktop().open(saved.toFile());
            } catch (IOException | RuntimeException e) {
                javax.swing.SwingUtilities.invokeLater(() -> JOptionPane.showMessageDialog(owner,
                        m.get("status.calendar.openFailed", String.valueOf(e.getMessage())), m.get("status.calendar.title"),
                        JOptionPane.ERROR_MESSAGE));
            }
        }, "calendar-open");
        opener.setDaemon(true);
        opener.start();
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".ics") ? p : p.resolveSibling(name + ".ics");
    }
}
