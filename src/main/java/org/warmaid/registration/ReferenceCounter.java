package org.warmaid.registration;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import java.io.Serializable;

/** The next sequence number of the references a unit gets in a campaign. */
@Entity
class ReferenceCounter {

    @EmbeddedId
    private Key key;

    private int nextValue;

    protected ReferenceCounter() {
    }

    ReferenceCounter(Long campaignId, String unitCode) {
        this.key = new Key(campaignId, unitCode);
        this.nextValue = 1;
    }

    int take() {
        return nextValue++;
    }

    @Embeddable
    record Key(Long campaignId, String unitCode) implements Serializable {
    }
}
