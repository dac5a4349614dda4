package dev.clapboard.workspace;

import dev.clapboard.workspace.domain.GenerationUsage;
import dev.clapboard.workspace.domain.GenerationUsageRepository;
import dev.clapboard.workspace.domain.Membership;
import dev.clapboard.workspace.domain.Workspace;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads and creates the monthly usage rows of the current workspace (tenant-filtered). Callers that change
 * usage hold the workspace row lock, so a row is never created twice.
 */
@Component
class QuotaBook {

    private final GenerationUsageRepository usage;
    private final Clock clock;

    QuotaBook(GenerationUsageRepository usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    /** The first day of the current calendar month in the workspace's time zone. */
    LocalDate currentPeriod(Workspace workspace) {
        return LocalDate.now(clock.withZone(ZoneId.of(workspace.getTimeZone()))).withDayOfMonth(1);
    }

    GenerationUsage memberRow(LocalDate period, long accountId) {
        return usage.findByPeriodStartAndAccountId(period, accountId)
                .orElseGet(() -> usage.save(new GenerationUsage(accountId, period)));
    }

    GenerationUsage workspaceRow(LocalDate period) {
        return usage.findByPeriodStartAndAccountIdIsNull(period)
                .orElseGet(() -> usage.save(new GenerationUsage(null, period)));
    }

    QuotaUsage workspaceUsage(Workspace workspace) {
        var row = usage.findByPeriodStartAndAccountIdIsNull(currentPeriod(workspace)).orElse(null);
        return usageOf(row, workspace.getMonthlySeconds(), workspace.getMonthlyEuros());
    }

    QuotaUsage memberUsage(Workspace workspace, Membership membership) {
        var row = usage.findByPeriodStartAndAccountId(currentPeriod(workspace), membership.getAccountId()).orElse(null);
        return usageOf(row, secondsLimit(workspace, membership.getMonthlySeconds()),
                eurosLimit(workspace, membership.getMonthlyEuros()));
    }

    Map<Long, GenerationUsage> memberRows(Workspace workspace, Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return usage.findByPeriodStartAndAccountIdIn(currentPeriod(workspace), accountIds).stream()
                .collect(Collectors.toMap(GenerationUsage::getAccountId, Function.identity()));
    }

    static int secondsLimit(Workspace workspace, @Nullable Integer own) {
        return own != null ? own : workspace.getDefaultMemberSeconds();
    }

    static BigDecimal eurosLimit(Workspace workspace, @Nullable BigDecimal own) {
        return own != null ? own : workspace.getDefaultMemberEuros();
    }

    static int inviteQuota(Workspace workspace, @Nullable Integer own) {
        return own != null ? own : workspace.getDefaultInviteQuota();
    }

    static QuotaUsage usageOf(@Nullable GenerationUsage row, int secondsLimit, BigDecimal eurosLimit) {
        if (row == null) {
            return new QuotaUsage(0, 0, secondsLimit, BigDecimal.ZERO, BigDecimal.ZERO, eurosLimit);
        }
        return new QuotaUsage(row.getUsedSeconds(), row.getReservedSeconds(), secondsLimit, row.getUsedEuros(),
                row.getReservedEuros(), eurosLimit);
    }
}
