package org.warmaid.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Units extends JpaRepository<Unit, String> {

    Optional<Unit> findByAccountId(String accountId);

    List<Unit> findByActiveTrueOrderByCode();
}
