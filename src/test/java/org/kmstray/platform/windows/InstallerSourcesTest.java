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

        /** The components that write the policy key, by the property each one writes. */
        private Map<String, Element> policyComponents() {
            Map<String, Element> out = new LinkedHashMap<>();
            for (Element v : elements(wxs, "RegistryValue")) {
                if (v.getAttribute("Key").equals("$(var.KmsPolicyKey)")) {
                    out.put(v.getAttribute("Value").replaceAll("[\\[\\]]", ""), (Element) v.getParentNode());
                }
            }
            return out;
        }

        /** Policy values the ADMX writes as REG_DWORD (its {@code decimal} elements). */
        private Set<String> numbersGroupPolicyWrites() throws Exception {
            Set<String> out = elements(parse("policy/kms-tray.admx"), "decimal").stream().map(d -> d.getAttribute("valueName"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(out.contains("kms.port"), "the template's numbers: " + out);
            return out;
        }

        @Test
        void remembersWhatItWritesUnderItsOwnKeyNotUnderThePolicyKey() throws Exception {
            String own = define("KmsInstallPropertiesKey");
            assertTrue(own.startsWith("SOFTWARE\\KMS Tray\\"), own);
            assertFalse(own.toLowerCase(java.util.Locale.ROOT).contains("\\policies\\"), own);
        }

        @Test
        void remembersEachPolicyPropertyAsAStringInTheSameComponentThatWritesIt() {
            Map<String, Element> components = policyComponents();
            for (PolicyValue v : PolicyValue.values()) {
                Element component = components.get(v.msiProperty());
                List<Element> remembered = elements(component, "RegistryValue").stream()
                        .filter(r -> r.getAttribute("Key").equals("$(var.KmsInstallPropertiesKey)")).toList();
                assertEquals(1, remembered.size(), v.msiProperty());
                Element r = remembered.get(0);
                assertEquals("HKLM", r.getAttribute("Root"));
                assertEquals(v.msiProperty(), r.getAttribute("Name"));
                assertEquals("string", r.getAttribute("Type"), "a REG_SZ reads back as it was written");
                assertEquals("[" + v.msiProperty() + "]", r.getAttribute("Value"));
                assertEquals("yes", r.getAttribute("KeyPath"), "the component is the MSI's own value, not the shared policy one");
            }
        }

        @Test
        void neverReadsThePolicyKeyBack() {
            List<Element> searches = elements(wxs, "RegistrySearch");
            assertEquals(PolicyValue.values().length, searches.size());
            for (Element search : searches) {
                assertEquals("$(var.KmsInstallPropertiesKey)", search.getAttribute("Key"), search.getAttribute("Id"));
                assertEquals("HKLM", search.getAttribute("Root"));
                assertEquals("yes", search.getAttribute("Win64"), "the x64 MSI wrote it in the 64-bit view");
            }
        }

        @Test
        void noNumberGroupPolicyWritesIsRoundTrippedThroughARawSearch() throws Exception {
            Map<String, Element> searchByProperty = new LinkedHashMap<>();
            for (Element search : elements(wxs, "RegistrySearch")) {
                searchByProperty.put(((Element) search.getParentNode()).getAttribute("Id"), search);
            }
            for (String number : numbersGroupPolicyWrites()) {
                PolicyValue v = PolicyValue.byValueName(number).orElseThrow();
                Element restore = elements(wxs, "SetProperty").stream().filter(sp -> sp.getAttribute("Id").equals(v.msiProperty()))
                        .findFirst().orElseThrow(() -> new AssertionError("no restore for " + v.msiProperty()));
                String from = restore.getAttribute("Value").replaceAll("[\\[\\]]", "");
                Element search = searchByProperty.get(from);
                assertEquals("$(var.KmsInstallPropertiesKey)", search.getAttribute("Key"), number);
                assertEquals(v.msiProperty(), search.getAttribute("Name"), number);
            }
        }

        @Test
        void restoresARememberedPropertyOnlyWhenNotGivenAgainAndReadIntact() {
            List<Element> restores = elements(wxs, "SetProperty");
            assertEquals(PolicyValue.values().length, restores.size());
            for (PolicyValue v : PolicyValue.values()) {
                String p = v.msiProperty();
                Element restore = restores.stream().filter(sp -> sp.getAttribute("Id").equals(p)).findFirst().orElseThrow();
                assertEquals("[" + p + "_SAVED]", restore.getAttribute("Value"));
                assertEquals("AppSearch", restore.getAttribute("After"));
                // A REG_SZ starting with "#" comes back from a raw search as "##…" (RegLocator table); never write that.
                assertEquals(p + "_SAVED AND NOT " + p + " AND NOT (" + p + "_SAVED << \"#\")", restore.getTextContent().trim());
            }
        }

        @Test
        void uninstallingRemovesOnlyThePolicyValuesItWrote() {
            for (String element : List.of("RegistryKey", "RemoveRegistryKey", "RemoveRegistryValue", "RegistrySearch")) {
                for (Element e : elements(wxs, element)) {
                    assertFalse(e.getAttribute("Key").equals("$(var.KmsPolicyKey)"), element + " on the shared policy key");
                }
            }
            for (Element component : policyComponents().values()) {
                assertEquals(2, elements(component, "RegistryValue").size(), component.getAttribute("Id"));
                assertEquals(1, elements(component, "Condition").size(), component.getAttribute("Id"));
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
