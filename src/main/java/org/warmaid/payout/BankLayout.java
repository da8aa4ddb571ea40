package org.warmaid.payout;

import java.util.List;

/**
 * How one bank wants its batch file: which columns in which order under which headers, and which
 * words in its result file mean "paid". The result file is the same layout plus a result and a
 * reason column.
 */
public record BankLayout(String name, List<Column> columns, List<String> headers, String resultHeader,
        String reasonHeader, List<String> successValues) {

    public enum Column { SEQUENCE, ACCOUNT_NAME, ID_NUMBER, ACCOUNT_NUMBER, AMOUNT, REMARK }

    public BankLayout {
        if (columns == null || headers == null || columns.size() != headers.size()) {
            throw new IllegalStateException("bank layout " + name + ": columns and headers must have the same length");
        }
        if (!columns.contains(Column.REMARK) || !columns.contains(Column.AMOUNT)) {
            throw new IllegalStateException("bank layout " + name + " needs the REMARK and AMOUNT columns");
        }
    }

    int indexOf(Column column) {
        return columns.indexOf(column);
    }
}
