package dev.clapboard.campaign;

/** The campaign (or card, or lane) does not exist in the member's workspace, which looks the same as not at all. */
public class CampaignNotFoundException extends RuntimeException {

    public CampaignNotFoundException(long id) {
        super("Nothing with id " + id + " in this workspace.");
    }
}
