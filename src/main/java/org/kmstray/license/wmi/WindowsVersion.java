package org.kmstray.license.wmi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code Win32_OperatingSystem.Version}, e.g. 6.1.7601 (Windows 7 SP1) or 10.0.19045. */
public record WindowsVersion(int major, int minor, int build) {
    /** Windows 8 (6.2.9200). */
    public static final int BUILD_WINDOWS_8 = 9200;
    /** Windows 8.1 (6.3.9600). */
    public static final int BUILD_WINDOWS_8_1 = 9600;

    private static final Pattern VERSION = Pattern.compile("\\s*(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,6})\\b.*");

    public static Optional<WindowsVersion> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new WindowsVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
    }

    public boolean atLeastBuild(int value) {
        return build >= value;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + build;
    }
}
