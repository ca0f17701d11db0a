package org.kmstray.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {
    private static final Path I18N = Path.of(System.getProperty("kmstray.project.dir", "."), "i18n");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    /** Simplified-Chinese or mainland wording that has a Taiwan form. */
    private static final List<String> NOT_TAIWAN = List.of("支持", "信息", "网络", "激活", "默认", "软件", "文件夹", "服务器",
            "设置", "用户", "帮助", "视频", "屏幕", "运行", "程序", "数据", "连接", "登录", "个", "们", "这", "为", "于", "时", "间", "过");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(I18N.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void everyKeyExistsInBothLanguages() throws IOException {
        Set<String> en = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> zh = new TreeSet<>(load("messages_zh_TW.properties").stringPropertyNames());
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        assertEquals(Set.of(), onlyEn, "keys missing in messages_zh_TW.properties");
        assertEquals(Set.of(), onlyZh, "keys missing in messages.properties");
    }

    /** Bundles merge with git's union driver, which keeps both sides of an edited line: a key twice. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String name : List.of("messages.properties", "messages_zh_TW.properties")) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(I18N.resolve(name), StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith("!") || line.startsWith(" ") || line.startsWith("\t")) {
                    continue;
                }
                int eq = t.indexOf('=');
                String key = (eq < 0 ? t : t.substring(0, eq)).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertEquals(List.of(), twice, name);
        }
    }

    @Test
    void placeholdersAreTheSameInBothLanguages() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_TW.properties");
        List<String> mismatches = new ArrayList<>();
        for (String key : en.stringPropertyNames()) {
            if (zh.containsKey(key) && !placeholders(en.getProperty(key)).equals(placeholders(zh.getProperty(key)))) {
                mismatches.add(key);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void chineseTextUsesTaiwanWording() throws IOException {
        Properties zh = load("messages_zh_TW.properties");
        List<String> offenders = new ArrayList<>();
        for (String key : zh.stringPropertyNames()) {
            String v = zh.getProperty(key);
            for (String word : NOT_TAIWAN) {
                if (v.contains(word)) {
                    offenders.add(key + " uses " + word);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    /**
     * One name for one thing: users and help desks compare the tray's words with the CLI's and the guides',
     * so the campus server is always the "KMS host" / "KMS 主機" and renewing is always "更新啟用".
     */
    @Test
    void theKmsHostAndRenewingHaveOneNameInEachLanguage() throws IOException {
        List<String> offenders = new ArrayList<>();
        Properties en = load("messages.properties");
        for (String key : en.stringPropertyNames()) {
            if (en.getProperty(key).matches("(?is).*KMS server.*")) {
                offenders.add(key + " says KMS server");
            }
        }
        Properties zh = load("messages_zh_TW.properties");
        for (String key : zh.stringPropertyNames()) {
            String v = zh.getProperty(key);
            for (String word : List.of("KMS 伺服器", "KMS伺服器", "續期", "更新授權")) {
                if (v.contains(word)) {
                    offenders.add(key + " says " + word);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void bundlesAreReadAsUtf8AtRunTime() {
        Messages zh = Messages.of(Language.TRADITIONAL_CHINESE);
        assertEquals("主機名稱是空的。", zh.get("value.host.empty"));
        assertTrue(Messages.of(Language.ENGLISH).get("value.host.empty").startsWith("The host"));
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfThrowing() {
        assertEquals("!no.such.key!", Messages.of(Language.ENGLISH).get("no.such.key"));
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
