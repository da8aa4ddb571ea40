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
 * 《{year}年困难职工情况汇总表》 of one unit, ready to print on A4 landscape and stamp: title, unit and
 * generation time, a line per worker with the 附件2 fields, totals and the seal block. Streams its
 * rows (SXSSF), so size is bounded by the window, not the number of workers. Every value typed by
 * a user is written as text, never as a formula.
 */
final class UnitSummaryWorkbook {

    static final String[] HEADERS = {"序号", "登记编号", "姓名", "身份证号码", "所在单位及职务", "联系电话", "家庭人口数",
            "家庭月收入（元）", "家庭现住址", "工商银行卡号", "困难类型", "困难原因", "其他家庭成员", "送温暖对象", "状态"};
    private static final int[] WIDTHS = {4, 13, 7, 19, 14, 12, 5, 9, 16, 20, 10, 24, 18, 6, 9};
    private static final int HEADER_ROW = 2;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm");

    private UnitSummaryWorkbook() {
    }

    static void write(int year, String unitName, LocalDateTime generatedAt, Iterable<SummaryRow> rows, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("困难职工情况汇总表");
            setUpPage(sheet);
            int last = HEADERS.length - 1;

            Row title = sheet.createRow(0);
            title.setHeightInPoints(30);
            text(title, 0, "《" + year + "年困难职工情况汇总表》", styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));

            Row info = sheet.createRow(1);
            text(info, 0, "单位（盖章）：" + unitName, styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 8));
            text(info, 9, "生成时间：" + GENERATED.format(generatedAt), styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 9, last));

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(30);
            for (int column = 0; column < HEADERS.length; column++) {
                text(header, column, HEADERS[column], styles.header);
            }

            int index = HEADER_ROW + 1;
            int count = 0;
            int people = 0;
            BigDecimal income = BigDecimal.ZERO;
            for (SummaryRow r : rows) {
                Row row = sheet.createRow(index++);
                count++;
                number(row, 0, count, styles.centered);
                text(row, 1, r.reference(), styles.cell);
                text(row, 2, r.name(), styles.cell);
                text(row, 3, r.idNumber(), styles.cell);
                text(row, 4, r.unitAndPosition(), styles.cell);
                text(row, 5, r.phone(), styles.cell);
                number(row, 6, r.householdSize(), styles.centered);
                amount(row, 7, r.monthlyIncome(), styles.money);
                text(row, 8, r.address(), styles.cell);
                text(row, 9, r.bankCardNumber(), styles.cell);
                text(row, 10, r.hardshipTypes(), styles.cell);
                text(row, 11, r.hardshipReason(), styles.cell);
                text(row, 12, r.familyMembers(), styles.cell);
                text(row, 13, r.aidCategory(), styles.centered);
                text(row, 14, r.stage(), styles.cell);
                people += r.householdSize();
                income = income.add(r.monthlyIncome());
            }

            Row totals = sheet.createRow(index++);
            text(totals, 0, "合计", styles.total);
            text(totals, 1, count + " 人", styles.total);
            for (int column = 2; column < HEADERS.length; column++) {
                text(totals, column, "", styles.total);
            }
            number(totals, 6, people, styles.total);
            amount(totals, 7, income, styles.totalMoney);

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
        final CellStyle total;
        final CellStyle totalMoney;
        final CellStyle seal;

        Styles(SXSSFWorkbook workbook) {
            Font bold = SheetStyles.songti(workbook, 10, true);
            Font normal = SheetStyles.songti(workbook, 10, false);

            title = SheetStyles.title(workbook, SheetStyles.songti(workbook, 16, true));
            plain = workbook.createCellStyle();
            plain.setFont(normal);
            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            cell = bordered(workbook, normal, HorizontalAlignment.LEFT);
            cell.setWrapText(true);
            centered = bordered(workbook, normal, HorizontalAlignment.CENTER);
            money = bordered(workbook, normal, HorizontalAlignment.RIGHT);
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            total = bordered(workbook, bold, HorizontalAlignment.CENTER);
            totalMoney = bordered(workbook, bold, HorizontalAlignment.RIGHT);
            totalMoney.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            seal = workbook.createCellStyle();
            seal.setFont(bold);
            seal.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
