package org.kmstray.ui.icons;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws the small subset of SVG that the tray icons in {@code icons/tray/} are written in: {@code <g>},
 * {@code <path>} (absolute M, L, H, V, C, A, Z) and {@code <circle>}, with fill, stroke, stroke-width,
 * stroke-opacity, stroke-linecap and stroke-linejoin, in a square viewBox. The tray would otherwise load a
 * full SVG renderer and an XML parser (a few MB that stay resident all day) for a dozen tiny files; a test
 * renders every icon both ways and compares the pixels. Anything outside the subset is refused loudly.
 */
final class SvgShapes {
    private static final Pattern TAG = Pattern.compile("<(/?)(\\w+)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern TOKEN = Pattern.compile("[MLHVCAZmlhvcaz]|-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");

    private final double viewBox;
    private final List<Element> elements;

    private record Element(Shape shape, Map<String, String> style) {
    }

    private SvgShapes(double viewBox, List<Element> elements) {
        this.viewBox = viewBox;
        this.elements = elements;
    }

    static SvgShapes parse(String svg) {
        String text = svg.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<\\?.*?\\?>", "");
        Deque<Map<String, String>> inherited = new ArrayDeque<>();
        inherited.push(Map.of());
        List<Element> out = new ArrayList<>();
        double box = 0;
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            boolean closing = !m.group(1).isEmpty();
            String name = m.group(2);
            Map<String, String> attrs = attributes(m.group(3));
            boolean selfClosing = !m.group(4).isEmpty();
            switch (name) {
                case "svg" -> {
                    if (!closing) {
                        String[] vb = attrs.getOrDefault("viewBox", "").trim().split("[\\s,]+");
                        if (vb.length != 4 || !vb[2].equals(vb[3])) {
                            throw new IllegalArgumentException("a square viewBox is needed");
                        }
                        box = Double.parseDouble(vb[2]);
                    }
                }
                case "g" -> {
                    if (closing) {
                        inherited.pop();
                    } else if (!selfClosing) {
                        inherited.push(merge(inherited.peek(), attrs));
                    }
                }
                case "path" -> out.add(new Element(path(attrs.get("d")), merge(inherited.peek(), attrs)));
                case "circle" -> {
                    double r = number(attrs.get("r"));
                    out.add(new Element(new Ellipse2D.Double(number(attrs.get("cx")) - r, number(attrs.get("cy")) - r, 2 * r, 2 * r),
                            merge(inherited.peek(), attrs)));
                }
                default -> throw new IllegalArgumentException("<" + name + "> is outside the icons' SVG subset");
            }
        }
        if (box <= 0) {
            throw new IllegalArgumentException("no <svg> element");
        }
        for (Element e : out) {
            colour(e.style().getOrDefault("fill", "#000000"), e.style().get("fill-opacity"));
            colour(e.style().getOrDefault("stroke", "none"), e.style().get("stroke-opacity"));
        }
        return new SvgShapes(box, out);
    }

    /** Paints the shapes over whatever {@code image} holds, scaled to its width. */
    void paint(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.transform(AffineTransform.getScaleInstance(image.getWidth() / viewBox, image.getHeight() / viewBox));
            for (Element e : elements) {
                Color fill = colour(e.style().getOrDefault("fill", "#000000"), e.style().get("fill-opacity"));
                if (fill != null) {
                    g.setColor(fill);
                    g.fill(e.shape());
                }
                Color stroke = colour(e.style().getOrDefault("stroke", "none"), e.style().get("stroke-opacity"));
                if (stroke != null) {
                    g.setColor(stroke);
                    g.setStroke(new BasicStroke((float) number(e.style().getOrDefault("stroke-width", "1")),
                            cap(e.style().get("stroke-linecap")), join(e.style().get("stroke-linejoin")), 4f));
                    g.draw(e.shape());
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    private static Map<String, String> merge(Map<String, String> parent, Map<String, String> own) {
        Map<String, String> out = new HashMap<>(parent);
        out.putAll(own);
        return out;
    }

    private static Path2D path(String d) {
        if (d == null) {
            throw new IllegalArgumentException("a path without d");
        }
        if (!TOKEN.matcher(d).replaceAll("").matches("[\\s,]*")) {
            throw new IllegalArgumentException("path data \"" + d + "\" is outside the icons' SVG subset");
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(d);
        while (m.find()) {
            tokens.add(m.group());
        }
        Path2D.Double p = new Path2D.Double();
        int i = 0;
        char command = 0;
        double x = 0;
        double y = 0;
        while (i < tokens.size()) {
            String t = tokens.get(i);
            if (Character.isLetter(t.charAt(0))) {
                command = t.charAt(0);
                i++;
                if (command == 'Z') {
                    p.closePath();
                    continue;
                }
            }
            switch (command) {
                case 'M' -> {
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    p.moveTo(x, y);
                    command = 'L';
                }
                case 'L' -> {
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    p.lineTo(x, y);
                }
                case 'H' -> p.lineTo(x = num(tokens, i++), y);
                case 'V' -> p.lineTo(x, y = num(tokens, i++));
                case 'C' -> {
                    double x1 = num(tokens, i++);
                    double y1 = num(tokens, i++);
                    double x2 = num(tokens, i++);
                    double y2 = num(tokens, i++);
                    x = num(tokens, i++);
                    y = num(tokens, i++);
                    p.curveTo(x1, y1, x2, y2, x, y);
                }
                case 'A' -> {
                    double rx = num(tokens, i++);
                    double ry = num(tokens, i++);
                    double rotation = num(tokens, i++);
                    boolean large = num(tokens, i++) != 0;
                    boolean sweep = num(tokens, i++) != 0;
                    double x2 = num(tokens, i++);
                    double y2 = num(tokens, i++);
                    if (rotation != 0 || rx != ry) {
                        throw new IllegalArgumentException("only circular, unrotated arcs are in the subset");
                    }
                    p.append(arc(x, y, rx, large, sweep, x2, y2), true);
                    x = x2;
                    y = y2;
                }
                default -> throw new IllegalArgumentException("path command " + command + " is outside the icons' SVG subset");
            }
        }
        return p;
    }

    /** A circular SVG arc (endpoint form) as a Java2D arc: the centre from SVG 1.1 appendix F.6.5. */
    private static Shape arc(double x1, double y1, double r, boolean large, boolean sweep, double x2, double y2) {
        double dx = (x1 - x2) / 2;
        double dy = (y1 - y2) / 2;
        double d2 = dx * dx + dy * dy;
        r = Math.max(r, Math.sqrt(d2));
        double factor = Math.sqrt(Math.max(0, (r * r - d2) / d2)) * (large == sweep ? -1 : 1);
        double cx = factor * dy + (x1 + x2) / 2;
        double cy = -factor * dx + (y1 + y2) / 2;
        // Java2D angles count counter-clockwise with y up; SVG's y points down.
        double start = Math.toDegrees(Math.atan2(-(y1 - cy), x1 - cx));
        double end = Math.toDegrees(Math.atan2(-(y2 - cy), x2 - cx));
        double extent = end - start;
        // sweep=1 is clockwise on screen, which is a negative extent in Java2D's terms.
        if (sweep && extent > 0) {
            extent -= 360;
        } else if (!sweep && extent < 0) {
            extent += 360;
        }
        return new Arc2D.Double(cx - r, cy - r, 2 * r, 2 * r, start, extent, Arc2D.OPEN);
    }

    private static double num(List<String> tokens, int i) {
        return Double.parseDouble(tokens.get(i));
    }

    private static double number(String s) {
        if (s == null) {
            throw new IllegalArgumentException("a number is missing");
        }
        return Double.parseDouble(s.trim());
    }

    private static Color colour(String value, String opacity) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("none")) {
            return null;
        }
        if (!v.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("colour " + value + " is outside the icons' SVG subset (#rrggbb)");
        }
        int rgb = Integer.parseInt(v.substring(1), 16);
        int alpha = opacity == null ? 255 : (int) Math.round(Double.parseDouble(opacity) * 255);
        return new Color((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, alpha);
    }

    private static int cap(String s) {
        return s == null ? BasicStroke.CAP_BUTT : switch (s) {
            case "round" -> BasicStroke.CAP_ROUND;
            case "square" -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_BUTT;
        };
    }

    private static int join(String s) {
        return s == null ? BasicStroke.JOIN_MITER : switch (s) {
            case "round" -> BasicStroke.JOIN_ROUND;
            case "bevel" -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_MITER;
        };
    }
}
