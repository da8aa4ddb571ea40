package org.warmaid.document;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportingDocuments extends JpaRepository<SupportingDocument, Long> {

    List<SupportingDocument> findByRegistrationIdAndDeletedFalseOrderByIdAsc(Long registrationId);
}
