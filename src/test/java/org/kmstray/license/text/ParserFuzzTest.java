package org.kmstray.license.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;
import org.kmstray.settings.HostName;
import org.kmstray.settings.InvalidValueException;

/**
 * Property tests: whatever the text, the parser returns a well-formed reading (never throws) and reads a
 * megabyte of hostile input without catastrophic backtracking. Seeds are fixed, so a failure reproduces;
 * its message names the seed and the damage done.
 */
class ParserFuzzTest {
    private static final int ROUNDS_PER_SAMPLE = 300;
    private static final int RANDOM_DOCUMENTS = 2000;
    private static final int MEGABYTE = 1 << 20;
    /** Generous: the input is read in a few dozen milliseconds; only backtracking would take this long. */
    private static final Duration GUARD = Duration.ofSeconds(10);
    private static final Pattern GUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern KEY = Pattern.compile("[A-Z0-9]{5}");

    static List<String> samples() throws IOException {
        return TestTexts.sampleNames();
    }

    /** Never throws, and returns either products that obey the model's rules or the documented Unreadable. */
    private static void assertWellFormed(String text, String source, Supplier<String> context) {
        LicenseReading reading;
        try {
            reading = ScriptOutputParser.parse(text, source);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(context.get() + ": parse threw " + e, e);
        }
        assertNotNull(reading, context);
        assertEquals(source, reading.source(), context);
        if (reading instanceof Unreadable u) {
            assertEquals(ScriptOutputParser.NOT_SCRIPT_OUTPUT, u.messageKey(), context);
            assertArrayEquals(new Object[] {source}, u.args(), context);
            return;
        }
        LicenseSnapshot snapshot = (LicenseSnapshot) reading;
        assertNull(snapshot.readAt(), context);
        for (Product p : snapshot.products()) {
            assertProductObeysTheModel(p, context);
        }
    }

    private static void assertProductObeysTheModel(Product p, Supplier<String> context) {
        Supplier<String> where = () -> context.get() + ": " + p;
        assertTrue(p.name() != null || p.skuId() != null || p.partialKey() != null || p.description() != null
                || p.status() != null || p.activation() != null, where);
        assertTrue(p.skuId() == null || GUID.matcher(p.skuId()).matches(), where);
        assertTrue(p.partialKey() == null || KEY.matcher(p.partialKey()).matches(), where);
        assertTrue(p.remainingMinutes() == null || p.remainingMinutes() >= 0, where);
        assertTrue(p.kmsPort() == null || (p.kmsPort() >= 1 && p.kmsPort() <= 65535), where);
        assertTrue(p.discoveredKmsPort() == null || (p.discoveredKmsPort() >= 1 && p.discoveredKmsPort() <= 65535), where);
        assertTrue(p.activationIntervalMinutes() == null || p.activationIntervalMinutes() >= 0, where);
        assertTrue(p.renewalIntervalMinutes() == null || p.renewalIntervalMinutes() >= 0, where);
        assertValidHost(p.kmsHost(), where);
        assertValidHost(p.discoveredKmsHost(), where);
        assertTrue(p.kmsHost() != null || p.kmsPort() == null, where);
    }

    private static void assertValidHost(String host, Supplier<String> where) {
        if (host == null) {
            return;
        }
        try {
            HostName.parse(host);
        } catch (InvalidValueException e) {
            fail(where.get() + ": host " + host + " is not a host name");
        }
    }

    @Nested
    class MutatedSamples {
        @ParameterizedTest
        @MethodSource("org.kmstray.license.text.ParserFuzzTest#samples")
        void damagedCopiesOfEverySampleGiveWellFormedReadings(String name) throws IOException {
            String original = TestTexts.sample(name);
            for (int round = 0; round < ROUNDS_PER_SAMPLE; round++) {
                long seed = name.hashCode() * 1_000_003L + round;
                TextMutator.Mutation m = TextMutator.mutate(original, seed);
                assertWellFormed(m.text(), name, () -> name + " seed " + seed + " after " + m.steps());
            }
        }
    }

    @Nested
    class RandomDocuments {
        /** Lines the scripts print, mixed with values good and bad, in random order. */
        private static final String[] LINES = {
                "PRODUCT ID: ", "SKU ID: ", "LICENSE NAME: ", "LICENSE DESCRIPTION: ", "BETA EXPIRATION: ",
                "LICENSE STATUS:  ", "ERROR CODE: ", "ERROR DESCRIPTION: ", "REMAINING GRACE: ",
                "Last 5 characters of installed product key: ", "\tKMS machine name from DNS: ",
                "\tKMS machine registry override defined: ", "\tActivation Interval: ", "\tRenewal Interval: ",
                "Installed product key detected - attempting to activate the following product:",
                "<Product activation successful>", "<No installed product keys detected>", "Name: ", "Description: ",
                "Activation ID: ", "Application ID: ", "Product Key Channel: ", "Partial Product Key: ",
                "License Status: ", "Notification Reason: ", "Volume activation expiration: ", "Time remaining: ",
                "    Registered KMS machine name: ", "This license is not in use.", "Activating ", "Error: ",
                "Windows(R), Education edition:", "    ", "---------------------------------------",
                "C:\\Program Files\\Microsoft Office\\Office16>cscript ospp.vbs /act",
                "Microsoft (R) Windows Script Host Version 5.812", ""};
        private static final String[] VALUES = {
                "85dd8b5f-eaa4-4af3-a628-cce9e77c9a03", "{85DD8B5F-EAA4-4AF3-A628-CCE9E77C9A03}", "xxxxxxxx",
                "Office 19, Office19ProPlus2019VL_KMS_Client_AE edition", "Office 19, VOLUME_KMSCLIENT channel",
                "Windows(R), ServerStandard edition (de32eafd-aaee-4662-9444-c1befb41bde2) ...", "---LICENSED---",
                "---OOB_ GRACE---", "---", "0xC004F074", "0x", "0x4004F040 (for information purposes only)",
                "180 days  (259200 minute(s) before expiring)", "(99999999999999999999 minute(s))", "6MWKP", "*****",
                "kms.example.edu:1688", "[2001:db8::5]:1688", "2001:db8::5:1688", "[", "]:", ":::::", "host:0",
                "host:65536", "120 minutes", "-1 minutes", "Licensed", "Notification", "Volume:GVLK",
                "55c92734-d682-4d71-983e-d6ec3f16059f", "243720 minute(s) (169 day(s))", "Unlicensed",
                "Volume activation will expire 2025/01/01", "错误: 0xC004F074", "", " ", "\u0000", "\uD800"};

        @Test
        void randomMixturesOfScriptLinesGiveWellFormedReadings() {
            for (int doc = 0; doc < RANDOM_DOCUMENTS; doc++) {
                long seed = doc;
                Random random = new Random(seed);
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(60); i >= 0; i--) {
                    text.append(LINES[random.nextInt(LINES.length)]);
                    if (random.nextInt(3) > 0) {
                        text.append(VALUES[random.nextInt(VALUES.length)]);
                    }
                    text.append(random.nextInt(10) == 0 ? "\r\n" : "\n");
                }
                String document = text.toString();
                assertWellFormed(document, "random.txt", () -> "document seed " + seed + ":\n" + document);
            }
        }
    }

    @Nested
    class HostileMegabytes {
        static Stream<Arguments> inputs() {
            return Stream.of(
                    Arguments.of("ERROR CODE: 0x lines", fill("ERROR CODE: 0x\n")),
                    Arguments.of("ERROR CODE: 0x on one line", fill("ERROR CODE: 0x")),
                    Arguments.of("one line of spaces and colons", fill(" :")),
                    Arguments.of("one line of spaces then a colon", " ".repeat(MEGABYTE) + ":x"),
                    Arguments.of("a million dashes", "-".repeat(1_000_000)),
                    Arguments.of("a million dash lines", "-\n".repeat(500_000)),
                    Arguments.of("status line of dashes", "LICENSE STATUS: " + "-".repeat(MEGABYTE)),
                    Arguments.of("almost codes", fill("0x0x1234567")),
                    Arguments.of("nine-digit codes", fill("ERROR CODE: 0x123456789 ")),
                    Arguments.of("parentheses", fill("(")),
                    Arguments.of("underscores and spaces", "LICENSE NAME: " + fill("_ ")),
                    Arguments.of("brackets in a host", "Name: x\n    Registered KMS machine name: " + fill("[]:")),
                    Arguments.of("activation lines", fill("Activating Windows (85dd8b5f-eaa4-4af3-a628-cce9e77c9a03) ...\n")),
                    Arguments.of("a GUID-like line", fill("(85dd8b5f-eaa4-4af3-a628-cce9e77c9a03")),
                    Arguments.of("full console rows", fill("x".repeat(80) + "\n")),
                    Arguments.of("full rows of wide characters", fill("激".repeat(40) + "\n")),
                    Arguments.of("repeated labels", fill("SKU ID: 85dd8b5f-eaa4-4af3-a628-cce9e77c9a03\n")),
                    Arguments.of("repeated slmgr names", fill("Name: Windows(R), Education edition\n")),
                    Arguments.of("xpr headings", fill("Windows:\n")),
                    Arguments.of("digits", fill("9")),
                    Arguments.of("NULs and marks", fill("\u0000\uFEFF\u00A0")));
        }

        private static String fill(String unit) {
            return unit.repeat(Math.max(1, MEGABYTE / unit.length()));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("inputs")
        void aMegabyteOfHostileTextIsReadWithoutBacktracking(String what, String text) {
            assertTimeoutPreemptively(GUARD, () -> assertWellFormed(text, "hostile.txt", () -> what));
        }
    }
}
