package org.warmaid.campaign;

/** A campaign change that cannot be made, with the reason for the administrator. */
public class CampaignRefused extends RuntimeException {

    public CampaignRefused(String message) {
        super(message);
    }
}
