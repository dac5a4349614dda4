package dev.clapboard.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.clapboard.base.Money;
import dev.clapboard.finance.CostLedger;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import dev.clapboard.workspace.QuotaService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.data.domain.PageRequest;

/**
 * What must hold after any fault: the cost ledger balances (what the campaign's ledger shows moved by exactly
 * the cost of the videos that were made), no quota is left reserved, the media store holds exactly the files
 * of the videos that were made, and no generation is left queued or running.
 */
final class FaultChecks {

    private final GenerationService generations;
    private final CostLedger ledger;
    private final QuotaService quota;
    private final Path mediaDir;
    private final long campaignId;
    private final Money spentBefore;
    private final int usedSecondsBefore;
    private final long filesBefore;

    FaultChecks(GenerationService generations, CostLedger ledger, QuotaService quota, Path mediaDir, long campaignId) {
        this.generations = generations;
        this.ledger = ledger;
        this.quota = quota;
        this.mediaDir = mediaDir;
        this.campaignId = campaignId;
        this.spentBefore = ledger.spentOn(campaignId);
        this.usedSecondsBefore = quota.remaining().workspace().usedSeconds();
        this.filesBefore = filesIn(mediaDir);
    }

    /** Checks the invariants after {@code ended} (every generation the test asked for) have ended. */
    void holdAfter(List<GenerationSummary> ended) {
        assertThat(ended).allSatisfy(g -> assertThat(g.status().isFinal()).as("generation %d ended", g.id()).isTrue());
        assertThat(generations.page(campaignId, EnumSet.of(GenerationStatus.QUEUED, GenerationStatus.RUNNING),
                PageRequest.of(0, 10)).getContent()).as("nothing left queued or running").isEmpty();

        var made = ended.stream().filter(g -> g.status() == GenerationStatus.SUCCEEDED).toList();
        var cost = made.stream().map(g -> g.estimate().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        var expected = new Money(spentBefore.amount().add(cost), Money.EUR);
        // the ledger books from events, after the generation's own transaction
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ledger.spentOn(campaignId))
                .as("ledger: spend before + cost of the videos made, no reservation left").isEqualTo(expected));

        var workspace = quota.remaining().workspace();
        assertThat(workspace.reservedSeconds()).as("no quota left reserved").isZero();
        assertThat(workspace.usedSeconds() - usedSecondsBefore)
                .isEqualTo(made.stream().mapToInt(GenerationSummary::durationSeconds).sum());

        assertThat(filesIn(mediaDir) - filesBefore).as("a video and a thumbnail per video made, nothing else")
                .isEqualTo(2L * made.size());
        assertThat(partFiles(mediaDir)).as("no half-written file left").isEmpty();
    }

    static long filesIn(Path dir) {
        try (Stream<Path> files = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> partFiles(Path dir) {
        try (Stream<Path> files = Files.exists(dir) ? Files.walk(dir) : Stream.empty()) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
