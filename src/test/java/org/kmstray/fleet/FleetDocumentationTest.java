package org.kmstray.fleet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The admin guide's event ID table is the code's, and the user guides show every screenshot in their language. */
class FleetDocumentationTest {
    static final Path DOCS = Path.of(System.getProperty("kmstray.project.dir", ".")).resolve("docs");

    @Test
    void theAdminGuideListsEveryEventIdWithItsLevel() throws Exception {
        Matcher m = Pattern.compile("(?m)^\\| (\\d{4}) \\| (Information|Warning|Error) \\|").matcher(Files.readString(DOCS.resolve("admin-guide.md")));
        Map<Integer, String> documented = new LinkedHashMap<>();
        while (m.find()) {
            documented.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        Map<Integer, String> code = new LinkedHashMap<>();
        Arrays.stream(FleetSignal.values()).forEach(s -> code.put(s.eventId(),
                s.level().name().charAt(0) + s.level().name().substring(1).toLowerCase(Locale.ROOT)));
        assertEquals(code, documented);
    }

    @ParameterizedTest
    @ValueSource(strings = {"user-guide.md", "user-guide.zh-TW.md"})
    void eachUserGuideShowsEveryScreenshotInItsLanguage(String guide) throws Exception {
        String text = Files.readString(DOCS.resolve(guide));
        String suffix = guide.contains("zh-TW") ? "-zh-TW" : "";
        for (String name : List.of("tray-icon", "tooltip", "menu", "status-window", "settings", "reminder", "vpn-needed")) {
            assertTrue(text.contains("(screenshots/" + name + suffix + ".png)"), guide + " lacks " + name);
        }
        assertEquals(7, Pattern.compile("\\]\\(screenshots/").matcher(text).results().count(), guide);
    }
}
