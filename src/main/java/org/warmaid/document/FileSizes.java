package org.warmaid.document;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A file's size as people read it: 122 字节, 3.4 KB, 1.2 MB (never a small file as 0 KB). */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String readable(long bytes) {
        if (bytes < KB) {
            return bytes + " 字节";
        }
        if (bytes < MB) {
            return oneDecimal(bytes, KB) + " KB";
        }
        return oneDecimal(bytes, MB) + " MB";
    }

    private static String oneDecimal(long bytes, long unit) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(unit), 1, RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
