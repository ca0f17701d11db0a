package org.kmstray.license;

import java.util.Locale;
import java.util.Optional;

/** Which product family a license belongs to, from its ApplicationID. */
public enum Application {
    WINDOWS,
    OFFICE;

    public static final String WINDOWS_APP_ID = "55c92734-d682-4d71-983e-d6ec3f16059f";
    public static final String OFFICE_2010_APP_ID = "59a52881-a989-479d-af46-f275c6370663";
    public static final String OFFICE_APP_ID = "0ff1ce15-a989-479d-af46-f275c6370663";

    public static Optional<Application> fromApplicationId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String v = id.trim().toLowerCase(Locale.ROOT).replace("{", "").replace("}", "");
        return switch (v) {
            case WINDOWS_APP_ID -> Optional.of(WINDOWS);
            case OFFICE_APP_ID, OFFICE_2010_APP_ID -> Optional.of(OFFICE);
            default -> Optional.empty();
        };
    }

    /** When no ApplicationID is known (script text), the license name tells: "Office 19, …" or "Windows(R) …". */
    public static Optional<Application> fromName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim();
        if (n.startsWith("Office")) {
            return Optional.of(OFFICE);
        }
        if (n.startsWith("Windows")) {
            return Optional.of(WINDOWS);
        }
        return Optional.empty();
    }
}
