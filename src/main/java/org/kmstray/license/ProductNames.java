package org.kmstray.license;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kmstray.i18n.Messages;

/**
 * Short names people recognise, made from the license names Windows reports.
 *
 * <p>Office licenses are named {@code Office 19, Office19ProPlus2019VL_KMS_Client_AE edition}: the "Office NN"
 * version (14 = 2010 … 24 = 2024), then the SKU token, whose edition word (ProPlus, VisioPro, ProjectPro …)
 * and, since 2019, year tell the product. Windows licenses are named {@code Windows(R), Enterprise edition};
 * from Windows 8 on the name carries no version number, so none is shown rather than a guessed 10 or 11.
 * Anything else keeps the name Windows reported.
 */
public final class ProductNames {
    /** "Office 19, " (optional) then the SKU token, then " edition" (optional). */
    private static final Pattern OFFICE = Pattern.compile(
            "^(?:Office\\s*(?<family>\\d{2})\\s*,\\s*)?(?<sku>Office[\\w-]+)(?:\\s+edition)?$");
    private static final Pattern OFFICE_SKU = Pattern.compile("^Office(?<ver>\\d{2})?(?<ed>ProPlus|Professional|Standard"
            + "|VisioPremium|VisioPrem|VisioPro|VisioStd|ProjectPro|ProjectStd|Word|Excel|PowerPoint|Outlook|Access"
            + "|Publisher|OneNote|SkypeforBusiness)(?<year>20\\d{2})?(?=VL|R_|-|_|$)");
    private static final Pattern WINDOWS = Pattern.compile(
            "^Windows\\(R\\)(?:\\s+(?<ver>\\d+(?:\\.\\d+)?|Vista))?\\s*,\\s*(?<ed>[A-Za-z]+)\\s+edition$");

    /** Office's internal version number to the year in the product's name. */
    private static final Map<String, String> OFFICE_YEARS = Map.of(
            "14", "2010", "15", "2013", "16", "2016", "19", "2019", "21", "2021", "24", "2024");

    private ProductNames() {
    }

    public static String friendly(Product product, Messages m) {
        String name = product.name() == null ? null : product.name().trim();
        if (name != null && !name.isEmpty()) {
            String f = friendly(name, m);
            if (f != null) {
                return f;
            }
            return name;
        }
        String description = product.description() == null ? "" : product.description().trim();
        return description.isEmpty() ? m.get("product.name.unknown") : description;
    }

    /** The friendly form of a license name, or null when the name is not one this class knows. */
    static String friendly(String name, Messages m) {
        Matcher office = OFFICE.matcher(name);
        if (office.matches()) {
            return office(office.group("family"), office.group("sku"), m);
        }
        Matcher windows = WINDOWS.matcher(name);
        if (windows.matches()) {
            String key = "product.name.windows." + windows.group("ed");
            if (!m.has(key)) {
                return null;
            }
            String ver = windows.group("ver");
            return m.get(key, ver == null ? "Windows" : "Windows " + ver);
        }
        return null;
    }

    private static String office(String family, String sku, Messages m) {
        Matcher s = OFFICE_SKU.matcher(sku);
        if (!s.find()) {
            return null;
        }
        String edition = s.group("ed").equals("VisioPremium") ? "VisioPrem" : s.group("ed");
        String year = s.group("year");
        if (year == null) {
            String ver = s.group("ver") != null ? s.group("ver") : family;
            year = ver == null ? null : OFFICE_YEARS.get(ver);
        }
        if (year == null) {
            return null;
        }
        // Office 2021 and 2024 volume editions are sold as "LTSC"; Project keeps its plain name.
        boolean ltsc = year.compareTo("2021") >= 0 && !edition.startsWith("Project");
        String version = ltsc ? "LTSC " + year : year;
        return m.get("product.name.office." + edition, version);
    }
}
