package org.kmstray.license.text;

import org.kmstray.license.LicenseReading;
import org.kmstray.license.Unreadable;

/** Explains saved ospp.vbs / slmgr.vbs output. */
public final class ScriptOutputParser {
    private ScriptOutputParser() {
    }

    public static LicenseReading parse(String text, String source) {
        return new Unreadable(source, "diagnose.notScriptOutput", new Object[] {source});
    }
}
