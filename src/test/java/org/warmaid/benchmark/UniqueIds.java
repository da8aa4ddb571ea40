package org.warmaid.benchmark;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.support.SampleRegistrations;

/**
 * Valid resident ID numbers that never repeat within a run (random ones would, by the birthday
 * paradox, at benchmark sizes, and the duplicate check would rightly refuse them).
 */
final class UniqueIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    private static final long SPACE = 40L * 12 * 28 * 1000;
    private static final AtomicLong next = new AtomicLong(ThreadLocalRandom.current().nextLong(SPACE));

    private UniqueIds() {
    }

    static String next() {
        long n = next.getAndIncrement() % SPACE;
        String first17 = "220102" + (1960 + n / (12 * 28 * 1000)) + "%02d%02d%03d".formatted(
                1 + (n / (28 * 1000)) % 12, 1 + (n / 1000) % 28, n % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    /** A valid sample registration with a unique ID number. */
    static RegistrationForm form() {
        RegistrationForm form = SampleRegistrations.valid();
        form.setIdNumber(next());
        return form;
    }
}
