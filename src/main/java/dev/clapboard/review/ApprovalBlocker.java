package dev.clapboard.review;

import java.util.Optional;

/**
 * A reason another feature has against approving or sharing a video (compliance: a person in it revoked their
 * consent), without review depending on that feature. Review asks every such bean before an approval and before
 * a guest link is made; with none, nothing is blocked.
 */
public interface ApprovalBlocker {

    /** Why the video must not be approved or shared, e.g. "Consent revoked: Anna Berg withdrew consent #3". */
    Optional<String> reasonNotToApprove(long generationId);
}
