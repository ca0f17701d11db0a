package org.kmstray.license.text;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Shows how ScriptOutputParser's time grows with input size, from 100 KB to 1 MB, for pasted sessions and
 * for hostile inputs. The growth exponent is the slope of log(time) over log(size) across all sizes: near 1
 * for linear time, near 2 for quadratic. A benchmark, not a test: run {@code bench/parser-scaling.sh} (which
 * says how). Exits with status 1 when an exponent exceeds {@link #SUPERLINEAR_EXPONENT}.
 */
public final class ParserScalingBench {
    private static final int KB = 1024;
    private static final int RUNS = 11;
    private static final int SIZES = 10;
    /** Between linear (1) and quadratic (2), with room for the noise of a shared machine. */
    private static final double SUPERLINEAR_EXPONENT = 1.5;

    private ParserScalingBench() {
    }

    public static void main(String[] args) throws IOException {
        StringBuilder session = new StringBuilder();
        for (String name : TestTexts.sampleNames()) {
            session.append(TestTexts.sample(name)).append('\n');
        }
        Map<String, IntFunction<String>> inputs = new LinkedHashMap<>();
        inputs.put("pasted sessions (all shared samples, repeated)", size -> fill(session.toString(), size));
        inputs.put("\"ERROR CODE: 0x\" lines", size -> fill("ERROR CODE: 0x\n", size));
        inputs.put("one line of spaces and colons", size -> fill(" :", size));
        inputs.put("one line of dashes", size -> fill("-", size));
        inputs.put("80-column rows joined into one line", size -> fill("x".repeat(80) + "\n", size));
        inputs.put("one line of activation-looking text", size -> fill("Activating Windows (", size));

        boolean linear = true;
        for (Map.Entry<String, IntFunction<String>> input : inputs.entrySet()) {
            System.out.println(input.getKey());
            System.out.println("     size      ms   µs/KB");
            warmUp(input.getValue());
            double[] logSize = new double[SIZES];
            double[] logTime = new double[SIZES];
            for (int i = 0; i < SIZES; i++) {
                int kb = 100 * (i + 1);
                String text = input.getValue().apply(kb * KB);
                double ms = bestOf(text);
                logSize[i] = Math.log(kb);
                logTime[i] = Math.log(Math.max(ms, 0.001));
                System.out.printf(Locale.ROOT, "  %4d KB %7.1f %7.2f%n", kb, ms, ms * 1000 / kb);
            }
            double exponent = slope(logSize, logTime);
            boolean ok = exponent <= SUPERLINEAR_EXPONENT;
            linear &= ok;
            System.out.printf(Locale.ROOT, "  time grows as size^%.2f (%s)%n%n", exponent, ok ? "linear" : "SUPERLINEAR");
        }
        System.exit(linear ? 0 : 1);
    }

    private static void warmUp(IntFunction<String> input) {
        String text = input.apply(100 * KB);
        for (int i = 0; i < 20; i++) {
            ScriptOutputParser.parse(text, "bench");
        }
    }

    /** Least-squares slope of y over x. */
    private static double slope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }

    /** The fastest of several runs after a collection: the others measure the machine, not the parser. */
    private static double bestOf(String text) {
        System.gc();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            ScriptOutputParser.parse(text, "bench");
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    private static String fill(String unit, int size) {
        StringBuilder b = new StringBuilder(size + unit.length());
        while (b.length() < size) {
            b.append(unit);
        }
        b.setLength(size);
        return b.toString();
    }
}
