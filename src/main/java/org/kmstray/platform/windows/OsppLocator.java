package org.kmstray.platform.windows;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds ospp.vbs through the Office paths that HKLM records, never through the user's environment.
 *
 * <p>Candidates, in order (licensing reference §2.1):
 * <ol>
 * <li>Click-to-Run: {@code HKLM\SOFTWARE\Microsoft\Office\ClickToRun} value {@code InstallPath}
 * (e.g. {@code C:\Program Files\Microsoft Office}), then {@code Office16\OSPP.VBS} and
 * {@code root\Office16\OSPP.VBS} under it; captures run it from the first, tools also probe the second.</li>
 * <li>MSI: {@code HKLM\SOFTWARE\Microsoft\Office\<16.0|15.0|14.0>\Common\InstallRoot} value {@code Path}
 * (the {@code Office1x} folder itself), newest first: Office16's ospp.vbs does not list Office 2010.</li>
 * </ol>
 * Each key is read in the 64-bit view first, then in the 32-bit view. The first candidate that is an
 * existing file wins. The registry and the file check are injected, so the order is tested anywhere.
 */
public final class OsppLocator {
    static final String CLICK_TO_RUN_KEY = "SOFTWARE\\Microsoft\\Office\\ClickToRun";
    static final String CLICK_TO_RUN_VALUE = "InstallPath";
    static final String MSI_KEY = "SOFTWARE\\Microsoft\\Office\\%s\\Common\\InstallRoot";
    static final String MSI_VALUE = "Path";
    static final List<String> MSI_VERSIONS = List.of("16.0", "15.0", "14.0");
    static final String SCRIPT = "OSPP.VBS";
    /** A drive path (C:\…) or a UNC path (\\server\share\…); anything else is not a usable install path. */
    private static final Pattern ABSOLUTE = Pattern.compile("^(?:[A-Za-z]:\\\\|\\\\\\\\[^\\\\]+\\\\).*");

    private final RegistryReader registry;
    private final Predicate<Path> isFile;

    public OsppLocator(RegistryReader registry, Predicate<Path> isFile) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.isFile = Objects.requireNonNull(isFile, "isFile");
    }

    /** This PC's registry and file system; fails with a clear message off Windows. */
    public static OsppLocator forThisPc() {
        return new OsppLocator(new JnaRegistryReader(), Files::isRegularFile);
    }

    /** Where ospp.vbs is, or empty when no recorded Office folder holds it. */
    public Optional<Path> locate() {
        for (String candidate : candidates()) {
            Path path;
            try {
                path = Path.of(candidate);
            } catch (InvalidPathException e) {
                continue;
            }
            if (isFile.test(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }

    /** Every place ospp.vbs may be, best first, without duplicates. */
    public List<String> candidates() {
        Set<String> out = new LinkedHashSet<>();
        for (RegistryView view : RegistryView.values()) {
            installPath(CLICK_TO_RUN_KEY, CLICK_TO_RUN_VALUE, view).ifPresent(base -> {
                out.add(join(base, "Office16", SCRIPT));
                out.add(join(base, "root", "Office16", SCRIPT));
            });
        }
        for (String version : MSI_VERSIONS) {
            for (RegistryView view : RegistryView.values()) {
                installPath(String.format(MSI_KEY, version), MSI_VALUE, view).ifPresent(base -> out.add(join(base, SCRIPT)));
            }
        }
        return new ArrayList<>(out);
    }

    private Optional<String> installPath(String key, String value, RegistryView view) {
        return registry.localMachineString(key, value, view).map(String::trim)
                .filter(p -> !p.isEmpty() && p.indexOf('\0') < 0 && ABSOLUTE.matcher(p).matches());
    }

    /** Windows path joining done on strings, so the order is the same when tested on Linux. */
    static String join(String base, String... parts) {
        StringBuilder sb = new StringBuilder(base.replaceAll("[\\\\/]+$", ""));
        for (String part : parts) {
            sb.append('\\').append(part);
        }
        return sb.toString();
    }
}
