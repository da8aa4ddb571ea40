package org.warmaid.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warmaid.registration.FamilyMember;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Registration;

/** 附件2 filled in for one worker, laid out like the paper form, on one A4 page for the unit's files. */
final class RegistrationFormSheet {

    private static final int COLUMNS = 4;

    private RegistrationFormSheet() {
    }

    static void write(int year, String unitName, Registration r, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("困难职工登记表");
            int[] widths = {20, 30, 20, 30};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            Styles styles = new Styles(workbook);
            int row = 0;
            Row title = sheet.createRow(row);
            title.setHeightInPoints(36);
            cell(title, 0, year + "年省直机关困难职工登记表", styles.title);
            merge(sheet, row, 0, COLUMNS - 1, null);
            row++;
            Row meta = sheet.createRow(row);
            cell(meta, 0, "单位：" + unitName, styles.plain);
            merge(sheet, row, 0, 1, null);
            cell(meta, 2, "登记编号：" + r.getReference(), styles.plain);
            merge(sheet, row, 2, 3, null);
            row++;

            row = pair(sheet, styles, row, "困难职工姓名*", r.getName(), "身份证号码*", r.getIdNumber());
            row = pair(sheet, styles, row, "所在单位及职务*", r.getUnitAndPosition(), "联系电话*", r.getPhone());
            row = pair(sheet, styles, row, "家庭人口数*", String.valueOf(r.getHousehold().householdSize()), "家庭月收入*",
                    r.getHousehold().householdMonthlyIncome().toPlainString() + " 元");
            row = wide(sheet, styles, row, "家庭现住址*", r.getAddress(), 30);
            row = wide(sheet, styles, row, "工商银行卡号", r.getBankCardNumber(), 30);
            row = wide(sheet, styles, row, "困难原因*\n（限150字）", r.getHardshipReason(), 90);
            row = wide(sheet, styles, row, "困难类型", boxes(r.getHousehold().hardshipTypes()), 30);

            Row family = sheet.createRow(row);
            cell(family, 0, "其他家庭成员", styles.label);
            merge(sheet, row, 0, COLUMNS - 1, styles.label);
            row++;
            Row heads = sheet.createRow(row++);
            String[] labels = {"姓  名", "年  龄", "关  系", "工作单位及职务"};
            for (int i = 0; i < labels.length; i++) {
                cell(heads, i, labels[i], styles.label);
            }
            List<FamilyMember> members = r.getFamilyMembers();
            for (int i = 0; i < Math.max(3, members.size()); i++) {
                Row line = sheet.createRow(row++);
                line.setHeightInPoints(24);
                FamilyMember member = i < members.size() ? members.get(i) : null;
                cell(line, 0, member == null ? "" : member.getName(), styles.value);
                cell(line, 1, member == null ? "" : String.valueOf(member.getAge()), styles.value);
                cell(line, 2, member == null ? "" : member.getRelation(), styles.value);
                cell(line, 3, member == null ? "" : member.getWorkUnitAndPosition(), styles.value);
            }
            row++;
            Row notes = sheet.createRow(row);
            notes.setHeightInPoints(48);
            cell(notes, 0, "注：1.表格由本单位困难职工填写，本单位工会收回后，登录省直机关工会信息平台按格式填报。此表格网上填报后，由本单位工会留存。\n"
                    + "    2.每项都必须填写，漏填表格视为无效，不予发放。", styles.note);
            merge(sheet, row, 0, COLUMNS - 1, null);

            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(false);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 1);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            workbook.write(out);
        }
    }

    private static int pair(Sheet sheet, Styles styles, int index, String label1, String value1, String label2, String value2) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(28);
        cell(row, 0, label1, styles.label);
        cell(row, 1, value1, styles.value);
        cell(row, 2, label2, styles.label);
        cell(row, 3, value2, styles.value);
        return index + 1;
    }

    private static int wide(Sheet sheet, Styles styles, int index, String label, String value, float height) {
        Row row = sheet.createRow(index);
        row.setHeightInPoints(height);
        cell(row, 0, label, styles.label);
        cell(row, 1, value, styles.value);
        merge(sheet, index, 1, COLUMNS - 1, styles.value);
        return index + 1;
    }

    private static String boxes(Set<HardshipType> ticked) {
        StringBuilder text = new StringBuilder();
        for (HardshipType type : HardshipType.values()) {
            text.append(ticked.contains(type) ? "☑" : "□").append(type.label()).append("　　");
        }
        return text.toString().strip();
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void merge(Sheet sheet, int row, int from, int to, CellStyle style) {
        CellRangeAddress region = new CellRangeAddress(row, row, from, to);
        sheet.addMergedRegion(region);
        if (style != null) {
            RegionUtil.setBorderTop(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderBottom(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderLeft(BorderStyle.THIN, region, sheet);
            RegionUtil.setBorderRight(BorderStyle.THIN, region, sheet);
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle label;
        final CellStyle value;
        final CellStyle note;

        Styles(XSSFWorkbook workbook) {
            Font bold = SheetStyles.songti(workbook, 11, true);
            Font normal = SheetStyles.songti(workbook, 11, false);
            title = SheetStyles.title(workbook, SheetStyles.songti(workbook, 18, true));
            plain = workbook.createCellStyle();
            plain.setFont(normal);
            label = boxed(workbook, bold, HorizontalAlignment.CENTER);
            value = boxed(workbook, normal, HorizontalAlignment.LEFT);
            note = workbook.createCellStyle();
            note.setFont(normal);
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
        }

        private static CellStyle boxed(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = SheetStyles.bordered(workbook, font, alignment);
            style.setWrapText(true);
            return style;
        }
    }
}
