package org.warmaid.bulkimport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Excel template units fill in: the columns of {@link ImportColumn} with a sample row, text
 * format for numbers that must keep every digit, 是/否 choices, and a sheet explaining each column.
 */
final class ImportTemplate {

    static final String SHEET = "职工信息";
    static final int MAX_ROWS = 2000;

    private ImportTemplate() {
    }

    static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(SHEET);
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            List<String> headers = ImportColumn.headers();
            Row head = sheet.createRow(0);
            head.setHeightInPoints(48);
            for (int column = 0; column < headers.size(); column++) {
                head.createCell(column).setCellValue(headers.get(column));
                head.getCell(column).setCellStyle(header);
                sheet.setColumnWidth(column, (column < ImportColumn.values().length ? 16 : 12) * 256);
                sheet.setDefaultColumnStyle(column, text);
            }
            sheet.createFreezePane(1, 1);
            DataValidationHelper validations = sheet.getDataValidationHelper();
            for (ImportColumn column : ImportColumn.values()) {
                if (column.kind() == ImportColumn.Kind.YES_NO) {
                    DataValidation choice = validations.createValidation(
                            validations.createExplicitListConstraint(new String[] {"是", "否"}),
                            new CellRangeAddressList(1, MAX_ROWS, column.ordinal(), column.ordinal()));
                    choice.setShowErrorBox(true);
                    sheet.addValidationData(choice);
                }
            }
            Sheet help = workbook.createSheet("填写说明");
            String[] lines = {
                "一行一名困难职工；第一行为表头，请勿修改或删除。身份证号码、银行卡号、联系电话请以文本格式填写，保留全部数字。",
                "带 * 的列必须填写（附件2“每项都必须填写”）；金额单位为元/月，最多两位小数；没有的填 0。",
                "困难类型可多选，用顿号分隔，如：低收入、大重病。送温暖对象填通知所列七种对象的序号 1–7。",
                "家庭人口数＝职工本人＋所列家庭成员人数；最多可列 5 名家庭成员，更多请在网页中逐条录入。",
                "是/否列请填“是”或“否”。地区空白时按本次活动所在地区（如长春市）认定。",
                "每一行单独校验、单独保存：有错的行不会保存，结果中会逐行说明原因，改正后可再次导入（已导入的行会提示重复，不会重复登记）。",
                "一次最多导入 " + MAX_ROWS + " 行。"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
    }
}
