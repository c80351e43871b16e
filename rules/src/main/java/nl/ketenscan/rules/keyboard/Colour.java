package nl.ketenscan.rules.keyboard;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An opaque sRGB colour as the browser computes it, and its contrast with another (WCAG 2.1's formula). */
record Colour(double red, double green, double blue) {

    private static final Pattern RGB = Pattern.compile(
            "rgba?\\(\\s*([\\d.]+)[,\\s]+([\\d.]+)[,\\s]+([\\d.]+)(?:\\s*[,/]\\s*([\\d.]+))?\\s*\\)");

    /** The colour in {@code rgb(…)} or an opaque {@code rgba(…)}; empty for anything translucent or unreadable. */
    static Optional<Colour> opaque(String computed) {
        if (computed == null) {
            return Optional.empty();
        }
        Matcher m = RGB.matcher(computed.trim());
        if (!m.matches() || m.group(4) != null && Double.parseDouble(m.group(4)) < 1) {
            return Optional.empty();
        }
        return Optional.of(new Colour(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                Double.parseDouble(m.group(3))));
    }

    double contrastWith(Colour other) {
        double lighter = Math.max(luminance(), other.luminance());
        double darker = Math.min(luminance(), other.luminance());
        return (lighter + 0.05) / (darker + 0.05);
    }

    private double luminance() {
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue);
    }

    private static double channel(double value) {
        double c = value / 255;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
