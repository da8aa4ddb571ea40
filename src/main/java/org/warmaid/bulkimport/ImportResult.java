package org.warmaid.bulkimport;

import java.util.List;

/** What an import did, row by row: created (with its reference) or refused (with every reason). */
public record ImportResult(int created, int refused, List<RowOutcome> rows) {

    public record RowOutcome(int row, String name, boolean created, String reference, List<String> problems) {
    }
}
