package org.kmstray.ui.settings;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import javax.swing.UIManager;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.text.JTextComponent;
import org.kmstray.i18n.Messages;
import org.kmstray.settings.Autostart;
import org.kmstray.settings.InvalidValueException;
import org.kmstray.settings.Setting;
import org.kmstray.settings.SettingKeys;
import org.kmstray.settings.Settings;
import org.kmstray.settings.SettingsWarning;
import org.kmstray.ui.theme.DialogKeys;
import org.kmstray.ui.theme.Palette;
import org.kmstray.ui.theme.WrappingText;

/**
 * The settings dialog: every setting a user may change, on five pages. Input is checked as it is
 * typed and flagged next to its field; nothing is saved until every field is valid. Values the
 * organisation locked are shown read-only with a note. Start at login is put into effect through
 * {@link Autostart} when it changes.
 */
public final class SettingsDialog {
    private static final Logger LOG = Logger.getLogger(SettingsDialog.class.getName());
    private static final List<Page> PAGES = List.of(
            new Page("settings.ui.tab.general", List.of(SettingKeys.LANGUAGE, SettingKeys.AUTOSTART)),
            new Page("settings.ui.tab.reminders", List.of(SettingKeys.WARN_DAYS, SettingKeys.REMINDER_TIERS, SettingKeys.CHECK_INTERVAL_HOURS)),
            new Page("settings.ui.tab.kms", List.of(SettingKeys.KMS_HOST, SettingKeys.KMS_PORT, SettingKeys.PROBE_TIMEOUT_MS)),
            new Page("settings.ui.tab.campus", List.of(SettingKeys.CAMPUS_NETWORKS, SettingKeys.CAMPUS_DNS_SUFFIXES)),
            new Page("settings.ui.tab.vpn", List.of(SettingKeys.VPN_POOLS, SettingKeys.VPN_ADAPTER_PATTERNS, SettingKeys.VPN_CLIENT)));
    private static final List<String> LANGUAGES = List.of("auto", "en", "zh-TW");

    private record Page(String titleKey, List<Setting<?>> settings) {
    }

    private final Window owner;
    private final Messages m;
    private final Autostart autostart;
    private final SettingsForm form;
    private final JDialog dialog;
    private final JTabbedPane tabs = new JTabbedPane();
    private final Map<Setting<?>, Supplier<String>> readers = new LinkedHashMap<>();
    private final Map<Setting<?>, JComponent> editors = new LinkedHashMap<>();
    private final Map<Setting<?>, JComponent> outlined = new LinkedHashMap<>();
    private final Map<Setting<?>, WrappingText> errors = new LinkedHashMap<>();
    private final Map<Setting<?>, Integer> pageOf = new LinkedHashMap<>();
    private final JLabel summary = new JLabel();
    private final JButton save = new JButton();
    private final JButton cancel = new JButton();
    private final boolean autostartInitially;
    private JCheckBox autostartBox;
    private boolean saving;
    private boolean saved;

    /**
     * What the dialog shows, read from the settings store and the start-at-login mechanism (registry, files).
     *
     * @param autostartOn whether the app starts at login now: the setting and the mechanism together
     */
    public record Loaded(SettingsForm form, Autostart autostart, boolean autostartOn) {
    }

    /** Reads everything the dialog shows. Reads the registry or files: call off the Swing event thread. */
    public static Loaded load(Settings settings, Messages messages, Autostart autostart) {
        Autostart a = autostart == null ? Autostart.UNSUPPORTED : autostart;
        SettingsForm form = new SettingsForm(settings, messages);
        // What really happens at login: with the MSI's machine-wide entry that is the setting alone.
        return new Loaded(form, a, Autostart.effective(a, Boolean.parseBoolean(form.initialText(SettingKeys.AUTOSTART))));
    }

    /** Builds the dialog from values read by {@link #load}; on the Swing event thread. */
    public SettingsDialog(Window owner, Loaded loaded, Messages messages) {
        this.owner = owner;
        this.m = messages;
        this.autostart = loaded.autostart();
        this.form = loaded.form();
        this.autostartInitially = loaded.autostartOn();
        dialog = new JDialog(owner, m.get("settings.ui.title"), JDialog.ModalityType.APPLICATION_MODAL);
        dialog.setName("settings");
        // Closing while the values are being written would leave the caller not knowing they were.
        dialog.setDefaultCloseOperation(JDialog.DO_NOTHING_ON_CLOSE);
        dialog.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                cancel();
            }
        });

        JPanel top = new JPanel(new BorderLayout());
        warnings().ifPresent(w -> top.add(w, BorderLayout.CENTER));
        for (int i = 0; i < PAGES.size(); i++) {
            Page page = PAGES.get(i);
            tabs.addTab(m.get(page.titleKey()), page(page, i));
        }
        tabs.setName("tabs");
        JPanel center = new JPanel(new BorderLayout(0, em(0.6)));
        center.setBorder(BorderFactory.createEmptyBorder(em(0.8), em(1), 0, em(1)));
        center.add(top, BorderLayout.NORTH);
        center.add(tabs, BorderLayout.CENTER);

        save.setText(m.get("settings.ui.save"));
        save.setName("save");
        save.addActionListener(e -> save());
        cancel.setText(m.get("settings.ui.cancel"));
        cancel.setName("cancel");
        cancel.addActionListener(e -> cancel());
        summary.setName("summary");
        summary.setForeground(Palette.danger());
        JPanel buttons = new JPanel(new BorderLayout(em(1), 0));
        buttons.setBorder(BorderFactory.createEmptyBorder(em(0.8), em(1.2), em(0.9), em(1.2)));
        JPanel right = new JPanel(new FlowLayout(FlowLayout.TRAILING, em(0.4), 0));
        right.add(save);
        right.add(cancel);
        buttons.add(summary, BorderLayout.CENTER);
        buttons.add(right, BorderLayout.EAST);

        dialog.getContentPane().add(center, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.getRootPane().setDefaultButton(save);
        DialogKeys.closeOnEscape(dialog.getRootPane(), this::cancel);
        for (Setting<?> s : readers.keySet()) {
            check(s);
        }
        dialog.pack();
        dialog.pack();
    }

    /** Shows the dialog modally; true when the user saved. Call on the Swing event thread. */
    public boolean showAndSave() {
        dialog.setLocationRelativeTo(owner);
        dialog.setVisible(true);
        return saved;
    }

    /** For tests and screenshots. */
    JDialog dialog() {
        return dialog;
    }

    /**
     * What Save does: checks every field here on the event thread, then applies start at login and stores
     * the changes on a worker thread (registry or file writes). The dialog closes when that worked and stays
     * open with the reason when it did not.
     *
     * @return completes on the event thread: true when everything was saved and the dialog closed
     */
    CompletableFuture<Boolean> save() {
        if (saving) {
            return CompletableFuture.completedFuture(false);
        }
        Map<Setting<?>, String> texts = new LinkedHashMap<>();
        readers.forEach((s, r) -> texts.put(s, r.get()));
        boolean autostartChanged = autostartBox != null && autostartBox.isEnabled() && autostartBox.isSelected() != autostartInitially;
        if (!autostartChanged) {
            texts.put(SettingKeys.AUTOSTART, form.initialText(SettingKeys.AUTOSTART));
        }
        List<Setting<?>> invalid = form.invalid(texts);
        if (!invalid.isEmpty()) {
            invalid.forEach(this::check);
            summary.setText(m.get("settings.ui.invalid"));
            Setting<?> first = invalid.get(0);
            tabs.setSelectedIndex(pageOf.get(first));
            editors.get(first).requestFocusInWindow();
            return CompletableFuture.completedFuture(false);
        }
        boolean autostartOn = autostartBox != null && autostartBox.isSelected();
        boolean applyAutostart = autostartChanged && autostart.isSupported();
        setSaving(true);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        new SwingWorker<Void, Void>() {
            @Override
            protected Void doInBackground() throws Autostart.AutostartException, InvalidValueException {
                // Start at login first: if it cannot be changed nothing is stored, so the settings never say one
                // thing while the Run key or autostart entry does another, and Cancel leaves everything as it was.
                if (applyAutostart) {
                    autostart.setEnabled(autostartOn);
                }
                form.save(texts);
                return null;
            }

            @Override
            protected void done() {
                setSaving(false);
                try {
                    get();
                    saved = true;
                    dialog.dispose();
                    result.complete(true);
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    summary.setText(m.get("settings.ui.saveFailed"));
                } catch (java.util.concurrent.ExecutionException e) {
                    failed(e.getCause());
                }
                result.complete(false);
            }
        }.execute();
        return result;
    }

    private void failed(Throwable cause) {
        if (cause instanceof Autostart.AutostartException e) {
            LOG.log(Level.WARNING, e.getMessage(), e.getCause());
            showError(SettingKeys.AUTOSTART, m.get(e.messageKey(), e.args()));
            tabs.setSelectedIndex(pageOf.get(SettingKeys.AUTOSTART));
        } else {
            LOG.log(Level.WARNING, "The settings could not be saved", cause);
            summary.setText(m.get("settings.ui.saveFailed"));
        }
    }

    private void setSaving(boolean on) {
        saving = on;
        save.setEnabled(!on);
        cancel.setEnabled(!on);
        dialog.setCursor(on ? java.awt.Cursor.getPredefinedCursor(java.awt.Cursor.WAIT_CURSOR) : null);
    }

    /** Closes without saving; not while the values are being written. */
    private void cancel() {
        if (!saving) {
            dialog.dispose();
        }
    }

    private JComponent page(Page page, int index) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(em(0.9), em(1), em(0.9), em(1)));
        int row = 0;
        for (Setting<?> s : page.settings()) {
            pageOf.put(s, index);
            JComponent editor = editor(s);
            JLabel label = new JLabel(m.get("settings.ui." + s.key() + ".label"));
            label.setLabelFor(editor);
            GridBagConstraints g = new GridBagConstraints();
            g.gridx = 0;
            g.gridy = row;
            g.anchor = GridBagConstraints.NORTHWEST;
            g.insets = new Insets(row == 0 ? 0 : em(0.9), 0, 0, em(1));
            if (SettingsForm.kind(s) != SettingsForm.Kind.FLAG) {
                // A small nudge so a label lines up with the text inside its field, not with its border.
                g.insets.top += em(0.3);
                p.add(label, g);
            }
            g.gridx = 1;
            g.weightx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.insets = new Insets(row == 0 ? 0 : em(0.9), 0, 0, 0);
            p.add(fieldColumn(s, editor), g);
            row++;
        }
        GridBagConstraints end = new GridBagConstraints();
        end.gridy = row;
        end.weighty = 1;
        p.add(new JPanel(), end);
        return p;
    }

    private JComponent fieldColumn(Setting<?> s, JComponent editor) {
        JPanel col = new JPanel();
        col.setLayout(new BoxLayout(col, BoxLayout.Y_AXIS));
        JComponent shown = outlined.getOrDefault(s, editor);
        String unitKey = "settings.ui." + s.key() + ".unit";
        if (m.has(unitKey) || SettingsForm.kind(s) == SettingsForm.Kind.NUMBER) {
            // A number keeps its own short width, its unit beside it.
            JPanel line = new JPanel(new BorderLayout(em(0.5), 0));
            line.add(shown, BorderLayout.WEST);
            line.add(new JLabel(m.has(unitKey) ? m.get(unitKey) : ""), BorderLayout.CENTER);
            add(col, line);
        } else {
            add(col, shown);
        }
        String hintKey = "settings.ui." + s.key() + ".hint";
        if (m.has(hintKey)) {
            WrappingText hint = new WrappingText(m.get(hintKey));
            hint.setForeground(Palette.secondaryText());
            hint.putClientProperty(FlatClientProperties.STYLE, "font: -1");
            add(col, gap(hint));
        }
        if (form.isLocked(s)) {
            JLabel note = new JLabel(m.get("settings.ui.locked"));
            note.setName("locked." + s.key());
            note.setForeground(Palette.warning());
            add(col, gap(note));
        }
        WrappingText error = new WrappingText("");
        error.setName("error." + s.key());
        error.setForeground(Palette.danger());
        error.setVisible(false);
        errors.put(s, error);
        add(col, gap(error));
        return col;
    }

    private static JComponent gap(JComponent c) {
        c.setBorder(BorderFactory.createEmptyBorder(em(0.25), 0, 0, 0));
        return c;
    }

    private static void add(JPanel column, JComponent c) {
        c.setAlignmentX(Component.LEFT_ALIGNMENT);
        column.add(c);
    }

    private JComponent editor(Setting<?> s) {
        boolean locked = form.isLocked(s);
        String initial = form.initialText(s);
        JComponent editor;
        switch (SettingsForm.kind(s)) {
            case LANGUAGE -> {
                JComboBox<String> box = new JComboBox<>(LANGUAGES.toArray(String[]::new));
                box.setRenderer(new javax.swing.DefaultListCellRenderer() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean sel, boolean focus) {
                        return super.getListCellRendererComponent(list, m.get("settings.ui.language." + value), index, sel, focus);
                    }
                });
                box.setSelectedItem(LANGUAGES.contains(initial) ? initial : "auto");
                box.setEnabled(!locked);
                readers.put(s, () -> String.valueOf(box.getSelectedItem()));
                editor = box;
            }
            case FLAG -> {
                JCheckBox box = new JCheckBox(m.get("settings.ui." + s.key() + ".label"));
                autostartBox = box;
                box.setSelected(autostartInitially);
                box.setEnabled(!locked && autostart.isSupported());
                readers.put(s, () -> String.valueOf(box.isSelected()));
                editor = box;
            }
            case LINES -> {
                JTextArea area = new JTextArea(initial, 3, 28);
                area.setFont(UIManager.getFont("TextField.font"));
                area.setEditable(!locked);
                // Tab moves on, as in every other field; Ctrl+Tab would be unknown to most users.
                area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
                area.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
                JScrollPane scroll = new JScrollPane(area);
                outlined.put(s, scroll);
                listen(s, area);
                readers.put(s, area::getText);
                editor = area;
            }
            case NUMBER -> {
                JTextField field = new JTextField(initial, 7);
                field.setEditable(!locked);
                listen(s, field);
                readers.put(s, field::getText);
                editor = field;
            }
            default -> {
                JTextField field = new JTextField(initial, 28);
                field.setEditable(!locked);
                if (s == SettingKeys.KMS_HOST) {
                    field.putClientProperty(FlatClientProperties.PLACEHOLDER_TEXT, m.get("settings.ui.kms.host.placeholder"));
                }
                listen(s, field);
                readers.put(s, field::getText);
                editor = field;
            }
        }
        editor.setName("field." + s.key());
        editor.getAccessibleContext().setAccessibleName(m.get("settings.ui." + s.key() + ".label"));
        editors.put(s, editor);
        if (locked) {
            editor.setToolTipText(m.get("settings.ui.locked"));
        }
        return editor;
    }

    private void listen(Setting<?> s, JTextComponent text) {
        text.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                check(s);
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                check(s);
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                check(s);
            }
        });
    }

    /** Flags the field when its text cannot be used, and clears the flag when it can. */
    private void check(Setting<?> s) {
        if (form.isLocked(s) || SettingsForm.kind(s) == SettingsForm.Kind.FLAG) {
            return;
        }
        Optional<String> error = form.error(s, readers.get(s).get());
        JComponent target = outlined.getOrDefault(s, editors.get(s));
        target.putClientProperty(FlatClientProperties.OUTLINE, error.isPresent() ? FlatClientProperties.OUTLINE_ERROR : null);
        WrappingText label = errors.get(s);
        boolean wasVisible = label.isVisible();
        label.setText(error.orElse(""));
        label.setVisible(error.isPresent());
        if (error.isEmpty() && readers.keySet().stream().noneMatch(this::flagged)) {
            summary.setText("");
        }
        if (wasVisible != label.isVisible()) {
            grow();
        }
    }

    /** Makes room for a message that appeared; the dialog never shrinks under the user's hands. */
    private void grow() {
        if (dialog == null || !dialog.isDisplayable()) {
            return;
        }
        dialog.validate();
        java.awt.Dimension pref = dialog.getPreferredSize();
        java.awt.Dimension now = dialog.getSize();
        if (pref.width > now.width || pref.height > now.height) {
            dialog.setSize(Math.max(pref.width, now.width), Math.max(pref.height, now.height));
        }
        dialog.validate();
    }

    private boolean flagged(Setting<?> s) {
        WrappingText l = errors.get(s);
        return l != null && l.isVisible();
    }

    private void showError(Setting<?> s, String text) {
        WrappingText label = errors.get(s);
        label.setText(text);
        label.setVisible(true);
        grow();
    }

    private Optional<JComponent> warnings() {
        List<String> lines = new ArrayList<>();
        for (SettingsWarning w : form.warnings()) {
            String reason = m.get(w.messageKey(), w.args());
            lines.add(w.messageKey().startsWith("value.") ? m.get("settings.value.skipped", w.key(), w.rawValue(), reason) : reason);
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        JPanel p = new JPanel();
        p.setName("warnings");
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setBackground(Palette.warningBackground());
        p.setBorder(BorderFactory.createEmptyBorder(em(0.5), em(0.7), em(0.5), em(0.7)));
        JLabel title = new JLabel(m.get("settings.ui.warnings"));
        title.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        add(p, title);
        for (String line : lines) {
            WrappingText t = new WrappingText("\u2022 " + line);
            add(p, gap(t));
        }
        return Optional.of(p);
    }

    private static int em(double units) {
        java.awt.Font f = UIManager.getFont("Label.font");
        return (int) Math.round(units * (f == null ? 12f : f.getSize2D()));
    }
}
