package org.warmaid.reporting;

/**
 * How tall a row must be for its wrapped text, since neither Excel nor a streamed workbook fits row
 * heights to wrapped text by itself (Excel keeps the stored height; LibreOffice fits only rows
 * without one). Counts the lines each cell's text takes in its column: a Chinese character is as
 * wide as the font is high, a Latin letter or digit about half of that, and a column's width unit
 * is the width of a digit of the workbook's default font (Calibri 11: 7 pixels at 96 dpi).
 */
final class CellLines {

    private static final double PIXELS_PER_WIDTH_UNIT = 7;
    private static final double CELL_PADDING_PIXELS = 6;
    private static final double LINE_SPACING = 1.35;
    private static final double ROW_PADDING_POINTS = 4;

    private CellLines() {
    }

    /** The lines the text takes in a column of the given width (in characters, as the sheet sets it). */
    static int lines(String text, int columnWidthUnits, int fontPoints) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = columnWidthUnits * PIXELS_PER_WIDTH_UNIT - CELL_PADDING_PIXELS;
        double fullWidth = fontPoints * 96.0 / 72;
        int lines = 1;
        double used = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                lines++;
                used = 0;
                continue;
            }
            double width = wide(c) ? fullWidth : fullWidth * 0.6;
            if (used + width > usable) {
                lines++;
                used = 0;
            }
            used += width;
        }
        return lines;
    }

    /** The height in points of a row whose tallest cell takes the given lines. */
    static float heightInPoints(int lines, int fontPoints) {
        return (float) (lines * fontPoints * LINE_SPACING + ROW_PADDING_POINTS);
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF
                || script == Character.UnicodeScript.HANGUL || Character.getType(c) == Character.OTHER_SYMBOL;
    }
}
