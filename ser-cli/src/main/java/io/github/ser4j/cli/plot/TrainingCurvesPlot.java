package io.github.ser4j.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Training curves in two panels: loss per epoch (training solid, validation dashed) and
 * scores per epoch (validation UAR solid, training accuracy dashed), the kept epoch ringed on
 * the validation UAR, a colour per run (black
 * for a run whose name starts with "final"; the ten palette colours repeat after ten folds),
 * with axes, nice ticks, grid lines and a legend under the panels.
 */
public final class TrainingCurvesPlot {
    /** Tableau-like qualitative palette: distinguishable, also in greyscale order. */
    private static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(255, 127, 14), new Color(44, 160, 44), new Color(214, 39, 40),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127),
        new Color(188, 189, 34), new Color(23, 190, 207),
    };
    private static final Stroke SOLID = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke DASHED = new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
            new float[] {7f, 5f}, 0f);
    private static final int PANEL_W = 540;
    private static final int PANEL_H = 380;

    private final List<RunCurves> runs;
    private final String title;

    private TrainingCurvesPlot(List<RunCurves> runs, String title) {
        this.runs = List.copyOf(runs);
        this.title = title;
    }

    /**
     * A plot of the given runs.
     *
     * @throws IllegalArgumentException if there is no run
     */
    public static TrainingCurvesPlot of(List<RunCurves> runs, String title) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("runs must hold at least one run");
        }
        return new TrainingCurvesPlot(runs, title == null ? "" : title);
    }

    /** The colour of run {@code i}: black for the final model, the palette in turn for the others. */
    Color colour(int i) {
        return runs.get(i).name().startsWith("final") ? Color.BLACK : PALETTE[i % PALETTE.length];
    }

    /** Draws the plot and writes it as PNG. */
    public void write(Path file) throws IOException {
        int perRow = 5;
        int legendRows = (runs.size() + perRow - 1) / perRow;
        int top = 56;
        int width = 2 * PANEL_W + 40;
        int height = top + PANEL_H + 50 + 24 * (legendRows + 1) + 12;
        try (Figure f = new Figure(width, height)) {
            f.font(Font.BOLD, 18);
            f.centered(title.isEmpty() ? "Training curves" : "Training curves - " + title, width / 2.0, 28);
            panel(f, 20, top, "loss (cross-entropy)", "loss", RunCurves::trainLoss, RunCurves::valLoss, false);
            panel(f, 20 + PANEL_W, top, "UAR and accuracy", "score", RunCurves::valUar, RunCurves::trainAccuracy,
                    true);
            legend(f, top + PANEL_H + 46, perRow, width);
            f.writePng(file);
        }
    }

    private void panel(Figure f, int x0, int y0, String heading, String yLabel, Function<RunCurves, double[]> solid,
                       Function<RunCurves, double[]> dashed, boolean unitRange) {
        Graphics2D g = f.graphics();
        int left = x0 + 70;
        int right = x0 + PANEL_W - 20;
        int top = y0 + 26;
        int bottom = y0 + PANEL_H - 40;
        int epochs = 1;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (RunCurves r : runs) {
            epochs = Math.max(epochs, r.epochs());
            for (double[] a : List.of(solid.apply(r), dashed.apply(r))) {
                for (double v : a) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (unitRange) {
            min = 0;
            max = 1;
        } else if (min > max) {
            min = 0;
            max = 1;
        } else {
            min = Math.min(0, min);
        }
        AxisTicks yt = AxisTicks.of(min, max, 5);
        AxisTicks xt = AxisTicks.of(1, Math.max(2, epochs), Math.min(8, Math.max(1, epochs - 1)));
        double xStep = Math.max(1, Math.round(xt.step()));
        double xLo = 1;
        double xHi = Math.max(2, epochs);
        Function<Double, Double> px = e -> left + (e - xLo) / (xHi - xLo) * (right - left);
        Function<Double, Double> py = v -> bottom - (v - yt.lo()) / (yt.hi() - yt.lo()) * (bottom - top);

        f.font(Font.BOLD, 15);
        g.setColor(Color.BLACK);
        f.centered(heading, (left + right) / 2.0, y0 + 10);
        f.font(Font.PLAIN, 12);
        g.setStroke(new BasicStroke(1f));
        for (double v : yt.values()) {
            int y = (int) Math.round(py.apply(v));
            g.setColor(new Color(225, 225, 225));
            g.drawLine(left, y, right, y);
            g.setColor(Color.BLACK);
            g.drawLine(left - 5, y, left, y);
            f.rightAligned(yt.label(v), left - 8, y);
        }
        for (double e = xLo; e <= xHi + 1e-9; e += xStep) {
            int x = (int) Math.round(px.apply(e));
            g.setColor(new Color(235, 235, 235));
            g.drawLine(x, top, x, bottom);
            g.setColor(Color.BLACK);
            g.drawLine(x, bottom, x, bottom + 5);
            f.centered(Long.toString(Math.round(e)), x, bottom + 16);
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, right - left, bottom - top);
        f.font(Font.PLAIN, 13);
        f.centered("epoch", (left + right) / 2.0, bottom + 34);
        f.vertical(yLabel, x0 + 16, (top + bottom) / 2.0);

        java.awt.Shape clip = g.getClip();
        g.clipRect(left, top - 2, right - left + 1, bottom - top + 4);
        for (int i = 0; i < runs.size(); i++) {
            g.setColor(colour(i));
            line(g, dashed.apply(runs.get(i)), DASHED, px, py);
            line(g, solid.apply(runs.get(i)), SOLID, px, py);
            // The kept epoch: a ring on the validation UAR (the right panel), the metric that chose it.
            int best = runs.get(i).bestEpoch();
            double[] v = solid.apply(runs.get(i));
            if (unitRange && best >= 1 && best <= v.length && Double.isFinite(v[best - 1])) {
                int bx = (int) Math.round(px.apply((double) best));
                int by = (int) Math.round(py.apply(v[best - 1]));
                g.setStroke(new BasicStroke(2f));
                g.drawOval(bx - 7, by - 7, 14, 14);
            }
        }
        g.setClip(clip);
    }

    /** One polyline through the finite values; a single point is drawn as a dot. */
    private static void line(Graphics2D g, double[] values, Stroke stroke, Function<Double, Double> px,
                             Function<Double, Double> py) {
        g.setStroke(stroke);
        Path2D.Double path = new Path2D.Double();
        boolean open = false;
        int points = 0;
        for (int e = 0; e < values.length; e++) {
            if (!Double.isFinite(values[e])) {
                open = false;
                continue;
            }
            double x = px.apply(e + 1.0);
            double y = py.apply(values[e]);
            if (open) {
                path.lineTo(x, y);
            } else {
                path.moveTo(x, y);
                open = true;
            }
            points++;
            g.fillOval((int) Math.round(x) - 3, (int) Math.round(y) - 3, 6, 6);
        }
        if (points > 1) {
            g.draw(path);
        }
    }

    private void legend(Figure f, int y, int perRow, int width) {
        Graphics2D g = f.graphics();
        f.font(Font.PLAIN, 13);
        List<String> names = new ArrayList<>();
        runs.forEach(r -> names.add(r.name()));
        int col = 200;
        int x0 = (width - Math.min(perRow, names.size()) * col) / 2;
        for (int i = 0; i < names.size(); i++) {
            int x = x0 + (i % perRow) * col;
            int yy = y + (i / perRow) * 24;
            g.setColor(colour(i));
            g.fillRect(x, yy - 6, 26, 12);
            g.setColor(Color.BLACK);
            g.drawString(names.get(i), x + 34, yy + 5);
        }
        int yy = y + ((names.size() + perRow - 1) / perRow) * 24;
        int x = width / 2 - 400;
        g.setColor(Color.DARK_GRAY);
        g.setStroke(SOLID);
        g.drawLine(x, yy, x + 36, yy);
        g.drawString("training loss (left), validation UAR (right)", x + 44, yy + 5);
        x += 360;
        g.setStroke(DASHED);
        g.drawLine(x, yy, x + 36, yy);
        g.drawString("validation loss (left), training accuracy (right)", x + 44, yy + 5);
        g.setStroke(new BasicStroke(2f));
        g.drawOval(width / 2 - 400 + 730, yy - 7, 14, 14);
        g.drawString("kept epoch", width / 2 - 400 + 750, yy + 5);
    }
}
