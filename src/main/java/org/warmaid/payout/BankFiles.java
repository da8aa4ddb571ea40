package org.warmaid.payout;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The bank's batch file (one row per payment: name, ID number, card number, amount, a remark that
 * identifies the payment) with totals and a control sum, and the reading of the bank's result file
 * (the same layout plus result and reason).
 */
final class BankFiles {

    static final String REMARK_PREFIX = "WA";
    static final String COUNT_LABEL = "合计笔数";
    static final String TOTAL_LABEL = "合计金额";
    static final String CONTROL_LABEL = "校验值";

    private BankFiles() {
    }

    record Line(long paymentId, String accountName, String idNumber, String accountNumber, BigDecimal amount,
            String reference) {

        String remark() {
            return REMARK_PREFIX + paymentId + " 送温暖资助 " + reference;
        }
    }

    record Result(int row, Long paymentId, BigDecimal amount, boolean paid, String reason) {
    }

    static byte[] write(BankLayout layout, List<Line> lines) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(500); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(layout.name());
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            Row header = sheet.createRow(0);
            for (int column = 0; column < layout.headers().size(); column++) {
                header.createCell(column).setCellValue(layout.headers().get(column));
                sheet.setColumnWidth(column, (layout.columns().get(column) == BankLayout.Column.REMARK ? 34 : 22) * 256);
            }
            BigDecimal total = BigDecimal.ZERO;
            int index = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(index);
                for (int column = 0; column < layout.columns().size(); column++) {
                    Cell cell = row.createCell(column);
                    switch (layout.columns().get(column)) {
                        case SEQUENCE -> cell.setCellValue(index);
                        case ACCOUNT_NAME -> cell.setCellValue(line.accountName());
                        case ID_NUMBER -> cell.setCellValue(line.idNumber());
                        case ACCOUNT_NUMBER -> cell.setCellValue(line.accountNumber());
                        case AMOUNT -> {
                            cell.setCellValue(line.amount().doubleValue());
                            cell.setCellStyle(money);
                        }
                        case REMARK -> cell.setCellValue(line.remark());
                    }
                }
                total = total.add(line.amount());
                index++;
            }
            int summary = index + 1;
            label(sheet, summary, COUNT_LABEL, String.valueOf(lines.size()));
            label(sheet, summary + 1, TOTAL_LABEL, total.setScale(2).toPlainString());
            label(sheet, summary + 2, CONTROL_LABEL, controlSum(lines));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** SHA-256 over every line (remark, card number, amount), first 16 hex digits: the bank can check the file is whole. */
    static String controlSum(List<Line> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Line line : lines) {
                digest.update((line.remark() + "|" + line.accountNumber() + "|" + line.amount().setScale(2).toPlainString() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The bank's result: one {@link Result} per payment row, read by the headers of the layout.
     * @throws IllegalArgumentException with a Chinese message when the file is not such a result
     */
    static List<Result> read(BankLayout layout, byte[] file) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Row header = sheet.getRow(0);
            if (header == null) {
                throw new IllegalArgumentException("结果文件没有表头");
            }
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(formatter.formatCellValue(cell).strip()));
            int remark = headers.indexOf(layout.headers().get(layout.indexOf(BankLayout.Column.REMARK)));
            int amount = headers.indexOf(layout.headers().get(layout.indexOf(BankLayout.Column.AMOUNT)));
            int result = headers.indexOf(layout.resultHeader());
            int reason = headers.indexOf(layout.reasonHeader());
            if (remark < 0 || amount < 0 || result < 0) {
                throw new IllegalArgumentException("不是“" + layout.name() + "”格式的结果文件：须有“"
                        + layout.headers().get(layout.indexOf(BankLayout.Column.REMARK)) + "”“"
                        + layout.headers().get(layout.indexOf(BankLayout.Column.AMOUNT)) + "”“" + layout.resultHeader() + "”列");
            }
            List<Result> results = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null) {
                    continue;
                }
                String remarkText = text(row.getCell(remark), formatter);
                if (remarkText.isEmpty() || !remarkText.startsWith(REMARK_PREFIX)) {
                    continue;
                }
                Long paymentId = paymentId(remarkText);
                BigDecimal rowAmount = amount(row.getCell(amount), formatter);
                String outcome = text(row.getCell(result), formatter);
                results.add(new Result(index + 1, paymentId, rowAmount, layout.successValues().contains(outcome),
                        reason >= 0 ? text(row.getCell(reason), formatter) : outcome));
            }
            if (results.isEmpty()) {
                throw new IllegalArgumentException("结果文件中没有找到任何发放记录");
            }
            return results;
        } catch (IllegalArgumentException problem) {
            throw problem;
        } catch (IOException | RuntimeException unreadable) {
            throw new IllegalArgumentException("文件不是有效的 Excel（.xlsx）结果文件");
        }
    }

    private static Long paymentId(String remark) {
        int end = REMARK_PREFIX.length();
        while (end < remark.length() && Character.isDigit(remark.charAt(end))) {
            end++;
        }
        return end == REMARK_PREFIX.length() ? null : Long.valueOf(remark.substring(REMARK_PREFIX.length(), end));
    }

    private static BigDecimal amount(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        try {
            return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, java.math.RoundingMode.HALF_UP)
                    : new BigDecimal(formatter.formatCellValue(cell).strip()).setScale(2, java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        return cell == null ? "" : formatter.formatCellValue(cell).strip();
    }

    private static void label(Sheet sheet, int index, String label, String value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
    }
}
