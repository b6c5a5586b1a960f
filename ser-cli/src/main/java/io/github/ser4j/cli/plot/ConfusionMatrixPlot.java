package io.github.ser4j.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix as a heat map: true class down, predicted class across, each cell
 * labelled with its count and its share of the row, and shaded by that share (white 0 to
 * dark blue 1), with a colour bar.
 *
 * <pre>{@code
 * ConfusionMatrixPlot.of(report.labels(), report.confusion().counts(), "fold 1").write(Path.of("confusion.png"));
 * }</pre>
 */
public final class ConfusionMatrixPlot {
    private static final Color LOW = new Color(247, 251, 255);
    private static final Color HIGH = new Color(8, 48, 107);

    private final List<String> labels;
    private final long[][] counts;
    private final String title;

    private ConfusionMatrixPlot(List<String> labels, long[][] counts, String title) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
        this.title = title;
    }

    /**
     * A plot of {@code counts[true][predicted]} for the given class labels.
     *
     * @throws IllegalArgumentException if counts is not square with one row per label, or has a negative count
     */
    public static ConfusionMatrixPlot of(List<String> labels, long[][] counts, String title) {
        int k = labels.size();
        if (k == 0) {
            throw new IllegalArgumentException("labels must name at least one class");
        }
        if (counts.length != k) {
            throw new IllegalArgumentException("counts has " + counts.length + " rows for " + k + " labels");
        }
        long[][] copy = new long[k][];
        for (int i = 0; i < k; i++) {
            if (counts[i].length != k) {
                throw new IllegalArgumentException("counts row " + i + " has " + counts[i].length + " columns for "
                        + k + " labels");
            }
            for (long c : counts[i]) {
                if (c < 0) {
                    throw new IllegalArgumentException("counts row " + i + " has a negative count " + c);
                }
            }
            copy[i] = counts[i].clone();
        }
        return new ConfusionMatrixPlot(labels, copy, title == null ? "" : title);
    }

    /** The row-normalised share of cell (i, j); 0 for an empty row. */
    static double share(long[][] counts, int i, int j) {
        long row = 0;
        for (long c : counts[i]) {
            row += c;
        }
        return row == 0 ? 0.0 : (double) counts[i][j] / row;
    }

    /** Linear interpolation between the light and dark ends of the colour ramp. */
    static Color shade(double t) {
        t = Math.max(0, Math.min(1, t));
        return new Color((int) Math.round(LOW.getRed() + t * (HIGH.getRed() - LOW.getRed())),
                (int) Math.round(LOW.getGreen() + t * (HIGH.getGreen() - LOW.getGreen())),
                (int) Math.round(LOW.getBlue() + t * (HIGH.getBlue() - LOW.getBlue())));
    }

    /** Draws the plot and writes it as PNG. */
    public void write(Path file) throws IOException {
        int k = labels.size();
        int cell = k <= 6 ? 96 : k <= 10 ? 72 : 48;
        int labelWidth;
        try (Figure probe = new Figure(1, 1)) {
            probe.font(Font.PLAIN, 15);
            labelWidth = 0;
            for (String l : labels) {
                labelWidth = Math.max(labelWidth, probe.width(l));
            }
        }
        boolean rotate = labelWidth > cell - 8;
        int left = 40 + labelWidth + 14;
        int top = 64;
        int grid = k * cell;
        int bottom = (rotate ? labelWidth + 16 : 30) + 40;
        int barGap = 28;
        int barWidth = 20;
        int right = barGap + barWidth + 60;
        int width = left + grid + right;
        int height = top + grid + bottom;
        try (Figure f = new Figure(width, height)) {
            var g = f.graphics();
            f.font(Font.BOLD, 18);
            g.setColor(Color.BLACK);
            f.centered(title.isEmpty() ? "Confusion matrix" : "Confusion matrix - " + title, width / 2.0, 28);
            f.font(Font.PLAIN, 12);
            g.setColor(Color.DARK_GRAY);
            f.centered("count and share of the true class (row-normalised)", width / 2.0, 48);
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    double s = share(counts, i, j);
                    int x = left + j * cell;
                    int y = top + i * cell;
                    g.setColor(shade(s));
                    g.fillRect(x, y, cell, cell);
                    g.setColor(s > 0.5 ? Color.WHITE : Color.BLACK);
                    f.font(Font.BOLD, cell >= 72 ? 20 : 14);
                    f.centered(Long.toString(counts[i][j]), x + cell / 2.0, y + cell / 2.0 - (cell >= 72 ? 9 : 6));
                    f.font(Font.PLAIN, cell >= 72 ? 13 : 10);
                    f.centered(String.format(Locale.ROOT, "%.0f%%", 100 * s), x + cell / 2.0,
                            y + cell / 2.0 + (cell >= 72 ? 13 : 9));
                }
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            for (int i = 0; i <= k; i++) {
                g.drawLine(left, top + i * cell, left + grid, top + i * cell);
                g.drawLine(left + i * cell, top, left + i * cell, top + grid);
            }
            g.setColor(Color.BLACK);
            f.font(Font.PLAIN, 15);
            for (int i = 0; i < k; i++) {
                f.rightAligned(labels.get(i), left - 8, top + i * cell + cell / 2.0);
                double cx = left + i * cell + cell / 2.0;
                if (rotate) {
                    f.vertical(labels.get(i), cx, top + grid + 8 + f.width(labels.get(i)) / 2.0);
                } else {
                    f.centered(labels.get(i), cx, top + grid + 16);
                }
            }
            f.font(Font.BOLD, 15);
            f.centered("predicted", left + grid / 2.0, height - 18);
            f.vertical("true", 18, top + grid / 2.0);
            int bx = left + grid + barGap;
            for (int y = 0; y < grid; y++) {
                g.setColor(shade(1.0 - (double) y / (grid - 1)));
                g.drawLine(bx, top + y, bx + barWidth, top + y);
            }
            g.setColor(Color.GRAY);
            g.drawRect(bx, top, barWidth, grid);
            g.setColor(Color.BLACK);
            f.font(Font.PLAIN, 12);
            for (int p = 0; p <= 100; p += 25) {
                double y = top + grid * (1 - p / 100.0);
                g.drawLine(bx + barWidth, (int) Math.round(y), bx + barWidth + 4, (int) Math.round(y));
                g.drawString(p + "%", bx + barWidth + 7, (float) (y + 4));
            }
            f.writePng(file);
        }
    }
}
