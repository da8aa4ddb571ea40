package org.warmaid.bulkimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.springframework.stereotype.Service;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.audit.AuditOutcome;
import org.warmaid.model.FieldProblem;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.Registration;
import org.warmaid.registration.RegistrationForm;
import org.warmaid.registration.RegistrationRefused;
import org.warmaid.registration.Registry;

/**
 * Bulk entry from the Excel template. Every row goes through exactly what the form goes through
 * ({@link Registry#create}, in a transaction of its own): a bad row creates nothing, good rows are
 * created, and the result says per row what happened and why.
 */
@Service
public class RegistrationImport {

    private final Registry registry;
    private final AuditLog audit;

    RegistrationImport(Registry registry, AuditLog audit) {
        this.registry = registry;
        this.audit = audit;
    }

    public void writeTemplate(OutputStream out) throws IOException {
        ImportTemplate.write(out);
    }

    public ImportResult importWorkbook(AccountPrincipal account, byte[] file) {
        List<ParsedRow> parsed = parse(file);
        List<ImportResult.RowOutcome> outcomes = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();
        int created = 0;
        for (ParsedRow row : parsed) {
            List<String> problems = new ArrayList<>(row.problems());
            String id = row.form().getIdNumber();
            if (id != null && seenIds.containsKey(id)) {
                problems.add("身份证号码：与本文件第" + seenIds.get(id) + "行重复");
            } else if (id != null) {
                seenIds.put(id, row.number());
            }
            if (!problems.isEmpty()) {
                outcomes.add(new ImportResult.RowOutcome(row.number(), row.form().getName(), false, null, problems));
                continue;
            }
            try {
                Registration registration = registry.create(account, row.form());
                created++;
                outcomes.add(new ImportResult.RowOutcome(row.number(), registration.getName(), true,
                        registration.getReference(), List.of()));
            } catch (RegistrationRefused refusal) {
                if (refusal.reason() == RegistrationRefused.Reason.FORBIDDEN
                        || refusal.reason() == RegistrationRefused.Reason.ENTRY_CLOSED) {
                    throw refusal;
                }
                outcomes.add(new ImportResult.RowOutcome(row.number(), row.form().getName(), false, null,
                        refusal.problems().stream().map(RegistrationImport::describe).toList()));
            }
        }
        ImportResult result = new ImportResult(created, outcomes.size() - created, outcomes);
        audit.recordAs(account.id(), AuditAction.REGISTRATION_IMPORT, "unit", account.unitCode(), AuditOutcome.SUCCESS,
                "批量导入：" + parsed.size() + " 行，新增 " + result.created() + "，未导入 " + result.refused());
        return result;
    }

    private record ParsedRow(int number, RegistrationForm form, List<String> problems) {
    }

    private static List<ParsedRow> parse(byte[] file) {
        if (file == null || file.length == 0) {
            throw refused("请选择要导入的 Excel 文件");
        }
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheet(ImportTemplate.SHEET);
            if (sheet == null || !headersMatch(sheet.getRow(0))) {
                throw refused("不是本系统的导入模板（表头不符）；请下载最新模板，按模板填写后导入");
            }
            if (sheet.getLastRowNum() > ImportTemplate.MAX_ROWS) {
                throw refused("一次最多导入 " + ImportTemplate.MAX_ROWS + " 行，请分成几个文件导入");
            }
            DataFormatter formatter = new DataFormatter();
            List<ParsedRow> rows = new ArrayList<>();
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                if (row == null || isEmpty(row, formatter)) {
                    continue;
                }
                rows.add(read(row, index + 1, formatter));
            }
            if (rows.isEmpty()) {
                throw refused("模板中没有填写任何职工信息");
            }
            return rows;
        } catch (RegistrationRefused refusal) {
            throw refusal;
        } catch (IOException | RuntimeException unreadable) {
            // whatever POI fails with on a damaged, encrypted, old-format or disguised file
            throw refused("文件不是有效的 Excel（.xlsx）文件，请用模板填写后另存为 .xlsx 再导入");
        }
    }

    private static ParsedRow read(Row row, int number, DataFormatter formatter) {
        RegistrationForm form = new RegistrationForm();
        List<String> problems = new ArrayList<>();
        for (ImportColumn column : ImportColumn.values()) {
            Cell cell = row.getCell(column.ordinal());
            if (column.kind() == ImportColumn.Kind.DIGITS && cell != null && cell.getCellType() == CellType.NUMERIC) {
                problems.add(label(column) + "：请以文本格式填写（数字格式会丢失位数），可在数字前加英文单引号 '");
                continue;
            }
            try {
                column.apply(form, text(cell, formatter));
            } catch (ImportColumn.CellProblem problem) {
                problems.add(label(column) + "：" + problem.getMessage());
            }
        }
        List<FamilyMemberForm> members = new ArrayList<>();
        int first = ImportColumn.values().length;
        for (int member = 0; member < ImportColumn.FAMILY_MEMBERS; member++) {
            int at = first + member * ImportColumn.MEMBER_PARTS.length;
            try {
                FamilyMemberForm familyMember = ImportColumn.member(text(row.getCell(at), formatter),
                        text(row.getCell(at + 1), formatter), text(row.getCell(at + 2), formatter),
                        text(row.getCell(at + 3), formatter));
                if (familyMember != null) {
                    members.add(familyMember);
                }
            } catch (ImportColumn.CellProblem problem) {
                problems.add("家庭成员" + (member + 1) + "年龄：" + problem.getMessage());
            }
        }
        form.setFamilyMembers(members);
        return new ParsedRow(number, form, problems);
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        String text = cell.getCellType() == CellType.FORMULA ? cell.getCellFormula() : formatter.formatCellValue(cell);
        return text == null || text.isBlank() ? null : text;
    }

    private static boolean headersMatch(Row header) {
        if (header == null) {
            return false;
        }
        List<String> expected = ImportColumn.headers();
        DataFormatter formatter = new DataFormatter();
        for (int column = 0; column < expected.size(); column++) {
            Cell cell = header.getCell(column);
            if (cell == null || !expected.get(column).equals(formatter.formatCellValue(cell).strip())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(Row row, DataFormatter formatter) {
        for (Cell cell : row) {
            if (!formatter.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String label(ImportColumn column) {
        return ImportColumn.labelOf(column.field());
    }

    private static String describe(FieldProblem problem) {
        String label = ImportColumn.labelOf(problem.field());
        return label.isEmpty() ? problem.message() : label + "：" + problem.message();
    }

    private static RegistrationRefused refused(String message) {
        return new RegistrationRefused(RegistrationRefused.Reason.INVALID, message, List.of(new FieldProblem("file", message)));
    }
}
