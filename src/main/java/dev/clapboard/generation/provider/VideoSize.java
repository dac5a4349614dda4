package dev.clapboard.generation.provider;

/** Frame size in pixels. */
public record VideoSize(int width, int height) {

    public VideoSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Size must be positive: " + width + "x" + height);
        }
    }

    /** Parses {@code 1280x720}. */
    public static VideoSize parse(String label) {
        var parts = label.strip().toLowerCase(java.util.Locale.ROOT).split("[x×]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Not a size: " + label);
        }
        return new VideoSize(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
    }

    public String label() {
        return width + "x" + height;
    }

    /** 16:9, 9:16 or 1:1 (the aspect ratios cards ask for), else the reduced fraction. */
    public String aspectRatio() {
        var gcd = java.math.BigInteger.valueOf(width).gcd(java.math.BigInteger.valueOf(height)).intValue();
        return (width / gcd) + ":" + (height / gcd);
    }
}
