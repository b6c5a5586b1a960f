package io.github.ser4j.cli.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A white RGB image with an anti-aliased {@link Graphics2D} and a few text helpers, saved as
 * PNG. Switches AWT to headless mode first (unless the JVM was told otherwise), so plots are
 * drawn on servers without a display.
 */
final class Figure implements AutoCloseable {
    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    /** Font family present in every JDK (mapped to DejaVu Sans or similar). */
    static final String FONT = Font.SANS_SERIF;

    private final BufferedImage image;
    private final Graphics2D g;

    Figure(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
    }

    Graphics2D graphics() {
        return g;
    }

    BufferedImage image() {
        return image;
    }

    /** Sets a sans-serif font of the given style and size. */
    void font(int style, int size) {
        g.setFont(new Font(FONT, style, size));
    }

    /** Draws {@code text} with its centre at {@code (cx, cy)}. */
    void centered(String text, double cx, double cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (cx - fm.stringWidth(text) / 2.0),
                (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    /** Draws {@code text} right-aligned at {@code x}, vertically centred on {@code cy}. */
    void rightAligned(String text, double x, double cy) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text)), (float) (cy + (fm.getAscent() - fm.getDescent()) / 2.0));
    }

    /** Draws {@code text} turned 90 degrees anticlockwise, centred on {@code (cx, cy)}. */
    void vertical(String text, double cx, double cy) {
        AffineTransform saved = g.getTransform();
        g.translate(cx, cy);
        g.rotate(-Math.PI / 2);
        centered(text, 0, 0);
        g.setTransform(saved);
    }

    /** Width of {@code text} in the current font. */
    int width(String text) {
        return g.getFontMetrics().stringWidth(text);
    }

    /** Writes the image as PNG, creating parent folders. */
    void writePng(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer available for " + file);
        }
    }

    @Override
    public void close() {
        g.dispose();
    }
}
