package org.kmstray.ui.tray;

import java.util.ArrayList;
import java.util.List;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

/** The tray menu as data: which items, in which order, with which words, enabled or not. */
public record MenuModel(List<Entry> entries) {
    public MenuModel {
        entries = List.copyOf(entries);
    }

    public sealed interface Entry permits Item, Separator, Submenu {
    }

    /** @param checked for choices (the language): whether this one is chosen; null for plain items */
    public record Item(MenuCommand command, String label, boolean enabled, Boolean checked) implements Entry {
    }

    public record Separator() implements Entry {
    }

    public record Submenu(String label, List<Item> items) implements Entry {
        public Submenu {
            items = List.copyOf(items);
        }
    }

    public static MenuModel build(MenuContext c, Messages m) {
        List<Entry> e = new ArrayList<>();
        e.add(new Item(MenuCommand.STATUS, m.get("tray.menu.status"), true, null));
        e.add(new Separator());
        e.add(new Item(MenuCommand.RENEW, m.get(c.renewing() ? "tray.menu.renewing" : "tray.menu.renew"),
                c.canRenew() && !c.renewing(), null));
        e.add(new Item(MenuCommand.CHECK, m.get("tray.menu.check"), true, null));
        if (c.vpnClientOffered()) {
            e.add(new Item(MenuCommand.OPEN_VPN_CLIENT, m.get("tray.menu.openVpnClient"), true, null));
        }
        if (c.reminderShown()) {
            e.add(new Item(MenuCommand.REMIND_TOMORROW, m.get("tray.menu.remindTomorrow"), true, null));
        }
        e.add(new Separator());
        e.add(new Item(MenuCommand.SETTINGS, m.get("tray.menu.settings"), true, null));
        // Each language is named in itself, so someone who cannot read the current one still finds theirs.
        e.add(new Submenu(m.get("tray.menu.language"), List.of(
                new Item(MenuCommand.LANGUAGE_ENGLISH, "English", true, c.language() == Language.ENGLISH),
                new Item(MenuCommand.LANGUAGE_CHINESE, "繁體中文", true, c.language() == Language.TRADITIONAL_CHINESE))));
        e.add(new Item(MenuCommand.OPEN_LOG_FOLDER, m.get("tray.menu.openLogFolder"), true, null));
        e.add(new Item(MenuCommand.ABOUT, m.get("tray.menu.about"), true, null));
        e.add(new Separator());
        e.add(new Item(MenuCommand.EXIT, m.get("tray.menu.exit"), true, null));
        return new MenuModel(e);
    }

    /** Every item, submenus flattened, in menu order. */
    public List<Item> items() {
        List<Item> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry instanceof Item i) {
                out.add(i);
            } else if (entry instanceof Submenu s) {
                out.addAll(s.items());
            }
        }
        return out;
    }
}
