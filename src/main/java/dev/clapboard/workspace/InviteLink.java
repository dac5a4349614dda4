package dev.clapboard.workspace;

/** What an invite link is worth right now, for the page it opens. */
public record InviteLink(State state, String workspaceName, String email, String role, boolean existingAccount) {

    public enum State {
        OPEN("You're invited"),
        EXPIRED("This invite has expired. Ask the person who invited you to send a new one."),
        REVOKED("This invite was withdrawn. Ask an admin of the workspace if you still need access."),
        USED("This invite has already been used. Sign in instead."),
        UNKNOWN("This invite link is not valid. Check that you opened the whole link from the e-mail.");

        private final String message;

        State(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    static InviteLink closed(State state) {
        return new InviteLink(state, "", "", "", false);
    }
}
