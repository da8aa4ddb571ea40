package org.warmaid.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Formula;

/**
 * Where a registration stands: the stage columns of its row and, read only, what a task's card
 * shows (the worker's name and the unit's), nothing of its household or personal data. A move past
 * entry reads and writes this instead of the {@link Registration}, which would read the family and
 * decrypt the numbers for one changed column, several times per registration; the card's names come
 * with the same read. It shares the row's version with the registration, so neither overwrites the
 * other.
 */
@Entity
@Table(name = "registration")
@DynamicUpdate
class RegistrationProgress {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    private Instant updatedAt;

    @Column(name = "name", insertable = false, updatable = false)
    private String workerName;

    /** The unit's name as the units' table holds it now (a unit renamed since entry shows its new name). */
    @Formula("(select u.name from unit u where u.code = unit_code)")
    private String unitName;

    @Version
    private long version;

    protected RegistrationProgress() {
    }

    Stage getStage() {
        return stage;
    }

    String getWorkerName() {
        return workerName;
    }

    String getUnitName() {
        return unitName;
    }

    /** Only past entry: leaving entry also records the submission, which the registration itself does. */
    void moveTo(Stage next, Instant now) {
        if (stage.isInEntry()) {
            throw new IllegalStateException("registration " + id + " is in entry; it leaves entry through the registration");
        }
        stage = next;
        updatedAt = now;
    }
}
