package org.kmstray.ui.theme;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JRootPane;
import javax.swing.KeyStroke;

/** Esc closes a window, as every Windows dialog does. */
public final class DialogKeys {
    private DialogKeys() {
    }

    public static void closeOnEscape(JRootPane root, Runnable close) {
        root.getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0), "kmstray.close");
        root.getActionMap().put("kmstray.close", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                close.run();
            }
        });
    }
}
