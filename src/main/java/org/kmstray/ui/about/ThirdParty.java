package org.kmstray.ui.about;

import java.util.List;

/** The libraries shipped inside the app and the licence each is used under (from their published POMs). */
record ThirdParty(String name, String purposeKey, String license, String url) {
    static final List<ThirdParty> LIBRARIES = List.of(
            new ThirdParty("FlatLaf", "about.lib.flatlaf", "Apache License 2.0", "https://www.formdev.com/flatlaf/"),
            new ThirdParty("FlatLaf Extras", "about.lib.flatlafExtras", "Apache License 2.0", "https://github.com/JFormDesigner/FlatLaf"),
            new ThirdParty("JSVG", "about.lib.jsvg", "MIT License", "https://github.com/weisJ/jsvg"),
            // JNA is dual-licensed (LGPL-2.1-or-later or Apache-2.0); the app uses it under Apache-2.0.
            new ThirdParty("JNA", "about.lib.jna", "Apache License 2.0", "https://github.com/java-native-access/jna"),
            new ThirdParty("OSHI", "about.lib.oshi", "MIT License", "https://github.com/oshi/oshi"),
            new ThirdParty("SLF4J", "about.lib.slf4j", "MIT License", "https://www.slf4j.org/"));
}
