package org.kmstray.license.text;

import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Damages text the ways pasting, saving and editing do, reproducibly from a seed. */
final class TextMutator {
    /** A damaged text and the steps that made it, for the failure message. */
    record Mutation(String text, List<String> steps) {
    }

    private static final String NOISE = ":-_ 0x()[]<>\t\r\n.";
    private static final int MAX_HUGE_LINE = 100_000;

    private TextMutator() {
    }

    static Mutation mutate(String original, long seed) {
        Random random = new Random(seed);
        String text = original;
        List<String> steps = new ArrayList<>();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int op = random.nextInt(11);
            steps.add(OPERATIONS[op]);
            text = apply(op, text, random);
        }
        return new Mutation(text, steps);
    }

    private static final String[] OPERATIONS = {"shuffle lines", "truncate", "delete characters", "insert characters",
            "flip bytes", "repeat a line", "insert a huge line", "join all lines", "swap case", "wrap at random width",
            "delete lines"};

    private static String apply(int op, String text, Random random) {
        return switch (op) {
            case 0 -> shuffleLines(text, random);
            case 1 -> text.substring(0, random.nextInt(text.length() + 1));
            case 2 -> deleteCharacters(text, random);
            case 3 -> insertCharacters(text, random);
            case 4 -> flipBytes(text, random);
            case 5 -> repeatLine(text, random);
            case 6 -> insertHugeLine(text, random);
            case 7 -> text.replace("\n", random.nextBoolean() ? "" : " ");
            case 8 -> swapCase(text);
            case 9 -> wrap(text, 1 + random.nextInt(120));
            default -> deleteLines(text, random);
        };
    }

    private static String shuffleLines(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        Collections.shuffle(lines, random);
        return String.join("\n", lines);
    }

    private static String deleteCharacters(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int i = random.nextInt(20); i >= 0 && b.length() > 0; i--) {
            b.deleteCharAt(random.nextInt(b.length()));
        }
        return b.toString();
    }

    /** Any UTF-16 unit, unpaired surrogates, NULs and control characters included. */
    private static String insertCharacters(String text, Random random) {
        StringBuilder b = new StringBuilder(text);
        for (int i = random.nextInt(20); i >= 0; i--) {
            char c = switch (random.nextInt(4)) {
                case 0 -> (char) random.nextInt(0x10000);
                case 1 -> (char) random.nextInt(0x20);
                case 2 -> NOISE.charAt(random.nextInt(NOISE.length()));
                default -> (char) (0x4E00 + random.nextInt(0x5000));
            };
            b.insert(random.nextInt(b.length() + 1), c);
        }
        return b.toString();
    }

    /** Random bytes in the UTF-8 form, decoded again as a reader would (bad sequences replaced). */
    private static String flipBytes(String text, Random random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = random.nextInt(30); i >= 0 && bytes.length > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String repeatLine(String text, Random random) {
        String[] lines = text.split("\n", -1);
        String line = lines[random.nextInt(lines.length)];
        return text + ("\n" + line).repeat(1 + random.nextInt(500));
    }

    private static String insertHugeLine(String text, Random random) {
        StringBuilder huge = new StringBuilder();
        int length = random.nextInt(MAX_HUGE_LINE);
        String alphabet = random.nextBoolean() ? NOISE.replace("\n", "").replace("\r", "") : "ab0xC004F074 :";
        for (int i = 0; i < length; i++) {
            huge.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + "\n" + huge + "\n" + text.substring(at);
    }

    private static String swapCase(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
        }
        return b.toString();
    }

    private static String wrap(String text, int width) {
        StringBuilder b = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            for (int i = 0; i < line.length(); i += width) {
                b.append(line, i, Math.min(line.length(), i + width)).append('\n');
            }
        }
        return b.toString();
    }

    private static String deleteLines(String text, Random random) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (random.nextInt(3) > 0) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
