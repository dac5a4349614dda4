package dev.clapboard.campaign;

public enum CampaignStatus {
    PLANNING("Planning"), ACTIVE("Active"), WRAPPED("Wrapped"), ARCHIVED("Archived");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
