package org.kmstray.ui.theme;

import java.awt.Dimension;
import java.awt.Insets;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import javax.swing.text.View;

/**
 * A paragraph that wraps to the width its container gives it, at word boundaries in English and
 * between characters in Chinese. Read-only and transparent, so it reads like a label.
 *
 * <p>Its preferred width is the width it has (or a few dozen characters before the first layout), so
 * a second {@code pack()} gives it exactly the height its lines need.
 */
public final class WrappingText extends JTextArea {
    private static final long serialVersionUID = 1L;
    private static final int INITIAL_COLUMNS = 30;

    public WrappingText(String text) {
        super(text);
        setEditable(false);
        setLineWrap(true);
        setWrapStyleWord(true);
        setOpaque(false);
        setBorder(null);
        setFocusable(false);
        setHighlighter(null);
        setMargin(new Insets(0, 0, 0, 0));
        updateFont();
    }

    @Override
    public void updateUI() {
        super.updateUI();
        updateFont();
    }

    private void updateFont() {
        // Text areas take the monospaced editor font in most looks; a paragraph is label text.
        if (UIManager.getFont("Label.font") != null) {
            setFont(UIManager.getFont("Label.font"));
        }
        setBackground(null);
    }

    @Override
    public Dimension getPreferredSize() {
        Insets in = getInsets();
        int width = getWidth() > 0 ? getWidth() : INITIAL_COLUMNS * getColumnWidth() + in.left + in.right;
        View root = getUI().getRootView(this);
        root.setSize(Math.max(1, width - in.left - in.right), Integer.MAX_VALUE);
        int height = (int) Math.ceil(root.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom;
        return new Dimension(width, height);
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(getColumnWidth() * 10, getPreferredSize().height);
    }
}
