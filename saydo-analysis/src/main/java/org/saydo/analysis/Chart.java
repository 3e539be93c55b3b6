package org.saydo.analysis;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A simple chart: grouped bars against a count axis (left), optional lines against the Goldstein axis −10..10
 * (right), optional marked positions (talk dates). Rendered as SVG text (self-contained, no script) or as PNG
 * with Java2D (headless). Immutable.
 *
 * @param title the title
 * @param labels one label per position on the x axis
 * @param bars bar series (values per position; null for none)
 * @param lines line series on the Goldstein axis (null values break the line)
 * @param marks positions to mark with a vertical line
 * @param markLabel what the marks are (legend), or null
 */
public record Chart(String title, List<String> labels, List<Series> bars, List<Series> lines, List<Integer> marks,
        String markLabel) {

    /** A named series of values, one per label, drawn in {@code color} ({@code #rrggbb}). */
    public record Series(String name, String color, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    public Chart {
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
        bars = List.copyOf(bars);
        lines = List.copyOf(lines);
        marks = List.copyOf(marks);
        for (Series s : bars) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException(s.name() + ": " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
        for (Series s : lines) {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException(s.name() + ": " + s.values().size() + " values for "
                        + labels.size() + " labels");
            }
        }
    }

    public static final int WIDTH = 900;
    public static final int HEIGHT = 380;

    /** Writes the chart to {@code file}: SVG when it ends with {@code .svg}, PNG when {@code .png}. */
    public void write(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            Files.writeString(file, svg(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                ImageIO.write(png(), "png", out);
            }
        } else {
            throw new IllegalArgumentException(file + ": a plot must end with .svg or .png");
        }
    }

    /** The chart as a standalone SVG document. */
    public String svg() {
        SvgCanvas c = new SvgCanvas();
        draw(c);
        return c.document();
    }

    /** The chart as an image, drawn with Java2D (works headless). */
    public BufferedImage png() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            draw(new Java2dCanvas(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** What the chart draws on. */
    interface Canvas {
        void rect(double x, double y, double w, double h, String fill);

        void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed);

        /** {@code anchor}: start, middle or end. */
        void text(double x, double y, String text, int size, String fill, String anchor);
    }

    private void draw(Canvas c) {
        double left = 60;
        double right = lines.isEmpty() ? 20 : 60;
        double top = 40;
        double bottom = 70;
        double w = WIDTH - left - right;
        double h = HEIGHT - top - bottom;
        c.rect(0, 0, WIDTH, HEIGHT, "#ffffff");
        c.text(left, 24, title, 15, "#222222", "start");
        int n = labels.size();
        if (n == 0) {
            c.text(WIDTH / 2.0, HEIGHT / 2.0, "no data", 14, "#888888", "middle");
            return;
        }
        double max = 1;
        for (Series s : bars) {
            for (Double v : s.values()) {
                if (v != null) {
                    max = Math.max(max, v);
                }
            }
        }
        max = niceCeiling(max);
        // grid and count axis
        for (int i = 0; i <= 4; i++) {
            double y = top + h - h * i / 4;
            c.line(left, y, left + w, y, "#e6e6e6", 1, false);
            c.text(left - 6, y + 4, format(max * i / 4), 11, "#555555", "end");
        }
        if (!bars.isEmpty()) {
            c.text(left - 40, top - 8, "count", 11, "#555555", "start");
        }
        double slot = w / n;
        // marks behind the data
        for (int m : marks) {
            if (m >= 0 && m < n) {
                double x = left + slot * (m + 0.5);
                c.line(x, top, x, top + h, "#d62728", 1.5, true);
            }
        }
        int groups = Math.max(1, bars.size());
        double barWidth = Math.max(1, slot * 0.8 / groups);
        for (int b = 0; b < bars.size(); b++) {
            Series s = bars.get(b);
            for (int i = 0; i < n; i++) {
                Double v = s.values().get(i);
                if (v != null && v > 0) {
                    double bh = h * v / max;
                    c.rect(left + slot * i + slot * 0.1 + barWidth * b, top + h - bh, barWidth, bh, s.color());
                }
            }
        }
        if (!lines.isEmpty()) {
            for (int i = -2; i <= 2; i++) {
                double y = top + h / 2 - h / 2 * i / 2;
                c.text(left + w + 6, y + 4, format(5.0 * i), 11, "#555555", "start");
            }
            c.text(left + w + 6, top - 8, "Goldstein", 11, "#555555", "start");
            c.line(left, top + h / 2, left + w, top + h / 2, "#bbbbbb", 1, true);
            for (Series s : lines) {
                Double prevX = null;
                Double prevY = null;
                for (int i = 0; i < n; i++) {
                    Double v = s.values().get(i);
                    if (v == null) {
                        prevX = null;
                        continue;
                    }
                    double x = left + slot * (i + 0.5);
                    double y = top + h / 2 - h / 2 * Math.max(-10, Math.min(10, v)) / 10;
                    if (prevX != null) {
                        c.line(prevX, prevY, x, y, s.color(), 2.5, false);
                    }
                    c.rect(x - 3, y - 3, 6, 6, s.color());
                    prevX = x;
                    prevY = y;
                }
            }
        }
        c.line(left, top + h, left + w, top + h, "#333333", 1, false);
        int step = Math.max(1, (int) Math.ceil(n / 12.0));
        for (int i = 0; i < n; i += step) {
            c.text(left + slot * (i + 0.5), top + h + 16, labels.get(i), 11, "#333333", "middle");
        }
        // legend
        double x = left;
        double y = HEIGHT - 18;
        List<Series> all = new ArrayList<>(bars);
        all.addAll(lines);
        for (Series s : all) {
            c.rect(x, y - 10, 12, 12, s.color());
            c.text(x + 16, y, s.name(), 12, "#333333", "start");
            x += 24 + 7.5 * s.name().length();
        }
        if (markLabel != null && !marks.isEmpty()) {
            c.line(x, y - 10, x, y + 2, "#d62728", 1.5, true);
            c.text(x + 6, y, markLabel, 12, "#333333", "start");
        }
    }

    private static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class SvgCanvas implements Canvas {
        private final StringBuilder sb = new StringBuilder();

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
                    + "fill=\"%s\"/>%n", x, y, w, h, fill));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"%.1f\"%s/>%n", x1, y1, x2, y2, stroke, width,
                    dashed ? " stroke-dasharray=\"4 3\"" : ""));
        }

        @Override
        public void text(double x, double y, String text, int size, String fill, String anchor) {
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-size=\"%d\" fill=\"%s\" "
                    + "text-anchor=\"%s\">%s</text>%n", x, y, size, fill, anchor, escape(text)));
        }

        String document() {
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + HEIGHT
                    + "\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" font-family=\"Helvetica, Arial, sans-serif\">\n"
                    + sb + "</svg>\n";
        }
    }

    private static final class Java2dCanvas implements Canvas {
        private final Graphics2D g;

        Java2dCanvas(Graphics2D g) {
            this.g = g;
        }

        @Override
        public void rect(double x, double y, double w, double h, String fill) {
            g.setColor(Color.decode(fill));
            g.fill(new Rectangle2D.Double(x, y, w, h));
        }

        @Override
        public void line(double x1, double y1, double x2, double y2, String stroke, double width, boolean dashed) {
            g.setColor(Color.decode(stroke));
            g.setStroke(dashed ? new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {4f, 3f}, 0f) : new BasicStroke((float) width));
            g.draw(new Line2D.Double(x1, y1, x2, y2));
        }

        @Override
        public void text(double x, double y, String text, int size, String fill, String anchor) {
            g.setColor(Color.decode(fill));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, size));
            double width = g.getFontMetrics().stringWidth(text);
            double dx = anchor.equals("middle") ? -width / 2 : anchor.equals("end") ? -width : 0;
            g.drawString(text, (float) (x + dx), (float) y);
        }
    }
}
