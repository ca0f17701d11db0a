package org.kmstray.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

class MenuModelTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);

    private static MenuContext idle(Language language) {
        return new MenuContext(true, false, false, false, language);
    }

    private static MenuModel.Item item(MenuModel model, MenuCommand command) {
        return model.items().stream().filter(i -> i.command() == command).findFirst().orElseThrow();
    }

    @Nested
    class Usually {
        @Test
        void theItemsComeInTheDocumentedOrder() {
            MenuModel model = MenuModel.build(idle(Language.ENGLISH), EN);
            assertEquals(List.of(MenuCommand.STATUS, MenuCommand.RENEW, MenuCommand.CHECK, MenuCommand.SETTINGS,
                    MenuCommand.LANGUAGE_ENGLISH, MenuCommand.LANGUAGE_CHINESE, MenuCommand.OPEN_LOG_FOLDER, MenuCommand.ABOUT,
                    MenuCommand.EXIT), model.items().stream().map(MenuModel.Item::command).toList());
        }

        @Test
        void theWordsAreInTheChosenLanguage() {
            assertEquals("Renew now", item(MenuModel.build(idle(Language.ENGLISH), EN), MenuCommand.RENEW).label());
            assertEquals("立即更新啟用", item(MenuModel.build(idle(Language.TRADITIONAL_CHINESE), ZH), MenuCommand.RENEW).label());
            assertEquals("結束", item(MenuModel.build(idle(Language.TRADITIONAL_CHINESE), ZH), MenuCommand.EXIT).label());
        }

        @Test
        void eachLanguageIsNamedInItselfAndTheCurrentOneIsChecked() {
            MenuModel model = MenuModel.build(idle(Language.TRADITIONAL_CHINESE), ZH);
            MenuModel.Submenu languages = model.entries().stream().filter(MenuModel.Submenu.class::isInstance)
                    .map(MenuModel.Submenu.class::cast).findFirst().orElseThrow();
            assertEquals("語言", languages.label());
            assertEquals("English", languages.items().get(0).label());
            assertEquals(false, languages.items().get(0).checked());
            assertEquals("繁體中文", languages.items().get(1).label());
            assertEquals(true, languages.items().get(1).checked());
        }
    }

    @Nested
    class WhileRenewing {
        @Test
        void renewSaysSoAndCannotBeChosenTwice() {
            MenuModel model = MenuModel.build(new MenuContext(true, true, false, false, Language.ENGLISH), EN);
            MenuModel.Item renew = item(model, MenuCommand.RENEW);
            assertEquals("Renewing…", renew.label());
            assertFalse(renew.enabled());
        }
    }

    @Nested
    class WhereRenewalCannotRun {
        @Test
        void renewIsDisabledButCheckStaysAvailable() {
            MenuModel model = MenuModel.build(new MenuContext(false, false, false, false, Language.ENGLISH), EN);
            assertFalse(item(model, MenuCommand.RENEW).enabled());
            assertTrue(item(model, MenuCommand.CHECK).enabled());
        }
    }

    @Nested
    class AfterARenewalNeededTheVpn {
        @Test
        void openVpnClientAppearsRightAfterCheck() {
            MenuModel model = MenuModel.build(new MenuContext(true, false, true, false, Language.ENGLISH), EN);
            List<MenuCommand> commands = model.items().stream().map(MenuModel.Item::command).toList();
            assertEquals(commands.indexOf(MenuCommand.CHECK) + 1, commands.indexOf(MenuCommand.OPEN_VPN_CLIENT));
            assertEquals("Open VPN client", item(model, MenuCommand.OPEN_VPN_CLIENT).label());
        }
    }

    @Nested
    class WhileAReminderShows {
        @Test
        void remindMeTomorrowIsOffered() {
            MenuModel model = MenuModel.build(new MenuContext(true, false, false, true, Language.TRADITIONAL_CHINESE), ZH);
            assertEquals("明天再提醒我", item(model, MenuCommand.REMIND_TOMORROW).label());
        }

        @Test
        void butNotOtherwise() {
            MenuModel model = MenuModel.build(idle(Language.ENGLISH), EN);
            assertFalse(model.items().stream().anyMatch(i -> i.command() == MenuCommand.REMIND_TOMORROW));
        }
    }
}
