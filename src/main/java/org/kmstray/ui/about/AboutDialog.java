package org.kmstray.ui.about;

import com.formdev.flatlaf.FlatClientProperties;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Window;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.UIManager;
import org.kmstray.i18n.Messages;
import org.kmstray.ui.theme.DialogKeys;
import org.kmstray.ui.theme.Palette;
import org.kmstray.ui.theme.WrappingText;

/** The About box: name, version, demo note, Java and OS versions, and the libraries with their licences. */
public final class AboutDialog {
    private AboutDialog() {
    }

    /** Shows the About box modally; returns when it is closed. Call on the Swing event thread. */
    public static void show(Window owner, Messages messages, String version, boolean demo) {
        JDialog d = build(owner, messages, version, demo);
        d.setLocationRelativeTo(owner);
        d.setVisible(true);
    }

    static JDialog build(Window owner, Messages m, String version, boolean demo) {
        JDialog d = new JDialog(owner, m.get("about.title"), JDialog.ModalityType.APPLICATION_MODAL);
        d.setName("about");
        d.setDefaultCloseOperation(JDialog.DISPOSE_ON_CLOSE);
        JPanel body = new JPanel(new GridBagLayout());
        body.setBorder(BorderFactory.createEmptyBorder(em(1.4), em(1.6), em(1), em(1.6)));
        Column col = new Column(body);

        JLabel name = new JLabel(m.get("app.name"));
        name.setName("name");
        name.putClientProperty(FlatClientProperties.STYLE, "font: bold +8");
        col.add(name, 0);
        JLabel ver = new JLabel(m.get("about.version", version == null ? "dev" : version));
        ver.setName("version");
        col.add(ver, em(0.2));
        col.add(new WrappingText(m.get("about.description")), em(0.8));
        if (demo) {
            JPanel note = new JPanel(new BorderLayout());
            note.setName("demoNote");
            note.setBackground(Palette.infoBackground());
            note.setBorder(BorderFactory.createEmptyBorder(em(0.5), em(0.7), em(0.5), em(0.7)));
            WrappingText t = new WrappingText(m.get("about.demo"));
            t.setName("demoNoteText");
            note.add(t);
            col.add(note, em(0.8));
        }
        col.add(secondary(m.get("about.java", System.getProperty("java.version", "?"), System.getProperty("java.vendor", "?")), "java"), em(0.8));
        col.add(secondary(m.get("about.os", System.getProperty("os.name", "?"), System.getProperty("os.version", ""),
                System.getProperty("os.arch", "?")), "os"), em(0.2));

        col.add(new JSeparator(), em(1));
        JLabel libs = new JLabel(m.get("about.thirdParty"));
        libs.putClientProperty(FlatClientProperties.STYLE, "font: bold");
        col.add(libs, em(0.8));
        col.add(libraries(m), em(0.4));
        WrappingText note = new WrappingText(m.get("about.licenseNote"));
        note.setName("licenseNote");
        note.setForeground(Palette.secondaryText());
        col.add(note, em(0.6));

        JButton close = new JButton(m.get("about.close"));
        close.setName("close");
        close.addActionListener(e -> d.dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.TRAILING, 0, 0));
        buttons.setBorder(BorderFactory.createEmptyBorder(em(0.4), em(1.6), em(1), em(1.6)));
        buttons.add(close);

        d.getContentPane().add(body, BorderLayout.CENTER);
        d.getContentPane().add(buttons, BorderLayout.SOUTH);
        d.getRootPane().setDefaultButton(close);
        DialogKeys.closeOnEscape(d.getRootPane(), d::dispose);
        d.setResizable(false);
        d.pack();
        // Wrapped paragraphs know their height only once they know their width.
        d.pack();
        return d;
    }

    private static JComponent libraries(Messages m) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setName("libraries");
        int row = 0;
        for (ThirdParty lib : ThirdParty.LIBRARIES) {
            GridBagConstraints g = new GridBagConstraints();
            g.gridy = row++;
            g.anchor = GridBagConstraints.WEST;
            g.insets = new Insets(em(0.15), 0, 0, em(1.2));
            JLabel name = new JLabel(lib.name());
            name.setToolTipText(lib.url());
            p.add(name, g);
            g.gridx = 1;
            p.add(secondary(m.get(lib.purposeKey()), null), g);
            g.gridx = 2;
            g.weightx = 1;
            g.insets = new Insets(em(0.15), 0, 0, 0);
            p.add(new JLabel(lib.license()), g);
        }
        return p;
    }

    private static JLabel secondary(String text, String name) {
        JLabel l = new JLabel(text);
        l.setName(name);
        l.setForeground(Palette.secondaryText());
        return l;
    }

    private static int em(double units) {
        java.awt.Font f = UIManager.getFont("Label.font");
        return (int) Math.round(units * (f == null ? 12f : f.getSize2D()));
    }

    private static final class Column {
        private final JPanel panel;
        private int y;

        Column(JPanel panel) {
            this.panel = panel;
        }

        void add(JComponent c, int top) {
            GridBagConstraints g = new GridBagConstraints();
            g.gridy = y++;
            g.weightx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.anchor = GridBagConstraints.NORTHWEST;
            g.insets = new Insets(top, 0, 0, 0);
            panel.add(c, g);
        }
    }
}
