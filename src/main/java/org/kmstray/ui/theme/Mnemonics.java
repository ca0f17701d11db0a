package org.kmstray.ui.theme;

import javax.swing.AbstractButton;
import javax.swing.JLabel;

/**
 * Button and label texts with their keyboard mnemonic marked by "&amp;", as Windows resource files write
 * them: "&amp;Renew now" underlines R; "立即更新啟用(&amp;R)" shows "(R)" as zh-TW Windows does.
 */
public final class Mnemonics {
    private Mnemonics() {
    }

    /** The text without its marker. */
    public static String plain(String marked) {
        int i = marker(marked);
        return i < 0 ? marked.replace("&&", "&") : (marked.substring(0, i) + marked.substring(i + 1)).replace("&&", "&");
    }

    /** The marked letter as a key code (VK_A … VK_Z, VK_0 … VK_9), or 0 when there is none. */
    public static int key(String marked) {
        int i = marker(marked);
        if (i < 0 || i + 1 >= marked.length()) {
            return 0;
        }
        char c = Character.toUpperCase(marked.charAt(i + 1));
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : 0;
    }

    public static <B extends AbstractButton> B apply(B button, String marked) {
        button.setText(plain(marked));
        int key = key(marked);
        button.setMnemonic(key);
        if (key != 0) {
            button.setDisplayedMnemonicIndex(marker(marked));
        }
        return button;
    }

    public static JLabel apply(JLabel label, String marked) {
        label.setText(plain(marked));
        int key = key(marked);
        label.setDisplayedMnemonic(key);
        if (key != 0) {
            label.setDisplayedMnemonicIndex(marker(marked));
        }
        return label;
    }

    private static int marker(String s) {
        for (int i = 0; i < s.length() - 1; i++) {
            if (s.charAt(i) == '&') {
                if (s.charAt(i + 1) == '&') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
