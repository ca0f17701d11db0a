package org.kmstray.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kmstray.reminder.Licenses.proPlus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.kmstray.i18n.Language;
import org.kmstray.i18n.Messages;

class ReminderTest {
    private static final Messages EN = Messages.of(Language.ENGLISH);
    private static final Messages ZH = Messages.of(Language.TRADITIONAL_CHINESE);
    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Optional<Instant> DEC_8 = Optional.of(Instant.parse("2026-12-08T09:17:00Z"));

    @Nested
    class DaysLeft {
        private final Reminder twelve = new Reminder(14, proPlus(Licenses.days(12)), 12, DEC_8, false);

        @Test
        void titleNamesTheProductAndItsDays() {
            assertEquals("Office 2019 Professional Plus: 12 days left", twelve.title(EN, TAIPEI));
            assertEquals("Office 2019 專業增強版：剩 12 天", twelve.title(ZH, TAIPEI));
        }

        @Test
        void textGivesTheDateAndWhereRenewingWorks() {
            assertEquals("The campus activation runs out on Dec 8, 2026. You can renew it on campus or when connected to the campus VPN.",
                    twelve.text(EN, TAIPEI));
            assertEquals("校園授權的啟用將於 2026/12/08 到期。在校內或連上學校的 VPN 後即可更新啟用。", twelve.text(ZH, TAIPEI));
        }

        @Test
        void oneAndZeroDaysReadNaturally() {
            assertEquals("Office 2019 Professional Plus: 1 day left", new Reminder(1, proPlus(2000L), 1, DEC_8, false).title(EN, TAIPEI));
            assertEquals("Office 2019 Professional Plus: less than a day left", new Reminder(1, proPlus(20L), 0, DEC_8, false).title(EN, TAIPEI));
            assertEquals("Office 2019 專業增強版：剩不到 1 天", new Reminder(1, proPlus(20L), 0, DEC_8, false).title(ZH, TAIPEI));
        }

        @Test
        void withoutADateTheTextStillSaysWhatToDo() {
            Reminder r = new Reminder(14, proPlus(Licenses.days(12)), 12, Optional.empty(), false);
            assertEquals("The campus activation runs out soon. You can renew it on campus or when connected to the campus VPN.", r.text(EN, TAIPEI));
            assertEquals("校園授權的啟用即將到期。在校內或連上學校的 VPN 後即可更新啟用。", r.text(ZH, TAIPEI));
        }
    }

    @Test
    void anExpiredReminderSaysTheActivationHasRunOut() {
        Reminder r = new Reminder(Reminder.EXPIRED, proPlus(0L), 0, Optional.empty(), true);
        assertEquals("Office 2019 Professional Plus: the activation has run out", r.title(EN, TAIPEI));
        assertEquals("Office 2019 專業增強版：啟用已過期", r.title(ZH, TAIPEI));
        assertEquals("The campus activation has run out. You can renew it on campus; off campus, connect to the campus VPN first.", r.text(EN, TAIPEI));
        assertEquals("校園授權的啟用已經過期。在校內即可更新啟用；在校外請先連上學校的 VPN。", r.text(ZH, TAIPEI));
    }
}
