package org.warmaid.campaign;

/** Life of a campaign: prepared, open for entry by the units, closed (read-only, kept for the record). */
public enum CampaignStatus {
    DRAFT("筹备中"),
    OPEN("进行中"),
    CLOSED("已结束");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
