package org.kmstray.ui.status;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GraphicsConfiguration;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.IntSupplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.kmstray.i18n.Messages;
import org.kmstray.reminder.AppState;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.ui.diagnostics.DiagnosticsReport;
import org.kmstray.ui.theme.DialogKeys;
import org.kmstray.ui.theme.Mnemonics;
import org.kmstray.ui.theme.Palette;
import org.kmstray.ui.theme.WrappingText;

/**
 * The status window: each product's days left and expiry, where the PC is and why, the last check and
 * renewal with their errors explained, and the buttons to renew, check, copy diagnostics and add the
 * expiry to a calendar. Closing hides it; {@link #dispose()} ends it. Every method runs on the Swing
 * event thread.
 */
public final class StatusWindow {
    /** How often the "3 minutes ago" texts are refreshed while the window is open. */
    private static final int REFRESH_MILLIS = 30_000;

    private final Messages m;
    private final ZoneId zone;
    private final StatusActions actions;
    private final String appVersion;
    private final Settings settings;
    private final Clock clock;
    private final IntSupplier warnDays;

    private final JFrame frame;
    private final JPanel content = new JPanel(new GridBagLayout());
    private final JPanel banner = new JPanel(new BorderLayout());
    private final JButton renew = new JButton();
    private final JButton check = new JButton();
    private final JButton vpn = new JButton();
    private final JButton remindTomorrow = new JButton();
    private final JButton copy = new JButton();
    private final JButton calendar = new JButton();
    private final JButton close = new JButton();
    private final JProgressBar progress = new JProgressBar();
    private final JLabel activity = new JLabel();
    private final Timer refresh;
    private final CalendarExport calendarExport;

    private AppState state;
    private boolean settingsNeedAttention;
    private StatusView view;
    private boolean checkPending;
    private boolean packed;

    public StatusWindow(Messages messages, ZoneId zone, StatusActions actions) {
        this(messages, zone, actions, null, null, null);
    }

    /**
     * @param appVersion the version the diagnostics report names; null reads it from the jar
     * @param settings the settings the diagnostics report lists; may be null
     * @param warnDays the {@code warn.days} setting as the tray last read it (never read here, on the event thread),
     *                 asked at every render so a saved change colours the table at once; null for the built-in value
     */
    public StatusWindow(Messages messages, ZoneId zone, StatusActions actions, String appVersion, Settings settings,
            IntSupplier warnDays) {
        this(messages, zone, actions, appVersion, settings, warnDays, Clock.systemUTC());
    }

    StatusWindow(Messages messages, ZoneId zone, StatusActions actions, String appVersion, Settings settings, IntSupplier warnDays,
            Clock clock) {
        this.m = Objects.requireNonNull(messages);
        this.zone = Objects.requireNonNull(zone);
        this.actions = Objects.requireNonNull(actions);
        this.appVersion = appVersion == null ? jarVersion() : appVersion;
        this.settings = settings;
        this.clock = clock;
        this.warnDays = warnDays == null ? SettingKeys.WARN_DAYS::builtIn : warnDays;

        frame = new JFrame(m.get("status.title"));
        frame.setName("status");
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        calendarExport = new CalendarExport(frame, m, clock, zone);

        Mnemonics.apply(renew, m.get("status.button.renew")).setName("renew");
        Mnemonics.apply(check, m.get("status.button.check")).setName("check");
        Mnemonics.apply(vpn, m.get("status.button.vpn")).setName("vpn");
        Mnemonics.apply(remindTomorrow, m.get("status.button.remindTomorrow")).setName("remindTomorrow");
        Mnemonics.apply(copy, m.get("status.button.copy")).setName("copy");
        Mnemonics.apply(calendar, m.get("status.button.calendar")).setName("calendar");
        Mnemonics.apply(close, m.get("status.button.close")).setName("close");
        renew.addActionListener(e -> actions.renew());
        check.addActionListener(e -> {
            checkPending = true;
            render();
            actions.checkNow();
        });
        vpn.addActionListener(e -> actions.openVpnClient());
        remindTomorrow.addActionListener(e -> {
            actions.remindTomorrow();
            remindTomorrow.setEnabled(false);
        });
        copy.addActionListener(e -> copyDiagnostics());
        calendar.addActionListener(e -> view.calendarProduct().ifPresent(p -> calendarExport.save(p, view.calendarExpiry().get())));
        close.addActionListener(e -> frame.setVisible(false));
        progress.setIndeterminate(true);
        progress.setName("progress");
        activity.setName("activity");

        content.setName("content");
        content.setBorder(BorderFactory.createEmptyBorder(em(1.2), em(1.5), em(1), em(1.5)));
        JScrollPane scroll = new JScrollPane(content, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(null);
        scroll.getVerticalScrollBar().setUnitIncrement(em(1.5));

        frame.getContentPane().setLayout(new BorderLayout());
        frame.getContentPane().add(banner, BorderLayout.NORTH);
        frame.getContentPane().add(scroll, BorderLayout.CENTER);
        frame.getContentPane().add(buttonBar(), BorderLayout.SOUTH);
        DialogKeys.closeOnEscape(frame.getRootPane(), () -> frame.setVisible(false));

        refresh = new Timer(REFRESH_MILLIS, e -> {
            if (frame.isVisible() && state != null) {
                render();
            }
        });
        refresh.setRepeats(true);
        // A hidden window has nothing to refresh; the timer would only wake the app for nothing.
        frame.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentHidden(java.awt.event.ComponentEvent e) {
                refresh.stop();
            }
        });
    }

    /** Shows the window with this state, in front, on the screen where the pointer is. */
    public void show(AppState newState) {
        update(newState);
        if (!frame.isVisible()) {
            placeOnScreen();
            frame.setVisible(true);
        }
        frame.setExtendedState(frame.getExtendedState() & ~JFrame.ICONIFIED);
        frame.toFront();
        frame.requestFocus();
        refresh.start();
    }

    /** Shows a new state; the window stays as it is (hidden or shown). */
    public void update(AppState newState) {
        requireEdt();
        this.state = Objects.requireNonNull(newState);
        checkPending = false;
        // "Remind me tomorrow" is offered afresh with each new state; a click only greys it out until then.
        remindTomorrow.setEnabled(true);
        render();
    }

    public void dispose() {
        refresh.stop();
        frame.dispose();
    }

    /** The frame, for tests and screenshots. */
    public JFrame frame() {
        return frame;
    }

    private void render() {
        view = new StatusViews(m, zone, warnDays.getAsInt()).of(state, clock.instant());
        fillBanner();
        fillContent();
        boolean busy = view.renewing() || checkPending;
        renew.setEnabled(!view.renewing());
        check.setEnabled(!busy);
        vpn.setVisible(view.showsVpnClient());
        vpn.setToolTipText(view.vpnClient().isEmpty() ? null : view.vpnClient());
        boolean urgent = view.severity() == Severity.WARNING || view.severity() == Severity.CRITICAL
                || view.severity() == Severity.EXPIRED;
        remindTomorrow.setVisible(urgent && !view.renewing());
        calendar.setEnabled(view.canAddToCalendar());
        progress.setVisible(busy);
        activity.setText(view.renewing() ? m.get("status.renewing") : checkPending ? m.get("status.checking") : activity.getText());
        if (!busy && (m.get("status.renewing").equals(activity.getText()) || m.get("status.checking").equals(activity.getText()))) {
            activity.setText("");
        }
        // Enter renews only when renewing is what the window is about; otherwise it just closes.
        frame.getRootPane().setDefaultButton(urgent && renew.isEnabled() ? renew : close);
        relayout();
    }

    /**
     * Whether saved settings could not be used (the tray finds out off the event thread, after each check and
     * save); the window then says where to look, since a value that was dropped looks like one never set.
     */
    public void settingsNeedAttention(boolean needed) {
        if (needed != settingsNeedAttention) {
            settingsNeedAttention = needed;
            if (state != null) {
                render();
            }
        }
    }

    private void fillBanner() {
        banner.removeAll();
        JPanel lines = new JPanel();
        lines.setLayout(new javax.swing.BoxLayout(lines, javax.swing.BoxLayout.Y_AXIS));
        lines.setOpaque(false);
        if (view.demo()) {
            lines.add(bannerText(m.get("status.demoBanner"), Palette.infoBackground(), "demoBanner", 1.5));
        }
        if (settingsNeedAttention) {
            lines.add(bannerText(m.get("status.settingsWarning"), Palette.warningBackground(), "settingsWarning", 1.5));
        }
        banner.add(lines, BorderLayout.CENTER);
        banner.setVisible(view.demo() || settingsNeedAttention);
    }

    private void fillContent() {
        content.removeAll();
        Rows rows = new Rows(content);

        JLabel headline = new JLabel(view.headline());
        headline.setName("headline");
        headline.putClientProperty(FlatClientProperties.STYLE, "font: bold +5");
        switch (view.severity()) {
            case WARNING -> headline.setForeground(Palette.warning());
            case CRITICAL, EXPIRED -> headline.setForeground(Palette.danger());
            default -> { }
        }
        rows.add(headline, 0);
        if (!view.headlineDetail().isEmpty()) {
            rows.add(named(paragraph(view.headlineDetail(), false), "headlineDetail"), em(0.2));
        }
        if (!view.staleNote().isEmpty()) {
            rows.add(bannerText(view.staleNote(), Palette.warningBackground(), "staleNote", 0.7), em(0.6));
        }

        if (!view.rows().isEmpty()) {
            rows.add(ProductTable.of(view.rows(), m), em(0.9));
        }
        if (!view.renewalAge().isEmpty()) {
            JLabel age = new JLabel(view.renewalAge());
            age.setName("renewalAge");
            age.putClientProperty(FlatClientProperties.STYLE, "font: bold");
            rows.add(age, em(0.8));
            rows.add(named(paragraph(view.renewalAgeHint(), true), "renewalAgeHint"), em(0.15));
        }

        rows.section(m.get("status.section.network"));
        JLabel location = new JLabel(m.get("status.location", view.location()));
        location.setName("location");
        rows.add(location, em(0.3));
        for (String e : view.evidence()) {
            rows.add(named(paragraph("\u2022 " + e, true), "evidence"), em(0.15));
        }
        if (!view.probe().isEmpty()) {
            rows.add(named(paragraph(view.probe(), false), "probe"), em(0.4));
        }
        JLabel lastCheck = new JLabel(view.lastCheck());
        lastCheck.setName("lastCheck");
        rows.add(lastCheck, em(0.4));

        if (!view.renewalOutcome().isEmpty()) {
            rows.section(m.get("status.section.renewal"));
            WrappingText outcome = paragraph(view.renewalOutcome(), false);
            outcome.setName("renewalOutcome");
            if (view.renewalFailed()) {
                outcome.setForeground(Palette.danger());
            }
            rows.add(outcome, em(0.3));
            for (String d : view.renewalDetails()) {
                rows.add(named(paragraph(d, true), "renewalDetail"), em(0.2));
            }
        }

        if (!view.problems().isEmpty()) {
            rows.section(m.get("status.section.problems"));
            for (StatusView.Problem p : view.problems()) {
                JLabel title = new JLabel(p.product().isEmpty() ? p.code() : m.get("status.problem.title", p.code(), p.product()));
                title.setName("problem");
                title.putClientProperty(FlatClientProperties.STYLE, "font: bold");
                rows.add(title, em(0.5));
                rows.add(paragraph(p.meaning(), false), em(0.15));
                rows.add(paragraph(m.get("status.problem.remedy", p.remedy()), true), em(0.15));
            }
        }
        rows.end();
    }

    private JComponent buttonBar() {
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(1, 0, 0, 0, separatorColor()),
                BorderFactory.createEmptyBorder(em(0.6), em(1.2), em(0.7), em(1.2))));
        int gap = em(0.4);
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEADING, gap, 0));
        left.add(renew);
        left.add(check);
        left.add(vpn);
        left.add(remindTomorrow);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, gap, 0));
        right.add(copy);
        right.add(calendar);
        right.add(close);
        JPanel status = new JPanel(new FlowLayout(FlowLayout.LEADING, gap, 0));
        progress.setPreferredSize(new Dimension(em(6), progress.getPreferredSize().height));
        status.add(progress);
        status.add(activity);
        JPanel rowsPanel = new JPanel(new BorderLayout(0, em(0.4)));
        rowsPanel.add(status, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new BorderLayout(em(1), 0));
        buttons.add(left, BorderLayout.WEST);
        buttons.add(right, BorderLayout.EAST);
        rowsPanel.add(buttons, BorderLayout.CENTER);
        bar.add(rowsPanel, BorderLayout.CENTER);
        return bar;
    }

    /** The report lists the settings (preferences, registry), so it is written off the event thread. */
    private void copyDiagnostics() {
        AppState shown = state;
        copy.setEnabled(false);
        new javax.swing.SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() {
                return DiagnosticsReport.text(shown, m, zone, appVersion, settings);
            }

            @Override
            protected void done() {
                copy.setEnabled(true);
                try {
                    Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new java.awt.datatransfer.StringSelection(get()), null);
                    activity.setText(m.get("status.copied"));
                } catch (IllegalStateException | SecurityException | java.util.concurrent.ExecutionException e) {
                    java.util.logging.Logger.getLogger(StatusWindow.class.getName()).warning("Diagnostics not copied: " + e);
                    activity.setText(m.get("status.copyFailed"));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                activity.getParent().revalidate();
            }
        }.execute();
    }

    /** Grows the window to fit new content, never beyond the screen; the first time, sizes it fully. */
    private void relayout() {
        content.revalidate();
        content.repaint();
        banner.revalidate();
        if (!packed) {
            frame.pack();
            // The second pass gives each wrapped paragraph the height of its lines at the final width.
            frame.pack();
            fitToScreen();
            frame.setMinimumSize(new Dimension(em(30), em(20)));
            packed = true;
            return;
        }
        if (frame.isVisible()) {
            SwingUtilities.invokeLater(() -> {
                // Wider too: a window first shown before the first check has no table yet. Paragraphs ask for no
                // more than the width they have, so only the table and the buttons widen it.
                Dimension pref = frame.getPreferredSize();
                Dimension now = frame.getSize();
                if (pref.height > now.height || pref.width > now.width) {
                    frame.setSize(Math.max(now.width, pref.width), Math.max(now.height, pref.height));
                    fitToScreen();
                }
            });
        }
    }

    /** Keeps the whole window on its screen: no larger than the usable area, and moved back inside it when it grew past an edge. */
    private void fitToScreen() {
        Rectangle usable = usableBounds(frame.getGraphicsConfiguration());
        Dimension size = frame.getSize();
        int width = Math.min(size.width, usable.width);
        int height = Math.min(size.height, usable.height);
        frame.setSize(width, height);
        java.awt.Point at = frame.getLocation();
        int x = Math.max(usable.x, Math.min(at.x, usable.x + usable.width - width));
        int y = Math.max(usable.y, Math.min(at.y, usable.y + usable.height - height));
        if (x != at.x || y != at.y) {
            frame.setLocation(x, y);
        }
    }

    private void placeOnScreen() {
        java.awt.PointerInfo pointer = java.awt.MouseInfo.getPointerInfo();
        GraphicsConfiguration gc = pointer == null ? frame.getGraphicsConfiguration() : pointer.getDevice().getDefaultConfiguration();
        Rectangle usable = usableBounds(gc);
        Dimension size = frame.getSize();
        frame.setLocation(usable.x + (usable.width - size.width) / 2, usable.y + (usable.height - size.height) / 2);
    }

    private static Rectangle usableBounds(GraphicsConfiguration gc) {
        Rectangle b = gc.getBounds();
        Insets in = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        return new Rectangle(b.x + in.left, b.y + in.top, b.width - in.left - in.right, b.height - in.top - in.bottom);
    }

    private static JComponent bannerText(String text, Color background, String name, double sidePadding) {
        JPanel p = new JPanel(new BorderLayout());
        p.setName(name);
        p.setBackground(background);
        p.setBorder(BorderFactory.createEmptyBorder(em(0.5), em(sidePadding), em(0.5), em(sidePadding)));
        WrappingText t = paragraph(text, false);
        t.setName(name + "Text");
        p.add(t, BorderLayout.CENTER);
        return p;
    }

    private static WrappingText paragraph(String text, boolean secondary) {
        WrappingText t = new WrappingText(text);
        if (secondary) {
            t.setForeground(Palette.secondaryText());
        }
        return t;
    }

    private static <C extends Component> C named(C c, String name) {
        c.setName(name);
        return c;
    }

    private static Color separatorColor() {
        Color c = javax.swing.UIManager.getColor("Separator.foreground");
        return c == null ? Color.LIGHT_GRAY : c;
    }

    /** A length in units of the font size, so the layout scales with the font and the display. */
    static int em(double units) {
        java.awt.Font f = javax.swing.UIManager.getFont("Label.font");
        return (int) Math.round(units * (f == null ? 12f : f.getSize2D()));
    }

    private static void requireEdt() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("the status window is used on the Swing event thread only");
        }
    }

    private static String jarVersion() {
        String v = StatusWindow.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** Stacks components top to bottom, each as wide as the panel. */
    private final class Rows {
        private final JPanel panel;
        private int y;

        Rows(JPanel panel) {
            this.panel = panel;
        }

        void add(JComponent c, int topGap) {
            GridBagConstraints g = new GridBagConstraints();
            g.gridx = 0;
            g.gridy = y++;
            g.weightx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.anchor = GridBagConstraints.NORTHWEST;
            g.insets = new Insets(topGap, 0, 0, 0);
            panel.add(c, g);
        }

        void section(String title) {
            JPanel heading = new JPanel(new GridBagLayout());
            JLabel label = new JLabel(title);
            label.putClientProperty(FlatClientProperties.STYLE, "font: bold +1");
            GridBagConstraints g = new GridBagConstraints();
            heading.add(label, g);
            g.gridx = 1;
            g.weightx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.insets = new Insets(0, em(0.6), 0, 0);
            heading.add(new JSeparator(), g);
            add(heading, em(1.3));
        }

        void end() {
            GridBagConstraints g = new GridBagConstraints();
            g.gridy = y++;
            g.weighty = 1;
            panel.add(Box.createVerticalGlue(), g);
        }
    }

    /** For tests: the window's current words. */
    StatusView view() {
        return view;
    }
}
