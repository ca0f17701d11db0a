package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LineNormaliserTest {
    private static List<String> texts(String text) {
        return LineNormaliser.normalise(text);
    }

    @Nested
    class LineEndings {
        @Test
        void windowsOldMacAndUnixEndingsAllSplitLines() {
            assertEquals(List.of("a", "b", "c", "d"), texts("a\r\nb\rc\nd"));
        }

        @Test
        void aByteOrderMarkAndNulsDisappear() {
            assertEquals(List.of("SKU ID: x"), texts("\uFEFFS\0K\0U\0 \0I\0D\0:\0 \0x\0"));
        }

        @Test
        void noBreakSpacesAreSpaces() {
            assertEquals(List.of("LICENSE STATUS:  ---LICENSED---"), texts("LICENSE STATUS:\u00A0\u00A0---LICENSED---"));
        }

        @Test
        void indentationAndTrailingSpaceAreRemoved() {
            assertEquals(List.of("Activation Interval: 120 minutes", "Renewal interval: 25 minutes", "Name: x"),
                    texts("\tActivation Interval: 120 minutes\n    Renewal interval: 25 minutes  \nName: x"));
        }
    }

    @Nested
    class HardWraps {
        @Test
        void theOffice2010DescriptionWrappedAt80ColumnsIsJoined() throws IOException {
            List<String> lines = texts(TestTexts.sample("ospp-act-office2010-error-C004F074-fragment-wrapped-01.txt"));
            assertTrue(lines.get(1).startsWith("ERROR DESCRIPTION: The Software Licensing Service reported that the computer could not be activated."),
                    lines.get(1));
        }

        @Test
        void theSlmgrErrorWrappedAt100ColumnsIsJoined() throws IOException {
            List<String> lines = texts(TestTexts.sample(
                    "slmgr-session-winserver2019-skms-ato-C004F074-dlv-notification-enus-01.txt"));
            assertTrue(lines.contains("No Key Management Service (KMS) could be contacted. Please see the Application "
                    + "Event Log for additional information."), lines.toString());
        }

        @Test
        void aFullRowFollowedByALineOfItsOwnIsNotJoined() {
            // From the same capture: "Installation ID: …" is exactly 80 characters long.
            String id = "Installation ID: 189844539606059265855451803261440643485915018321605276862695924";
            assertEquals(80, id.length());
            assertEquals(List.of(id, "Partial Product Key: J464C"), texts(id + "\nPartial Product Key: J464C\n"));
        }

        @Test
        void aWrappedActivationLineIsJoined() {
            String line = "Activating Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...";
            String wrapped = line.substring(0, 80) + "\n" + line.substring(80) + "\n";
            assertEquals(List.of(line), texts(wrapped));
        }

        @Test
        void aRowOneColumnShortIsJoinedWhenTheNextWideCharacterDidNotFit() {
            String row = "a".repeat(79);
            assertEquals(List.of(row + "激活"), texts(row + "\n激活\n"));
            assertEquals(List.of(row, "abc"), texts(row + "\nabc\n"));
        }

        @Test
        void wideCharactersCountTwoColumns() {
            String row = "激".repeat(40);
            assertEquals(80, ConsoleColumns.of(row));
            assertEquals(List.of(row + "活"), texts(row + "\n活\n"));
        }

        @Test
        void aWrapOnASpaceKeptByCopyingIsJoined() {
            String row = "x".repeat(79) + " ";
            assertEquals(List.of(row + "continued"), texts(row + "\ncontinued\n"));
        }

        @Test
        void rowsPaddedWithSpacesToTheConsoleWidthAreNotJoined() {
            String padded = "Successfully applied setting." + " ".repeat(51);
            assertEquals(80, padded.length());
            assertEquals(List.of("Successfully applied setting.", "next"), texts(padded + "\nnext\n"));
        }

        @Test
        void shortRowsAreNeverJoined() {
            assertEquals(List.of("abc", "def"), texts("abc\ndef"));
            assertFalse(texts("x".repeat(81) + "\ny").size() == 1);
        }
    }
}
