package dev.clapboard.compliance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The declaration a person sees and confirms through their link; stored word for word with the consent. */
final class ConsentText {

    private ConsentText() {
    }

    static String of(String workspaceName, String personName, boolean adult, ConsentDraft scope,
            List<String> campaignNames) {
        var guardian = scope.guardianName();
        var who = adult || guardian == null ? "I, " + personName + ","
                : "I, " + guardian + " (" + scope.guardianRelation() + " of " + personName + ", a minor),";
        var subject = adult || guardian == null ? "me" : personName;
        return who + " consent that " + workspaceName + " may create videos with artificial intelligence (AI) that show "
                + subject + (scope.voice() ? ", including " + (adult ? "my" : "their") + " voice," : " (without "
                + (adult ? "my" : "their") + " voice)") + " based on the reference material I provided, and publish them.\n"
                + "Campaigns: " + (scope.allCampaigns() ? "all campaigns of " + workspaceName : String.join(", ", campaignNames)) + "\n"
                + "Channels: " + Channel.labels(scope.channels()) + "\n"
                + "Territories: " + scope.territories() + "\n"
                + "Purposes: " + scope.purposes() + "\n"
                + "Valid: from " + scope.validFrom() + until(scope.validUntil()) + "\n"
                + "Every video will be labelled as AI-generated. I can revoke this consent at any time through this "
                + "link; videos not yet published will then no longer be approved or shared.";
    }

    private static String until(java.time.@Nullable LocalDate validUntil) {
        return validUntil == null ? " until revoked" : " to " + validUntil;
    }
}
