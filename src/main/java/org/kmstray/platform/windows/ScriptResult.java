package org.kmstray.platform.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.kmstray.license.ActivationResult;
import org.kmstray.license.Hresult;
import org.kmstray.license.LicenseReading;
import org.kmstray.renewal.ActivationPlan;
import org.kmstray.renewal.ActivationResults;
import org.kmstray.renewal.ProductActivation;
import org.kmstray.renewal.RunFailure;
import org.kmstray.renewal.RunOutcome;
import org.kmstray.renewal.SkuId;

/**
 * Reads what {@code activate.ps1} reported: its exit code, and its result text (the format is described at
 * the top of the script). Anything that is not exactly that format is an unreadable result, never a
 * success.
 */
final class ScriptResult {
    static final String CIM_HEADER = "kmstray-result 1";
    static final String OSPP_HEADER = "kmstray-ospp 1";
    static final int ARGUMENT_REFUSED = 2;
    static final int RESULT_DIRECTORY_REFUSED = 3;
    static final int NO_ROUTE = 4;
    static final int HASH_MISMATCH = 6;

    private ScriptResult() {
    }

    /**
     * @param osppParser reads ospp.vbs output (the script-text parser), used for the fallback route only
     */
    static RunOutcome interpret(int exitCode, String text, ActivationPlan plan, Function<String, LicenseReading> osppParser) {
        switch (exitCode) {
            case 0:
                return parse(text == null ? "" : text, plan, osppParser);
            case ARGUMENT_REFUSED:
                return failed(RunFailure.Kind.EXIT_CODE, "the activation step refused its arguments (exit 2)");
            case RESULT_DIRECTORY_REFUSED:
                return failed(RunFailure.Kind.EXIT_CODE, "the activation step refused its result directory (exit 3)");
            case NO_ROUTE:
                return failed(RunFailure.Kind.UNAVAILABLE, "neither WMI (CIM) nor ospp.vbs can be used here (exit 4)");
            case HASH_MISMATCH:
                return failed(RunFailure.Kind.EXIT_CODE, "the activation script on disk was not KMS Tray's own (exit 6)");
            default:
                return failed(RunFailure.Kind.EXIT_CODE, "exit code " + exitCode);
        }
    }

    private static RunOutcome parse(String text, ActivationPlan plan, Function<String, LicenseReading> osppParser) {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        int firstBreak = normalized.indexOf('\n');
        String header = (firstBreak < 0 ? normalized : normalized.substring(0, firstBreak)).strip();
        String rest = firstBreak < 0 ? "" : normalized.substring(firstBreak + 1);
        if (header.equals(OSPP_HEADER)) {
            LicenseReading reading = osppParser.apply(rest);
            return new RunOutcome.Completed(ActivationResults.fromReading(reading, plan));
        }
        if (!header.equals(CIM_HEADER)) {
            return failed(RunFailure.Kind.UNREADABLE_RESULT, "no result header");
        }
        List<ProductActivation> results = new ArrayList<>();
        boolean ended = false;
        for (String raw : rest.split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (ended) {
                return failed(RunFailure.Kind.UNREADABLE_RESULT, "text after the end line");
            }
            if (line.equals("end")) {
                ended = true;
                continue;
            }
            Optional<ProductActivation> r = productLine(line, plan);
            if (r.isEmpty()) {
                return failed(RunFailure.Kind.UNREADABLE_RESULT, "unexpected result line");
            }
            results.add(r.get());
        }
        if (!ended) {
            return failed(RunFailure.Kind.UNREADABLE_RESULT, "result incomplete");
        }
        return new RunOutcome.Completed(results);
    }

    /** {@code product <sku> ok | fail <8 hex> | fail unknown | missing}, for a SKU of the plan. */
    private static Optional<ProductActivation> productLine(String line, ActivationPlan plan) {
        String[] w = line.split(" ");
        if (w.length < 3 || w.length > 4 || !w[0].equals("product")) {
            return Optional.empty();
        }
        Optional<SkuId> sku = SkuId.parse(w[1]).filter(plan.skuIds()::contains);
        if (sku.isEmpty()) {
            return Optional.empty();
        }
        if (w.length == 3 && w[2].equals("ok")) {
            return Optional.of(new ProductActivation(sku.get(), ActivationResult.success()));
        }
        if (w.length == 3 && w[2].equals("missing")) {
            return Optional.of(new ProductActivation(sku.get(), ActivationResult.failure(null)));
        }
        if (w.length == 4 && w[2].equals("fail")) {
            if (w[3].equals("unknown")) {
                return Optional.of(new ProductActivation(sku.get(), ActivationResult.failure(null)));
            }
            if (w[3].matches("[0-9A-F]{8}")) {
                Hresult code = Hresult.parse(w[3]).orElseThrow();
                // Only an error code is a failure; a success code here would be a script bug, read as unknown.
                return Optional.of(new ProductActivation(sku.get(), ActivationResult.failure(code.isSuccess() ? null : code)));
            }
        }
        return Optional.empty();
    }

    private static RunOutcome failed(RunFailure.Kind kind, String detail) {
        return new RunOutcome.Failed(new RunFailure(kind, detail));
    }
}
