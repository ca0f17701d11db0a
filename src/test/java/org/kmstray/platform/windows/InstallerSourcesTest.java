package org.kmstray.platform.windows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kmstray.settings.PolicyValue;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The installer's WiX sources, the Group Policy template and its strings are well-formed XML and name exactly
 * the policy values the app reads ({@link PolicyValue}), under the key the app reads.
 */
class InstallerSourcesTest {
    static final Path INSTALLER = Path.of(System.getProperty("kmstray.project.dir", ".")).resolve("installer");
    static final String WIX = "http://schemas.microsoft.com/wix/2006/wi";

    static Document parse(String relative) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(INSTALLER.resolve(relative).toFile());
    }

    static List<Element> elements(Node root, String localName) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS("*", localName)
                : ((Element) root).getElementsByTagNameNS("*", localName);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    static Set<String> policyValueNames() {
        return Arrays.stream(PolicyValue.values()).map(PolicyValue::valueName).collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows/main.wxs", "windows/MsiInstallerStrings_en.wxl", "windows/MsiInstallerStrings_zh_TW.wxl",
            "policy/kms-tray.admx", "policy/en-US/kms-tray.adml", "policy/zh-TW/kms-tray.adml"})
    void everyFileIsWellFormedXml(String file) throws Exception {
        assertTrue(parse(file).getDocumentElement() != null);
    }

    @Nested
    class TheMsi {
        private final Document wxs = parse("windows/main.wxs");

        TheMsi() throws Exception {
        }

        private String define(String name) throws Exception {
            Matcher m = Pattern.compile("<\\?define " + name + "=\"([^\"]*)\" \\?>").matcher(Files.readString(INSTALLER.resolve("windows/main.wxs")));
            assertTrue(m.find(), name);
            return m.group(1);
        }

        /** Policy values the MSI writes: value name to the property it writes. */
        private Map<String, String> policyValues() {
            Map<String, String> out = new LinkedHashMap<>();
            for (Element v : elements(wxs, "RegistryValue")) {
                if (v.getAttribute("Key").equals("$(var.KmsPolicyKey)")) {
                    out.put(v.getAttribute("Name"), v.getAttribute("Value"));
                }
            }
            return out;
        }

        @Test
        void writesThePolicyKeyTheAppReads() throws Exception {
            assertEquals(PolicyValue.REGISTRY_KEY, define("KmsPolicyKey"));
        }

        @Test
        void writesExactlyThePolicyValuesTheAppReadsEachFromItsProperty() {
            Map<String, String> written = policyValues();
            assertEquals(policyValueNames(), new TreeSet<>(written.keySet()));
            for (PolicyValue v : PolicyValue.values()) {
                assertEquals("[" + v.msiProperty() + "]", written.get(v.valueName()), v.name());
            }
        }

        @Test
        void writesAPolicyValueOnlyWhenItsPropertyIsGiven() {
            for (Element v : elements(wxs, "RegistryValue")) {
                if (v.getAttribute("Key").equals("$(var.KmsPolicyKey)")) {
                    Element component = (Element) v.getParentNode();
                    String condition = elements(component, "Condition").get(0).getTextContent().trim();
                    assertEquals(v.getAttribute("Value").replaceAll("[\\[\\]]", ""), condition);
                }
            }
        }

        @Test
        void declaresEveryPropertySecureSoItReachesTheElevatedInstall() {
            Set<String> secure = elements(wxs, "Property").stream().filter(p -> p.getAttribute("Secure").equals("yes"))
                    .map(p -> p.getAttribute("Id")).collect(Collectors.toSet());
            for (PolicyValue v : PolicyValue.values()) {
                assertTrue(secure.contains(v.msiProperty()), v.msiProperty());
            }
        }

        @Test
        void startsTheTrayForEveryUserWithTheAutostartSwitch() throws Exception {
            assertEquals("SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run", define("KmsRunKey"));
            Element run = elements(wxs, "RegistryValue").stream().filter(v -> v.getAttribute("Key").equals("$(var.KmsRunKey)"))
                    .findFirst().orElseThrow();
            assertEquals("HKLM", run.getAttribute("Root"));
            assertEquals("KMS Tray", run.getAttribute("Name"));
            assertEquals("\"[INSTALLDIR]KMS Tray.exe\" --autostart", run.getAttribute("Value"));
        }

        @Test
        void registersTheEventSourceTheAppWritesTo() throws Exception {
            assertTrue(define("KmsEventSourceKey").endsWith("\\EventLog\\Application\\" + WindowsEventLog.SOURCE));
        }

        @Test
        void closesTheRunningAppBeforeReplacingOrRemovingIt() {
            assertEquals("KMS Tray.exe", elements(wxs, "CloseApplication").get(0).getAttribute("Target"));
        }

        @Test
        void hasEveryStringItUsesInBothLanguages() throws Exception {
            String source = Files.readString(INSTALLER.resolve("windows/main.wxs"));
            Set<String> used = Pattern.compile("!\\(loc\\.(\\w+)\\)").matcher(source).results().map(m -> m.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> en = strings("windows/MsiInstallerStrings_en.wxl");
            Set<String> zh = strings("windows/MsiInstallerStrings_zh_TW.wxl");
            assertTrue(en.containsAll(used), "missing in English: " + diff(used, en));
            assertEquals(en, zh, "both languages define the same strings");
        }

        private Set<String> strings(String file) throws Exception {
            return elements(parse(file), "String").stream().map(s -> s.getAttribute("Id")).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Nested
    class TheGroupPolicyTemplate {
        private final Document admx = parse("policy/kms-tray.admx");

        TheGroupPolicyTemplate() throws Exception {
        }

        @Test
        void everyPolicyWritesUnderThePolicyKeyTheAppReads() {
            List<Element> policies = elements(admx, "policy");
            assertFalse(policies.isEmpty());
            for (Element p : policies) {
                assertEquals(PolicyValue.REGISTRY_KEY, p.getAttribute("key"), p.getAttribute("name"));
                assertEquals("Machine", p.getAttribute("class"), p.getAttribute("name"));
            }
        }

        @Test
        void namesExactlyThePolicyValuesTheAppReads() {
            List<String> names = new ArrayList<>();
            for (Element p : elements(admx, "policy")) {
                if (!p.getAttribute("valueName").isEmpty()) {
                    names.add(p.getAttribute("valueName"));
                }
                for (Element e : elements(p, "elements")) {
                    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                        if (n instanceof Element child) {
                            names.add(child.getAttribute("valueName"));
                        }
                    }
                }
            }
            assertEquals(names.size(), new TreeSet<>(names).size(), "each value once: " + names);
            assertEquals(policyValueNames(), new TreeSet<>(names));
        }

        @ParameterizedTest
        @ValueSource(strings = {"policy/en-US/kms-tray.adml", "policy/zh-TW/kms-tray.adml"})
        void eachLanguageHasEveryStringAndPresentationTheTemplateUses(String adml) throws Exception {
            String source = Files.readString(INSTALLER.resolve("policy/kms-tray.admx"));
            Set<String> strings = Pattern.compile("\\$\\(string\\.(\\w+)\\)").matcher(source).results().map(m -> m.group(1))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> presentations = Pattern.compile("\\$\\(presentation\\.(\\w+)\\)").matcher(source).results()
                    .map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
            Document d = parse(adml);
            Map<String, String> defined = new LinkedHashMap<>();
            elements(d, "string").forEach(s -> defined.put(s.getAttribute("id"), s.getTextContent()));
            Set<String> definedPresentations = elements(d, "presentation").stream().map(p -> p.getAttribute("id"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(strings, new TreeSet<>(defined.keySet()), adml);
            assertEquals(presentations, definedPresentations, adml);
            defined.forEach((id, text) -> assertFalse(text.isBlank(), id));
            for (Element p : elements(d, "presentation")) {
                for (Element control : elements(p, "*")) {
                    if (control.hasAttribute("refId")) {
                        assertEquals(p.getAttribute("id"), control.getAttribute("refId"), "a presentation shows its own policy's element");
                    }
                }
            }
        }

        @Test
        void theTaiwaneseStringsAreTranslatedNotCopied() throws Exception {
            Map<String, String> en = new LinkedHashMap<>();
            elements(parse("policy/en-US/kms-tray.adml"), "string").forEach(s -> en.put(s.getAttribute("id"), s.getTextContent()));
            long same = elements(parse("policy/zh-TW/kms-tray.adml"), "string").stream()
                    .filter(s -> s.getTextContent().equals(en.get(s.getAttribute("id")))).count();
            assertTrue(same <= 1, "only the product name may stay the same; identical: " + same);
        }
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
