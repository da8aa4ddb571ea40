package org.warmaid.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure whose cause is that the database cannot be reached (down, restarting, the
 * connection broken or none to be had from the pool) — as opposed to a fault of the request or of
 * the application. Such a failure is answered 503 "数据库暂时不可用，请稍后重试": the client may
 * simply try again, and nothing of the failed request was stored.
 */
final class DatabaseUnavailable {

    static final String MESSAGE = "数据库暂时不可用，请稍后重试";
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** True when the exception or one of its causes (however the layers above wrapped it) says so. */
    static boolean isCauseOf(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 25; depth++, current = current.getCause()) {
            if (current instanceof DataAccessResourceFailureException
                    || current instanceof CannotCreateTransactionException
                    || current instanceof JDBCConnectionException
                    || current instanceof SQLTransientConnectionException
                    || current instanceof SQLNonTransientConnectionException
                    || current instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (current instanceof TransactionException && current.getCause() instanceof SQLException) {
                // the rollback after a broken connection fails too and replaces the original exception;
                // ending a transaction fails on its JDBC connection only when that connection is gone
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }

    /** The innermost message, for a one-line log entry instead of a stack trace per failed request. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 25; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
