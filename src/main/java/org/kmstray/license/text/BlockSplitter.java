package org.kmstray.license.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts a console session into blocks, one per product and command. A block ends at a separator, a prompt,
 * a banner or the start of the next product; since pasted text may have lost its separators, a line that
 * occurs once per product (e.g. "SKU ID:") seen a second time also begins a new block. Lines that belong to
 * no product (other commands' messages, banners in any language) fall away.
 */
final class BlockSplitter {
    private final List<Block> blocks = new ArrayList<>();
    private Block.Kind kind;
    private List<String> lines;
    private final Set<KnownLine> seen = EnumSet.noneOf(KnownLine.class);
    /** /xpr and /ato blocks hold exactly one more line: the result. */
    private boolean closeAfterNext;

    private BlockSplitter() {
    }

    static List<Block> split(List<String> lines) {
        BlockSplitter splitter = new BlockSplitter();
        for (String line : lines) {
            splitter.accept(line);
        }
        splitter.close();
        return splitter.blocks;
    }

    private void accept(String text) {
        if (text.isEmpty()) {
            return;
        }
        if (closeAfterNext) {
            boolean result = !startsSomething(text);
            if (result) {
                lines.add(text);
            }
            close();
            if (result) {
                return;
            }
        }
        if (LineShapes.isSeparator(text) || LineShapes.isPrompt(text)) {
            close();
            return;
        }
        KnownLine.Match match = KnownLine.match(text);
        if (match != null && match.line().tool() != KnownLine.Tool.NONE) {
            place(text, match.line());
            return;
        }
        if (match != null && match.line().role() == KnownLine.Role.NOTHING_INSTALLED) {
            close();
            blocks.add(new Block(Block.Kind.NO_PRODUCTS, List.of(text)));
            return;
        }
        if (ActivationLine.parse(text) != null) {
            openUntilNextLine(Block.Kind.SLMGR_ACTIVATION, text);
            return;
        }
        if (SlmgrExpiryReader.isHeading(text)) {
            openUntilNextLine(Block.Kind.SLMGR_EXPIRY, text);
            return;
        }
        if (LineShapes.isBanner(text)) {
            close();
            return;
        }
        if (lines != null) {
            lines.add(text);
        }
    }

    private void place(String line, KnownLine known) {
        Block.Kind wanted = switch (known.tool()) {
            case OSPP -> Block.Kind.OSPP_PRODUCT;
            case SLMGR -> Block.Kind.SLMGR_LICENSE;
            default -> null;
        };
        if (wanted == null) {
            // KMS lines belong to the product above them, whichever script printed it.
            if (kind == Block.Kind.OSPP_PRODUCT || kind == Block.Kind.SLMGR_LICENSE) {
                lines.add(line);
            }
            return;
        }
        boolean fresh = known.role() == KnownLine.Role.STARTS
                || kind != wanted
                || (known.role() == KnownLine.Role.IDENTITY && seen.contains(known));
        if (fresh) {
            close();
            open(wanted);
        }
        seen.add(known);
        lines.add(line);
    }

    /** Whether {@code text} begins something else rather than being the one result line of /xpr or /ato. */
    private boolean startsSomething(String text) {
        KnownLine.Match match = KnownLine.match(text);
        return LineShapes.isSeparator(text) || LineShapes.isPrompt(text) || LineShapes.isBanner(text)
                || (match != null && match.line().tool() != KnownLine.Tool.NONE)
                || (match != null && match.line().role() == KnownLine.Role.NOTHING_INSTALLED)
                || ActivationLine.parse(text) != null || SlmgrExpiryReader.isHeading(text);
    }

    private void openUntilNextLine(Block.Kind k, String line) {
        close();
        open(k);
        lines.add(line);
        closeAfterNext = true;
    }

    private void open(Block.Kind k) {
        kind = k;
        lines = new ArrayList<>();
        seen.clear();
    }

    private void close() {
        if (lines != null && !lines.isEmpty()) {
            blocks.add(new Block(kind, lines));
        }
        kind = null;
        lines = null;
        seen.clear();
        closeAfterNext = false;
    }
}
