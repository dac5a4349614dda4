package dev.clapboard.generation.provider.local;

import java.util.List;
import java.util.Random;

/**
 * The animatic's sound, synthesised in code: a quiet two-note pad, and a percussive hit starting on the exact
 * sample of every impact, as loud as the impact is hard.
 */
final class Soundtrack {

    static final int SAMPLE_RATE = 44_100;
    static final int CHANNELS = 2;

    private Soundtrack() {
    }

    /** Interleaved stereo 16-bit samples for {@code seconds} of sound. */
    static short[] render(double seconds, List<BounceTrack.Impact> impacts, long seed) {
        var frames = (int) Math.round(seconds * SAMPLE_RATE);
        var mono = new double[frames];
        pad(mono, seed);
        var maxSpeed = impacts.stream().mapToDouble(BounceTrack.Impact::speed).max().orElse(1);
        for (var impact : impacts) {
            hit(mono, (int) Math.round(impact.time() * SAMPLE_RATE), impact.speed() / maxSpeed, seed);
        }
        var out = new short[frames * CHANNELS];
        for (int i = 0; i < frames; i++) {
            var sample = (short) Math.round(Math.max(-1, Math.min(1, mono[i])) * Short.MAX_VALUE * 0.9);
            out[i * 2] = sample;
            out[i * 2 + 1] = sample;
        }
        return out;
    }

    private static void pad(double[] mono, long seed) {
        var root = 110 * Math.pow(2, new Random(seed).nextInt(5) / 12.0);
        for (int i = 0; i < mono.length; i++) {
            var t = (double) i / SAMPLE_RATE;
            var swell = 0.5 + 0.5 * Math.sin(2 * Math.PI * 0.25 * t);
            mono[i] += 0.06 * swell * (Math.sin(2 * Math.PI * root * t) + Math.sin(2 * Math.PI * root * 1.5 * t));
        }
    }

    private static void hit(double[] mono, int start, double strength, long seed) {
        var noise = new Random(seed ^ start);
        var length = SAMPLE_RATE / 8;
        for (int i = 0; i < length && start + i < mono.length; i++) {
            var t = (double) i / SAMPLE_RATE;
            var envelope = Math.exp(-t * 38);
            var body = Math.sin(2 * Math.PI * 150 * t) + 0.5 * Math.sin(2 * Math.PI * 310 * t);
            var click = i < SAMPLE_RATE / 400 ? noise.nextGaussian() * 0.6 : 0;
            mono[start + i] += strength * 0.7 * envelope * (body * 0.6 + click);
        }
    }
}
