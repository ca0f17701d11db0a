package org.kmstray.ui.tray;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void shortTextIsKept() {
        assertEquals("Office 2019：剩 12 天", Texts.fit("Office 2019：剩 12 天", 127));
    }

    @Test
    void longTextIsCutToTheLimitWithAnEllipsis() {
        String cut = Texts.fit("x".repeat(200), 127);
        assertEquals(127, cut.length());
        assertEquals('…', cut.charAt(126));
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "a".repeat(125) + "\uD83D\uDE00" + "bbb";
        String cut = Texts.fit(text, 127);
        assertEquals("a".repeat(125) + "…", cut);
    }

    @Test
    void nothingBecomesEmpty() {
        assertEquals("", Texts.fit(null, 10));
    }
}
