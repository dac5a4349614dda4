package dev.clapboard.workspace;

import java.math.BigDecimal;

/**
 * What an admin sets for the workspace: its name, how many people it may hold (members plus pending
 * invites), the defaults new members get, the monthly generation quota of the whole workspace, the
 * currency reports use, the USD→EUR rate applied to provider prices, and the time zone months start in.
 */
public record WorkspaceSettings(String name, int seatLimit, int defaultInviteQuota, int defaultMemberSeconds,
        BigDecimal defaultMemberEuros, int monthlySeconds, BigDecimal monthlyEuros, String currency,
        BigDecimal usdToEur, String timeZone) {
}
