package org.kmstray.ui.theme;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The font family the windows use, chosen so that Traditional Chinese shows in a face made for it.
 *
 * <p>Java's fallback for a Latin UI font reaches CJK glyphs through the JDK's font configuration: on
 * Windows that is MingLiU, a print face that looks dated beside Segoe UI, and elsewhere whichever CJK
 * face fontconfig finds first, often the Japanese or Simplified Chinese cut. Microsoft JhengHei UI is
 * the face Windows itself uses for zh-TW, and its Latin letters follow Segoe UI, so English reads
 * naturally in it too.
 */
final class FontChoice {
    /** Text every candidate must display. */
    static final String SAMPLE = "繁體中文 KMS 主機";

    static final List<String> WINDOWS = List.of("Microsoft JhengHei UI", "Microsoft JhengHei");
    static final List<String> MAC = List.of("PingFang TC", "Heiti TC");
    static final List<String> OTHER = List.of("Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC", "Source Han Sans TW",
            "WenQuanYi Micro Hei", "AR PL UMing TW");

    private FontChoice() {
    }

    static List<String> candidatesFor(String osName) {
        String os = osName == null ? "" : osName.toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows")) {
            return WINDOWS;
        }
        if (os.startsWith("mac")) {
            return MAC;
        }
        return OTHER;
    }

    /**
     * The first candidate that is installed and displays Traditional Chinese; empty when none is, and
     * the look and feel's own font (with the JDK's fallback) has to do.
     */
    static Optional<String> pick(List<String> candidates, Predicate<String> installed, Predicate<String> displaysSample) {
        return candidates.stream().filter(installed).filter(displaysSample).findFirst();
    }
}
