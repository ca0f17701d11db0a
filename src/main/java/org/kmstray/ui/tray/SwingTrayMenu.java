package org.kmstray.ui.tray;

import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsConfiguration;
import java.awt.GraphicsDevice;
import java.awt.GraphicsEnvironment;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.JDialog;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPopupMenu;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.SwingUtilities;
import javax.swing.event.PopupMenuEvent;
import javax.swing.event.PopupMenuListener;

/**
 * Shows the tray menu as a Swing popup, not an AWT {@code PopupMenu}: Windows draws AWT menus through the
 * ANSI code page, so Chinese shows as boxes on an English Windows or with UTF-8 as default charset. The popup
 * hangs off a tiny undecorated window that takes the focus, so that clicking anywhere else closes it.
 * Event thread only.
 */
public final class SwingTrayMenu {
    private JDialog owner;
    private JPopupMenu popup;

    public boolean isShowing() {
        return popup != null && popup.isVisible();
    }

    /** The menu component while it shows, for tests. */
    public JPopupMenu popup() {
        return popup;
    }

    public void show(MenuModel model, Point click, Consumer<MenuCommand> onCommand) {
        close();
        JPopupMenu menu = build(model, onCommand);
        Dimension size = menu.getPreferredSize();
        GraphicsConfiguration gc = configurationAt(click);
        Rectangle screen = gc.getBounds();
        Insets insets = Toolkit.getDefaultToolkit().getScreenInsets(gc);
        Point at = MenuPlacement.place(click, size, screen, insets);

        JDialog window = new JDialog((Frame) null, false);
        window.setUndecorated(true);
        window.setType(Window.Type.UTILITY);
        window.setAlwaysOnTop(true);
        window.setFocusableWindowState(true);
        window.setBounds(at.x, at.y, 1, 1);
        window.addWindowFocusListener(new WindowAdapter() {
            @Override
            public void windowLostFocus(WindowEvent e) {
                Window to = e.getOppositeWindow();
                if (to == null || !SwingUtilities.isDescendingFrom(to, menu)) {
                    close();
                }
            }
        });
        menu.addPopupMenuListener(new PopupMenuListener() {
            @Override
            public void popupMenuWillBecomeVisible(PopupMenuEvent e) {
            }

            @Override
            public void popupMenuWillBecomeInvisible(PopupMenuEvent e) {
                SwingUtilities.invokeLater(window::dispose);
            }

            @Override
            public void popupMenuCanceled(PopupMenuEvent e) {
                SwingUtilities.invokeLater(window::dispose);
            }
        });
        owner = window;
        popup = menu;
        window.setVisible(true);
        menu.show(window, 0, 0);
        window.toFront();
        window.requestFocus();
    }

    public void close() {
        if (popup != null) {
            popup.setVisible(false);
            popup = null;
        }
        if (owner != null) {
            owner.dispose();
            owner = null;
        }
    }

    private JPopupMenu build(MenuModel model, Consumer<MenuCommand> onCommand) {
        JPopupMenu menu = new JPopupMenu();
        for (MenuModel.Entry entry : model.entries()) {
            if (entry instanceof MenuModel.Separator) {
                menu.addSeparator();
            } else if (entry instanceof MenuModel.Item item) {
                menu.add(item(item, onCommand));
            } else if (entry instanceof MenuModel.Submenu sub) {
                JMenu m = new JMenu(sub.label());
                for (MenuModel.Item item : sub.items()) {
                    m.add(item(item, onCommand));
                }
                menu.add(m);
            }
        }
        return menu;
    }

    private JMenuItem item(MenuModel.Item item, Consumer<MenuCommand> onCommand) {
        JMenuItem mi = item.checked() == null ? new JMenuItem(item.label()) : new JRadioButtonMenuItem(item.label(), item.checked());
        mi.setEnabled(item.enabled());
        mi.setName(item.command().name());
        // Run the command after the popup has gone, so a dialog it opens gets the focus.
        mi.addActionListener(e -> {
            close();
            SwingUtilities.invokeLater(() -> onCommand.accept(item.command()));
        });
        return mi;
    }

    private static GraphicsConfiguration configurationAt(Point p) {
        GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
        List<Rectangle> bounds = new ArrayList<>();
        GraphicsDevice[] devices = env.getScreenDevices();
        for (GraphicsDevice d : devices) {
            bounds.add(d.getDefaultConfiguration().getBounds());
        }
        Rectangle screen = MenuPlacement.screenOf(p, bounds);
        return devices[bounds.indexOf(screen)].getDefaultConfiguration();
    }
}
