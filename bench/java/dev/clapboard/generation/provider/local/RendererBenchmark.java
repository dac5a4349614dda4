package dev.clapboard.generation.provider.local;

import java.nio.file.Files;

/**
 * How fast the local renderer is, as a ratio to real time: 8 s of 1280×720 at 24 fps, rendered several times
 * after a warm-up. The target is a ratio below 1.0 (faster than real time) on one core.
 *
 * <p>Run: {@code mvn -Pbench test-compile exec:java -Dexec.mainClass=dev.clapboard.generation.provider.local.RendererBenchmark}
 */
public final class RendererBenchmark {

    private RendererBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var width = args.length > 0 ? Integer.parseInt(args[0]) : 1280;
        var height = args.length > 1 ? Integer.parseInt(args[1]) : 720;
        var seconds = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        var runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        var renderer = new StoryboardRenderer();
        var dir = Files.createTempDirectory("clapboard-bench");
        var spec = new RenderSpec(width, height, seconds, 24, Look.CINEMATIC, "Benchmark shot",
                "A 45-year-old managing director in a modern office explains software features while the "
                        + "dashboard runs on a monitor in the background", 2026);
        renderer.render(spec, dir.resolve("warmup.mp4"), dir.resolve("warmup.jpg"), p -> { });
        var best = Long.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            var start = System.nanoTime();
            renderer.render(spec, dir.resolve("run.mp4"), dir.resolve("run.jpg"), p -> { });
            var millis = (System.nanoTime() - start) / 1_000_000;
            best = Math.min(best, millis);
            System.out.printf("run %d: %d ms for %d s of %dx%d (%.2f × real time)%n", run, millis, seconds, width,
                    height, millis / 1000.0 / seconds);
        }
        System.out.printf("best: %.2f × real time (target < 1.00); output size %d KiB%n", best / 1000.0 / seconds,
                Files.size(dir.resolve("run.mp4")) / 1024);
    }
}
