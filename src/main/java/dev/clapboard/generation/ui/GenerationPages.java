package dev.clapboard.generation.ui;

import dev.clapboard.generation.GenerationKey;
import dev.clapboard.generation.GenerationService;
import dev.clapboard.generation.GenerationStatus;
import dev.clapboard.generation.GenerationSummary;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The generations grid's pages, by key rather than by offset: it remembers the key of the last row of each page
 * it served (at most {@link #MAX_ANCHORS}, so a long scroll does not grow the session) and asks for the rows
 * after the nearest one. Scrolling on from a page therefore costs what the first page does, however deep it is.
 * A jump far from any remembered page (a scrollbar drag) falls back to an offset read on the index. Anchors go
 * stale when rows are added or filters change: {@link #forget()} them on every refresh.
 */
final class GenerationPages {

    static final int MAX_ANCHORS = 64;
    /** Rows a keyset read may step over from its anchor before an offset read is cheaper. */
    static final int MAX_SKIP = 500;

    /** How the last page was found (for tests and the benchmark). */
    enum Path { KEYSET, OFFSET }

    private final GenerationService generations;
    /** Row offset → key of the row just before it. */
    private final NavigableMap<Integer, GenerationKey> anchors = new TreeMap<>();
    Path lastPath = Path.OFFSET;

    GenerationPages(GenerationService generations) {
        this.generations = generations;
    }

    List<GenerationSummary> fetch(long campaignId, Set<GenerationStatus> statuses, int offset, int limit) {
        var anchor = anchors.floorEntry(offset);
        List<GenerationSummary> rows;
        if (offset > 0 && anchor != null && offset - anchor.getKey() <= MAX_SKIP) {
            lastPath = Path.KEYSET;
            rows = generations.slice(campaignId, statuses, anchor.getValue(), offset - anchor.getKey(), limit);
        } else {
            lastPath = Path.OFFSET;
            rows = generations.slice(campaignId, statuses, null, offset, limit);
        }
        if (!rows.isEmpty()) {
            remember(offset + rows.size(), GenerationKey.of(rows.getLast()), offset);
        }
        return rows;
    }

    void forget() {
        anchors.clear();
    }

    int anchorCount() {
        return anchors.size();
    }

    /** Keeps the new anchor; when full, drops the one farthest from where the user is now. */
    private void remember(int offset, GenerationKey key, int now) {
        anchors.put(offset, key);
        while (anchors.size() > MAX_ANCHORS) {
            var first = anchors.firstEntry();
            var last = anchors.lastEntry();
            Map.Entry<Integer, GenerationKey> farthest = Math.abs(first.getKey() - now) > Math.abs(last.getKey() - now)
                    ? first : last;
            anchors.remove(farthest.getKey());
        }
    }
}
