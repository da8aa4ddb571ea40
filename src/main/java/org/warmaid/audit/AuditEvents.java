package org.warmaid.audit;

import java.util.List;
import org.springframework.data.repository.Repository;

/** Insert and read only: the application has no way to change or remove an audit event. */
public interface AuditEvents extends Repository<AuditEvent, Long> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findByTargetTypeAndTargetIdOrderByIdAsc(String targetType, String targetId);

    List<AuditEvent> findByActorOrderByIdAsc(String actor);

    long count();
}
