package dev.clapboard.workspace;

import java.util.List;

/** How many invites the signed-in member has used and may send, the workspace's seats, and the roles they may give. */
public record InviteAllowance(long used, int quota, long seatsTaken, int seatLimit, List<String> roles) {

    public long left() {
        return Math.max(0, quota - used);
    }
}
