package org.warmaid.replay;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.warmaid.model.StoredInstants;

/**
 * Writes of the JSON API that carry an {@code Idempotency-Key}: the first request with a key runs
 * the write and stores its answer in the same transaction; every repetition of the key by the same
 * account — before, during or after — gets that stored answer and writes nothing.
 *
 * <p>Concurrent repetitions meet at the unique key (account, key): the first insert holds the
 * key's row lock until its transaction ends, the others wait on their insert, then fail as
 * duplicates and read the committed answer. If the first one fails, nothing is stored (its
 * transaction rolls back) and the next repetition runs the write itself.
 */
@Service
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,100}");
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    IdempotentRequests(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The stored answer of a write: status, location (may be null) and JSON body. */
    public record Answer(int status, String location, String body, boolean replayed) {
    }

    /** Refused: the key is malformed, or was used before for a different request. */
    public static class KeyRefused extends RuntimeException {

        private final boolean conflict;

        KeyRefused(String message, boolean conflict) {
            super(message);
            this.conflict = conflict;
        }

        public boolean conflict() {
            return conflict;
        }
    }

    /** Checks the header value; an absent key is fine (no replay protection), a malformed one is refused. */
    public static Optional<String> key(String header) {
        if (header == null) {
            return Optional.empty();
        }
        if (!KEY.matcher(header).matches()) {
            throw new KeyRefused("Idempotency-Key 格式不正确：应为 1–100 个字母、数字或 . _ : -（建议使用 UUID）", false);
        }
        return Optional.of(header);
    }

    /**
     * Runs {@code write} once for this account and key, or returns the answer stored by the run
     * that came first. {@code request} identifies the request (operation and body): the same key with
     * a different request is refused.
     */
    public Answer once(String accountId, String key, String operation, String request, Supplier<Answer> write) {
        String hash = sha256(operation + "\n" + request);
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> {
                    Optional<Answer> stored = stored(accountId, key, operation, hash);
                    if (stored.isPresent()) {
                        return stored.get();
                    }
                    jdbc.update("insert into idempotent_request (account_id, idem_key, operation, request_hash, created_at) "
                            + "values (?, ?, ?, ?, ?)", accountId, key, operation, hash,
                            StoredInstants.column(clock.instant()));
                    Answer answer = write.get();
                    jdbc.update("update idempotent_request set status = ?, location = ?, response = ? "
                            + "where account_id = ? and idem_key = ?",
                            answer.status(), answer.location(), answer.body(), accountId, key);
                    return answer;
                });
            } catch (DuplicateKeyException | PessimisticLockingFailureException raced) {
                // a concurrent repetition committed first (or the database chose this one as a deadlock
                // victim while the first rolled back): read again
                if (attempt >= ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private Optional<Answer> stored(String accountId, String key, String operation, String hash) {
        List<Answer> rows = jdbc.query("select operation, request_hash, status, location, response from idempotent_request "
                + "where account_id = ? and idem_key = ?", (row, n) -> {
                    if (!row.getString("operation").equals(operation) || !row.getString("request_hash").equals(hash)) {
                        throw new KeyRefused("该 Idempotency-Key 已用于另一项不同的请求；每次新的请求请使用新的键", true);
                    }
                    return new Answer(row.getInt("status"), row.getString("location"), row.getString("response"), true);
                }, accountId, key);
        return rows.stream().findFirst();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
