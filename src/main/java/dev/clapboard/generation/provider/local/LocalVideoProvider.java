package dev.clapboard.generation.provider.local;

import dev.clapboard.generation.provider.JobStatus;
import dev.clapboard.generation.provider.ModelSpec;
import dev.clapboard.generation.provider.OutputVariant;
import dev.clapboard.generation.provider.PriceTable;
import dev.clapboard.generation.provider.ProviderException;
import dev.clapboard.generation.provider.VideoProvider;
import dev.clapboard.generation.provider.VideoRequest;
import dev.clapboard.generation.provider.VideoSize;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The default provider: renders a storyboard animatic of the prompt on this machine, free and offline. One
 * render at a time (its concurrency limit); jobs live in memory, so a restart loses unfinished ones and the
 * job engine submits them again.
 */
@Component
class LocalVideoProvider implements VideoProvider {

    static final String ID = "local";
    static final String MODEL = "storyboard-1";
    private static final Logger log = LoggerFactory.getLogger(LocalVideoProvider.class);
    private static final ModelSpec STORYBOARD = new ModelSpec(MODEL, "Storyboard animatic",
            List.of(new VideoSize(1280, 720), new VideoSize(720, 1280), new VideoSize(1024, 1024),
                    new VideoSize(640, 360)),
            List.of(4, 8, 12), true, true, false);

    private final StoryboardRenderer renderer = new StoryboardRenderer();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "local-renderer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, LocalJob> jobs = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Local renderer (offline)";
    }

    @Override
    public List<ModelSpec> models() {
        return List.of(STORYBOARD);
    }

    @Override
    public PriceTable prices() {
        return PriceTable.free("EUR", List.of(MODEL));
    }

    @Override
    public java.time.Duration expectedWait(String model, VideoSize size, int seconds, int variants) {
        // renders one at a time, at roughly a third of real time for 720p
        var pixels = (double) size.width() * size.height() / (1280 * 720);
        return java.time.Duration.ofMillis((long) (2000 + variants * seconds * 400 * Math.max(0.3, pixels)));
    }

    @Override
    public String submit(VideoRequest request) {
        var model = model(request.model());
        model.refusal(request.size(), request.durationSeconds()).ifPresent(reason -> {
            throw new ProviderException(false, "unsupported_settings", reason, null);
        });
        var id = UUID.randomUUID().toString();
        var dir = workDir(id);
        var job = new LocalJob(dir);
        jobs.put(id, job);
        var spec = new RenderSpec(request.size().width(), request.size().height(), request.durationSeconds(), 24,
                Look.forStyle(request.style()), request.title(), request.prompt(), request.seed(),
                firstFrame(request.imageReference()));
        job.future = worker.submit(() -> render(job, spec));
        return id;
    }

    private static java.awt.image.@Nullable BufferedImage firstFrame(byte @Nullable [] image) {
        if (image == null) {
            return null;
        }
        try {
            var decoded = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
            if (decoded == null) {
                throw new ProviderException(false, "bad_image", "The reference image could not be read", null);
            }
            return decoded;
        } catch (IOException e) {
            throw new ProviderException(false, "bad_image", "The reference image could not be read", null);
        }
    }

    private void render(LocalJob job, RenderSpec spec) {
        job.percent = 1;
        JobStatus outcome;
        try {
            renderer.render(spec, job.dir.resolve("video.mp4"), job.dir.resolve("thumbnail.jpg"), p -> job.percent = p);
            outcome = JobStatus.succeeded();
        } catch (RuntimeException e) {
            log.warn("Local render failed", e);
            outcome = JobStatus.failed("render_failed", "The local renderer failed: " + e.getMessage());
        }
        synchronized (job) {
            if (job.status == null) { // a cancel that came first stays a cancel
                job.status = outcome;
            }
        }
    }

    @Override
    public JobStatus status(String jobId) {
        var job = job(jobId);
        var done = job.status;
        return done != null ? done : JobStatus.running(job.percent);
    }

    @Override
    public void download(String jobId, OutputVariant variant, Path target) {
        var job = job(jobId);
        if (job.status == null || job.status.state() != JobStatus.State.SUCCEEDED) {
            throw new ProviderException(false, "not_ready", "The video is not ready", null);
        }
        var source = job.dir.resolve(variant == OutputVariant.VIDEO ? "video.mp4" : "thumbnail.jpg");
        try {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ProviderException(true, "io", "Could not copy the output: " + e.getMessage(), null);
        }
    }

    /** One render at a time: the others wait as QUEUED, which is what they are. */
    @Override
    public int maxConcurrentJobs() {
        return 1;
    }

    @Override
    public boolean canCancel() {
        return true;
    }

    @Override
    public void cancel(String jobId) {
        var job = job(jobId);
        synchronized (job) {
            var future = job.future;
            if (job.status == null && future != null) {
                future.cancel(true);
                job.status = new JobStatus(JobStatus.State.CANCELLED, job.percent, null, null, null);
            }
        }
    }

    /** Forgets a finished job and deletes its files, once the outputs are safely in the media store. */
    void discard(String jobId) {
        var job = jobs.remove(jobId);
        if (job != null) {
            deleteQuietly(job.dir.resolve("video.mp4"));
            deleteQuietly(job.dir.resolve("thumbnail.jpg"));
            deleteQuietly(job.dir);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private LocalJob job(String jobId) {
        var job = jobs.get(jobId);
        if (job == null) {
            throw new ProviderException(false, "unknown_job",
                    "The local renderer has no job " + jobId + " (it may have restarted)", null);
        }
        return job;
    }

    private static Path workDir(String id) {
        try {
            return Files.createTempDirectory("clapboard-local-" + id.substring(0, 8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.debug("Could not delete {}", path, e);
        }
    }

    private static final class LocalJob {
        final Path dir;
        volatile int percent;
        volatile @Nullable JobStatus status;
        volatile @Nullable Future<?> future;

        LocalJob(Path dir) {
            this.dir = dir;
        }
    }
}
