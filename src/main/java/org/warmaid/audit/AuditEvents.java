package org.warmaid.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the application has no way to change or remove an audit event. */
interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByIdAsc(String targetType, String targetId);

    List<AuditEvent> findByActorOrderByIdAsc(String actor);

    long count();

    @org.springframework.data.jpa.repository.Query("select a from AuditEvent a where (:actor is null or a.actor = :actor) "
            + "and (:action is null or a.action = :action) and (:target is null or a.targetId = :target) "
            + "and a.occurredAt >= :from and a.occurredAt < :until order by a.id desc")
    org.springframework.data.domain.Page<AuditEvent> search(String actor, String action, String target,
            java.time.Instant from, java.time.Instant until, org.springframework.data.domain.Pageable page);
}
