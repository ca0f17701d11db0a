package org.kmstray.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation file as Windows editors save it: Notepad writes UTF-8 with a byte order mark ("UTF-8
 * with BOM", the default before Windows 10 1903), UTF-16LE with a BOM ("Unicode") or the ANSI code page
 * ("ANSI": code page 950, Big5, on Traditional Chinese Windows). The bytes below are written out by hand.
 */
class PropertiesFileEncodingTest {
    private static final Charset CP950 = Charset.forName("x-windows-950");
    /** "校園設定" in code page 950. */
    private static final byte[] CAMPUS_SETTINGS_950 = HexFormat.of().parseHex("aed5b6e9b35da977");
    /** "許功蓋": three Big5 characters whose second byte is 0x5C, the properties escape character. */
    private static final byte[] BACKSLASH_TRAIL_950 = HexFormat.of().parseHex("b35ca55cbb5c");

    @TempDir
    Path dir;

    private Path file(byte[]... parts) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.write(p);
        }
        Path f = dir.resolve("kms-tray.properties");
        Files.write(f, b.toByteArray());
        return f;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Nested
    class Utf8 {
        @Test
        void aByteOrderMarkIsNotPartOfTheFirstKey() throws Exception {
            Path f = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii("kms.host=kms.example.edu.tw\n"));
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, CP950);
            assertEquals("kms.example.edu.tw", p.defaults().get("kms.host"));
            assertEquals(List.of(), p.warnings());
        }

        @Test
        void aNamedFileWithAByteOrderMarkIsASettingsFile() throws Exception {
            Path f = file(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ascii("kms.host=kms.example.edu.tw\n"));
            assertEquals("kms.example.edu.tw", PropertiesFilePolicy.loadNamed(f).defaults().get("kms.host"));
        }

        @Test
        void chineseInUtf8IsReadAsItIs() throws Exception {
            Path f = file(ascii("vpn.client=C:\\\\VPN\\\\"), "校園連線.exe\n".getBytes(StandardCharsets.UTF_8));
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, CP950);
            assertEquals("C:\\VPN\\校園連線.exe", p.defaults().get("vpn.client"));
            assertEquals(List.of(), p.warnings());
        }
    }

    @Nested
    class Utf16 {
        @Test
        void notepadsUnicodeIsRead() throws Exception {
            byte[] body = "# 校園設定\r\nkms.host=kms.example.edu.tw\r\n".getBytes(StandardCharsets.UTF_16LE);
            Path f = file(new byte[] {(byte) 0xFF, (byte) 0xFE}, body);
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, CP950);
            assertEquals("kms.example.edu.tw", p.defaults().get("kms.host"));
            assertEquals(List.of(), p.warnings());
        }
    }

    @Nested
    class AnsiCodePage {
        @Test
        void big5BytesAreDecodedWithTheSystemsCodePage() throws Exception {
            Path f = file(ascii("# "), CAMPUS_SETTINGS_950, ascii("\r\nkms.host=kms.example.edu.tw\r\nvpn.client=C:\\\\VPN\\\\"),
                    CAMPUS_SETTINGS_950, ascii(".exe\r\n"));
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, CP950);
            assertEquals("kms.example.edu.tw", p.defaults().get("kms.host"));
            assertEquals("C:\\VPN\\校園設定.exe", p.defaults().get("vpn.client"));
            assertEquals(List.of(), p.warnings());
        }

        @Test
        void aTrailingByte5CIsPartOfTheCharacterNotAnEscape() throws Exception {
            Path f = file(ascii("vpn.client=C:\\\\"), BACKSLASH_TRAIL_950, ascii("\\\\vpn.exe\r\nkms.port=1688\r\n"));
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, CP950);
            assertEquals("C:\\許功蓋\\vpn.exe", p.defaults().get("vpn.client"));
            assertEquals("1688", p.defaults().get("kms.port"));
        }

        @Test
        void bytesNoEncodingExplainsAreAWarningNotSilentlyMangledText() throws Exception {
            // Big5 bytes on a system whose code page is UTF-8 (Linux, or Windows with the beta UTF-8 option).
            Path f = file(ascii("vpn.client=C:\\\\"), CAMPUS_SETTINGS_950, ascii(".exe\nkms.host=kms.example.edu.tw\n"));
            PropertiesFilePolicy p = PropertiesFilePolicy.load(f, StandardCharsets.UTF_8);
            assertEquals("kms.example.edu.tw", p.defaults().get("kms.host"), "the readable lines still count");
            assertEquals(1, p.warnings().size(), p.warnings().toString());
            SettingsWarning w = p.warnings().get(0);
            assertEquals("settings.file.encoding", w.messageKey());
            assertEquals(f.toString(), w.args()[0]);
            assertTrue(!p.defaults().containsKey("vpn.client") , "a value with characters that could not be read is not used");
        }
    }
}
