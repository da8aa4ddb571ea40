package org.warmaid.accounts;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The units as other modules read them. Changes go through {@link UnitAdministration}. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final Units units;

    UnitDirectory(Units units) {
        this.units = units;
    }

    public Optional<Unit> findById(String code) {
        return units.findById(code);
    }

    public List<Unit> findAll() {
        return units.findAll();
    }

    public List<Unit> findAllOrderByCode() {
        return units.findAll(Sort.by("code"));
    }

    /** The units that may still log in and enter registrations, by code. */
    public List<Unit> findByActiveTrueOrderByCode() {
        return units.findByActiveTrueOrderByCode();
    }
}
