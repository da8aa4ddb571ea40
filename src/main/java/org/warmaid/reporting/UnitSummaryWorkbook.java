package org.warmaid.reporting;

import static org.warmaid.reporting.SheetStyles.bordered;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * 《{year}年困难职工情况汇总表》 of one unit, ready to print on A4 landscape, 一式二份, and stamp: title,
 * unit and generation time, a line per registration the unit declared with the 附件2 fields and the
 * aid (approved, or suggested until then), a 合计 of people and amount, what goes with the paper copy
 * and where, and the seal block. Every row is as tall as its wrapped text needs (see
 * {@link CellLines}). Streams its rows (SXSSF), so size is bounded by the window, not the number of
 * workers. Every value typed by a user is written as text, never as a formula.
 */
final class UnitSummaryWorkbook {

    static final String[] HEADERS = {"序号", "登记编号", "姓名", "身份证号码", "所在单位及职务", "联系电话", "家庭人口数",
            "家庭月收入（元）", "家庭现住址", "工商银行卡号", "困难类型", "困难原因", "其他家庭成员", "送温暖对象", "状态",
            "资助金额（元）"};
    static final int AMOUNT_COLUMN = 15;
    private static final int[] WIDTHS = {4, 13, 7, 19, 14, 12, 5, 9, 16, 20, 10, 24, 18, 6, 9, 16};
    private static final int FONT_POINTS = 10;
    private static final int HEADER_ROW = 2;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    /** What heads the sheet and goes under it: the forms' year, the unit, when, and where the paper copy goes. */
    record Heading(int formYear, String unitName, LocalDateTime generatedAt, String materialsNote) {
    }

    private UnitSummaryWorkbook() {
    }

    static void write(Heading heading, Iterable<SummaryRow> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("困难职工情况汇总表");
            setUpPage(sheet);
            int last = HEADERS.length - 1;

            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            text(title, 0, "《" + heading.formYear() + "年困难职工情况汇总表》", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

            Row info = sheet.createRow(1);
            text(info, 0, "单位（盖章）：" + heading.unitName(), styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            text(info, 9, "生成时间：" + GENERATED.format(heading.generatedAt()) + "　一式二份", styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 9, last));

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(30);
            for (int column = 0; column < HEADERS.length; column++) {
                text(header, column, HEADERS[column], styles.header);
            }

            int index = HEADER_ROW + 1;
            int count = 0;
            BigDecimal total = BigDecimal.ZERO;
            for (SummaryRow r : rows) {
                Row row = sheet.createRow(index++);
                count++;
                String[] texts = {String.valueOf(count), r.reference(), r.name(), r.idNumber(), r.unitAndPosition(),
                        r.phone(), String.valueOf(r.householdSize()), "", r.address(), r.bankCardNumber(),
                        r.hardshipTypes(), r.hardshipReason(), r.familyMembers(), r.aidCategory(), r.stage(), ""};
                number(row, 0, count, styles.centered);
                for (int column = 1; column < texts.length; column++) {
                    if (column != 6 && column != 7 && column != AMOUNT_COLUMN) {
                        text(row, column, texts[column], column == 13 ? styles.centered : styles.cell);
                    }
                }
                number(row, 6, r.householdSize(), styles.centered);
                amount(row, 7, r.monthlyIncome(), styles.money);
                if (r.amount() != null) {
                    amount(row, AMOUNT_COLUMN, r.amount(), r.amountApproved() ? styles.money : styles.suggested);
                    total = total.add(r.amount());
                } else {
                    text(row, AMOUNT_COLUMN, "", styles.cell);
                }
                row.setHeightInPoints(heightOf(texts));
            }

            Row totals = sheet.createRow(index);
            text(totals, 0, "合计", styles.total);
            for (int column = 1; column < HEADERS.length; column++) {
                text(totals, column, "", styles.total);
            }
            text(totals, 1, count + " 人", styles.total);
            amount(totals, AMOUNT_COLUMN, total, styles.totalMoney);
            totals.setHeightInPoints(CellLines.heightInPoints(1, FONT_POINTS));
            index += 2;

            index = note(sheet, index, "说明：本表列出本单位已上报的职工（未上报、审核未通过、截止时视为放弃、佐证材料不合格的不列入）。"
                    + "资助金额为省直机关工会工委审定金额；标“（建议）”的为按规则建议的金额，以工委审定为准。", styles);
            if (heading.materialsNote() != null) {
                index = note(sheet, index, heading.materialsNote(), styles);
            }

            index++;
            Row seals = sheet.createRow(index);
            seals.setHeightInPoints(48);
            text(seals, 0, "单位工会（盖章）：", styles.seal);
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, 5));
            text(seals, 6, "党委审核（盖章）：", styles.seal);
            sheet.addMergedRegion(new CellRangeAddress(index, index, 6, 10));
            text(seals, 11, "日期：　　　年　　月　　日", styles.seal);
            sheet.addMergedRegion(new CellRangeAddress(index, index, 11, last));

            workbook.write(out);
        }
    }

    /** A line of text across the whole width, as tall as it wraps there. */
    private static int note(SXSSFSheet sheet, int index, String text, Styles styles) {
        Row row = sheet.createRow(index);
        text(row, 0, text, styles.note);
        sheet.addMergedRegion(new CellRangeAddress(index, index, 0, HEADERS.length - 1));
        int width = 0;
        for (int w : WIDTHS) {
            width += w + 1;
        }
        row.setHeightInPoints(CellLines.heightInPoints(CellLines.lines(text, width, FONT_POINTS), FONT_POINTS));
        return index + 1;
    }

    private static float heightOf(String[] texts) {
        int lines = 1;
        for (int column = 0; column < texts.length; column++) {
            lines = Math.max(lines, CellLines.lines(texts[column], WIDTHS[column] + 1, FONT_POINTS));
        }
        return CellLines.heightInPoints(lines, FONT_POINTS);
    }

    private static void setUpPage(SXSSFSheet sheet) {
        for (int column = 0; column < WIDTHS.length; column++) {
            sheet.setColumnWidth(column, (WIDTHS[column] + 1) * 256);
        }
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setPrintGridlines(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.LeftMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.RightMargin, 0.4);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.TopMargin, 0.6);
        sheet.setMargin(org.apache.poi.ss.usermodel.Sheet.BottomMargin, 0.7);
        sheet.setRepeatingRows(new CellRangeAddress(0, HEADER_ROW, 0, HEADERS.length - 1));
        sheet.getFooter().setCenter("第 &P 页 / 共 &N 页");
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void amount(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? 0 : value.doubleValue());
        cell.setCellStyle(style);
    }

    /** The handful of cell styles of the sheet (a workbook may hold only a limited number). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle cell;
        final CellStyle centered;
        final CellStyle money;
        final CellStyle suggested;
        final CellStyle total;
        final CellStyle totalMoney;
        final CellStyle note;
        final CellStyle seal;

        Styles(SXSSFWorkbook workbook) {
            Font bold = SheetStyles.songti(workbook, FONT_POINTS, true);
            Font normal = SheetStyles.songti(workbook, FONT_POINTS, false);

            title = SheetStyles.title(workbook, SheetStyles.songti(workbook, 16, true));
            plain = workbook.createCellStyle();
            plain.setFont(normal);
            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            cell = bordered(workbook, normal, HorizontalAlignment.LEFT);
            cell.setWrapText(true);
            centered = bordered(workbook, normal, HorizontalAlignment.CENTER);
            centered.setWrapText(true);
            money = bordered(workbook, normal, HorizontalAlignment.RIGHT);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            suggested = bordered(workbook, normal, HorizontalAlignment.RIGHT);
            suggested.setWrapText(true);
            suggested.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00\"（建议）\""));
            total = bordered(workbook, bold, HorizontalAlignment.CENTER);
            totalMoney = bordered(workbook, bold, HorizontalAlignment.RIGHT);
            totalMoney.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            note = workbook.createCellStyle();
            note.setFont(normal);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            seal = workbook.createCellStyle();
            seal.setFont(bold);
            seal.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
