package org.kmstray.license.text;

import java.util.ArrayList;
import java.util.List;
import org.kmstray.license.LicenseReading;
import org.kmstray.license.LicenseSnapshot;
import org.kmstray.license.Product;
import org.kmstray.license.Unreadable;

/**
 * Explains saved output of ospp.vbs (/dstatus, /dstatusall, /act, /sethst, /setprt, /remhst) and slmgr.vbs
 * (/dli, /dlv, /xpr, /ato), also several commands pasted one after another from a console session.
 *
 * <p>The text is read line by line in linear time: lines are normalised and hard wraps joined
 * ({@link LineNormaliser}), cut into one block per product ({@link BlockSplitter}), each block read by the
 * reader for its script, and what several blocks say about one product joined ({@link ProductMerger}).
 * Only what the text states is used; where it is translated beyond its codes and GUIDs, nothing is guessed.
 */
public final class ScriptOutputParser {
    /** Message key (with the source as {0}) for text that shows no product and no activation result. */
    public static final String NOT_SCRIPT_OUTPUT = "diagnose.notScriptOutput";

    private ScriptOutputParser() {
    }

    /**
     * Never throws for any text.
     *
     * @param text   the saved output, already decoded (a byte order mark is ignored)
     * @param source a short label for messages: a file name, or "-" for standard input
     * @return the products found ({@code readAt} null: saved text does not tell when it was written), or an
     *         {@link Unreadable} with {@link #NOT_SCRIPT_OUTPUT} when the text shows no product and no
     *         activation result. A script's own statement that no product key is installed is a reading
     *         with no products.
     * @throws IllegalArgumentException if {@code text} or {@code source} is null
     */
    public static LicenseReading parse(String text, String source) {
        if (text == null || source == null) {
            throw new IllegalArgumentException("text and source are required");
        }
        List<ProductFacts> facts = new ArrayList<>();
        boolean noProductsStated = false;
        for (Block block : BlockSplitter.split(LineNormaliser.normalise(text))) {
            switch (block.kind()) {
                case OSPP_PRODUCT -> OsppBlockReader.read(block.lines()).ifPresent(facts::add);
                case SLMGR_LICENSE -> SlmgrLicenseReader.read(block.lines()).ifPresent(facts::add);
                case SLMGR_EXPIRY -> SlmgrExpiryReader.read(block.lines()).ifPresent(facts::add);
                case SLMGR_ACTIVATION -> SlmgrActivationReader.read(block.lines()).ifPresent(facts::add);
                case NO_PRODUCTS -> noProductsStated = true;
            }
        }
        List<Product> products = ProductMerger.merge(facts);
        if (products.isEmpty() && !noProductsStated) {
            return new Unreadable(source, NOT_SCRIPT_OUTPUT, new Object[] {source});
        }
        return new LicenseSnapshot(source, null, products);
    }
}
