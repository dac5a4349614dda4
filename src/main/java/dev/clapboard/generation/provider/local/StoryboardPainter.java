package dev.clapboard.generation.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Draws one frame of the storyboard animatic: graded backdrop under a slow push-in, a ball obeying
 * {@link BounceTrack}, the shot's title and the prompt as captions.
 */
final class StoryboardPainter {

    private static final double DROP_HEIGHT = 2.0;

    private final RenderSpec spec;
    private final BounceTrack track = BounceTrack.standard(DROP_HEIGHT);
    private final Color ballColor;
    private final double ballX;
    private final List<String> captionLines;
    private final Font titleFont;
    private final Font captionFont;

    StoryboardPainter(RenderSpec spec) {
        this.spec = spec;
        var random = new Random(spec.seed());
        this.ballColor = Color.getHSBColor(random.nextFloat(), 0.75f, 0.95f);
        this.ballX = 0.3 + random.nextDouble() * 0.4;
        var unit = Math.min(spec.width(), spec.height());
        this.titleFont = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, unit / 16));
        this.captionFont = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, unit / 28));
        // roughly half an em per character in a sans-serif font
        this.captionLines = wrap(spec.caption(), (int) (spec.width() * 0.92 / (captionFont.getSize() * 0.55)));
    }

    BounceTrack track() {
        return track;
    }

    BufferedImage paint(double t, BufferedImage target) {
        var g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            var look = spec.look();
            var w = spec.width();
            var h = spec.height();
            var saved = g.getTransform();
            var zoom = 1 + 0.08 * t / spec.durationSeconds();
            g.transform(AffineTransform.getTranslateInstance(w / 2.0, h / 2.0));
            g.transform(AffineTransform.getScaleInstance(zoom, zoom));
            g.transform(AffineTransform.getTranslateInstance(-w / 2.0 - 0.02 * w * t / spec.durationSeconds(), -h / 2.0));
            var floorY = floorY();
            var backdrop = spec.backdrop();
            if (backdrop != null) {
                drawCovering(g, backdrop, w, h);
            } else {
                g.setPaint(new GradientPaint(0, 0, look.skyTop, 0, floorY, look.skyBottom));
                g.fillRect(-w, -h, 3 * w, floorY + h);
                g.setColor(look.floor);
                g.fillRect(-w, floorY, 3 * w, 2 * h);
            }
            drawBall(g, t, floorY, look);
            g.setTransform(saved);
            if (look.letterbox) {
                var bar = (int) Math.max(0, (h - w / 2.39) / 2);
                g.setColor(Color.BLACK);
                g.fillRect(0, 0, w, bar);
                g.fillRect(0, h - bar, w, bar);
            }
            drawCaptions(g);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Scales {@code image} to cover the whole frame, cropping what sticks out, as a first frame should. */
    private static void drawCovering(Graphics2D g, BufferedImage image, int w, int h) {
        var scale = Math.max((double) w / image.getWidth(), (double) h / image.getHeight());
        var dw = (int) Math.ceil(image.getWidth() * scale);
        var dh = (int) Math.ceil(image.getHeight() * scale);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, (w - dw) / 2, (h - dh) / 2, dw, dh, null);
    }

    /** The floor sits just above the caption box (and the letterbox), so the bounce is never hidden. */
    private int floorY() {
        var w = spec.width();
        var h = spec.height();
        var bar = spec.look().letterbox ? Math.max(0, (h - w / 2.39) / 2) : 0;
        var captionBox = captionLines.size() * captionFont.getSize() * 1.25 + Math.max(8, w / 40);
        return (int) (h - bar - captionBox - h * 0.04);
    }

    private void drawBall(Graphics2D g, double t, int floorY, Look look) {
        var h = spec.height();
        var radius = Math.min(spec.width(), h) * 0.06;
        var top = (spec.look().letterbox ? Math.max(0, (h - spec.width() / 2.39) / 2) : 0) + titleFont.getSize() * 1.6;
        var pixelsPerMetre = Math.max(1, floorY - radius * 2 - top) / DROP_HEIGHT;
        var height = track.heightAt(t);
        // squash a little when touching the floor, as a real ball would
        var squash = height < 0.02 ? 0.82 : 1.0;
        var cx = spec.width() * ballX;
        var cy = floorY - radius * squash - height * pixelsPerMetre;
        var ball = new Ellipse2D.Double(cx - radius / squash, cy - radius * squash, 2 * radius / squash, 2 * radius * squash);
        g.setColor(new Color(0, 0, 0, 60));
        var shadow = radius * (1.2 - Math.min(0.8, height / DROP_HEIGHT));
        g.fill(new Ellipse2D.Double(cx - shadow, floorY - shadow * 0.2, 2 * shadow, shadow * 0.4));
        g.setColor(ballColor);
        g.fill(ball);
        if (look.outlines) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke((float) Math.max(2, radius / 8)));
            g.draw(ball);
        }
    }

    private void drawCaptions(Graphics2D g) {
        var w = spec.width();
        var h = spec.height();
        var margin = Math.max(8, w / 40);
        g.setFont(titleFont);
        var titleMetrics = g.getFontMetrics();
        var top = spec.look().letterbox ? (int) Math.max(0, (h - w / 2.39) / 2) : 0;
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, top, w, titleMetrics.getHeight() + margin);
        g.setColor(Color.WHITE);
        g.drawString(spec.title(), margin, top + margin / 2 + titleMetrics.getAscent());

        g.setFont(captionFont);
        var metrics = g.getFontMetrics();
        var lines = captionLines.size();
        var boxHeight = lines * metrics.getHeight() + margin;
        var bottom = h - top;
        g.setColor(new Color(0, 0, 0, 150));
        g.fillRect(0, bottom - boxHeight, w, boxHeight);
        g.setColor(Color.WHITE);
        for (int i = 0; i < lines; i++) {
            g.drawString(captionLines.get(i), margin, bottom - boxHeight + margin / 2 + metrics.getAscent() + i * metrics.getHeight());
        }
    }

    /** Word-wraps {@code text} to lines of at most {@code width} characters, three lines at most. */
    static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : text.strip().split("\\s+")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > 3) {
            var kept = new ArrayList<>(lines.subList(0, 3));
            kept.set(2, kept.get(2) + " …");
            return kept;
        }
        return lines;
    }
}
