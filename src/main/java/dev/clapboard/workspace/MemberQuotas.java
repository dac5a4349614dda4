package dev.clapboard.workspace;

import java.math.BigDecimal;

/** A member's own limits as an admin sets them: invites in total, video seconds and euros per month. */
public record MemberQuotas(int inviteQuota, int monthlySeconds, BigDecimal monthlyEuros) {
}
