package org.warmaid.reporting;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The export benchmark, run in a JVM of its own (the benchmark launches it with -Xmx256m): the unit
 * summary and the all-units workbook for N rows, each against bare SXSSF writing the same cell values
 * without styles, merges, print setup or formulas. Prints one "key=value" line per figure.
 */
public final class ExportBenchmarkMain {

    private static final int ROUNDS = 3;

    private ExportBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int units = Integer.parseInt(args[1]);
        Path dir = Files.createDirectories(Path.of(args[2]));
        // warm-up on a small size so class loading and JIT are not measured
        for (int i = 0; i < 2; i++) {
            summary(2_000, dir.resolve("warm.xlsx"));
            bareSummary(2_000, dir.resolve("warm.xlsx"));
            allUnits(2_000, units, dir.resolve("warm.xlsx"));
            bareAllUnits(2_000, units, dir.resolve("warm.xlsx"));
        }
        // each side three times, interleaved, so a noisy neighbour hurts both alike; the median is reported
        Map<String, List<long[]>> runs = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            runs.computeIfAbsent("summary", k -> new ArrayList<>()).add(measure(() -> summary(rows, dir.resolve("summary.xlsx"))));
            runs.computeIfAbsent("summaryBare", k -> new ArrayList<>()).add(measure(() -> bareSummary(rows, dir.resolve("summary-bare.xlsx"))));
            runs.computeIfAbsent("allUnits", k -> new ArrayList<>()).add(measure(() -> allUnits(rows, units, dir.resolve("all-units.xlsx"))));
            runs.computeIfAbsent("allUnitsBare", k -> new ArrayList<>()).add(measure(() -> bareAllUnits(rows, units, dir.resolve("all-units-bare.xlsx"))));
        }
        runs.forEach((name, results) -> {
            long[] times = results.stream().mapToLong(r -> r[0]).sorted().toArray();
            System.out.println(name + ".ms=" + times[times.length / 2]);
            System.out.println(name + ".peakHeapMb=" + results.stream().mapToLong(r -> r[1]).max().orElse(0));
        });
        System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    interface Work {
        void run() throws IOException;
    }

    /** Elapsed milliseconds and peak heap (MB) of one run. */
    private static long[] measure(Work work) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        work.run();
        long elapsed = System.nanoTime() - start;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new long[] {elapsed / 1_000_000, peak / (1024 * 1024)};
    }

    private static SummaryRow row(int i) {
        return new SummaryRow("2027-U%03d-%05d".formatted(i % 100, i), "职工" + i, "22010219800101" + "%04d".formatted(i % 10_000),
                "省交通运输厅 科员", "13804310000", 1 + i % 4, BigDecimal.valueOf(100_050 + i, 2),
                "长春市朝阳区西民主大街" + i + "号", "62220210000" + "%08d".formatted(i), "低收入、大重病",
                "妻子患尿毒症，长期透析，家庭收入低，子女上学负担重", "王丽（配偶，44岁，无）", "（二）", "党委审核中",
                BigDecimal.valueOf(1000), i % 2 == 0);
    }

    private static Iterable<SummaryRow> rows(int count) {
        return () -> new Iterator<>() {
            int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public SummaryRow next() {
                return row(next++);
            }
        };
    }

    static void summary(int count, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            UnitSummaryWorkbook.write(new UnitSummaryWorkbook.Heading(2026, "省交通运输厅", LocalDateTime.now(), null),
                    rows(count), out);
        }
    }

    static void bareSummary(int count, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            SXSSFSheet sheet = workbook.createSheet("困难职工情况汇总表");
            int index = 0;
            for (SummaryRow r : rows(count)) {
                Row row = sheet.createRow(index++);
                row.createCell(0).setCellValue(index);
                row.createCell(1).setCellValue(r.reference());
                row.createCell(2).setCellValue(r.name());
                row.createCell(3).setCellValue(r.idNumber());
                row.createCell(4).setCellValue(r.unitAndPosition());
                row.createCell(5).setCellValue(r.phone());
                row.createCell(6).setCellValue(r.householdSize());
                row.createCell(7).setCellValue(r.monthlyIncome().doubleValue());
                row.createCell(8).setCellValue(r.address());
                row.createCell(9).setCellValue(r.bankCardNumber());
                row.createCell(10).setCellValue(r.hardshipTypes());
                row.createCell(11).setCellValue(r.hardshipReason());
                row.createCell(12).setCellValue(r.familyMembers());
                row.createCell(13).setCellValue(r.aidCategory());
                row.createCell(14).setCellValue(r.stage());
            }
            workbook.write(out);
        }
    }

    private static AllUnitsWorkbook.UnitRow unitRow(SummaryRow r, int i) {
        return new AllUnitsWorkbook.UnitRow(r.reference(), r.name(), "220102********" + (i % 10_000), r.unitAndPosition(),
                r.householdSize(), r.monthlyIncome(), r.hardshipTypes(), "2", "待发放", BigDecimal.valueOf(1000),
                BigDecimal.ZERO, true);
    }

    static void allUnits(int count, int units, Path file) throws IOException {
        try (AllUnitsWorkbook workbook = new AllUnitsWorkbook("《2027年困难职工情况汇总表》全部单位");
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            for (int u = 0; u < units; u++) {
                workbook.addUnit("U%03d".formatted(u), "单位" + u);
            }
            int i = 0;
            for (SummaryRow r : rows(count)) {
                workbook.addRow("U%03d".formatted(i % units), unitRow(r, i));
                i++;
            }
            workbook.write(out);
        }
    }

    static void bareAllUnits(int count, int units, Path file) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            workbook.createSheet("总览");
            SXSSFSheet[] sheets = new SXSSFSheet[units];
            int[] next = new int[units];
            for (int u = 0; u < units; u++) {
                sheets[u] = workbook.createSheet("U%03d 单位%d".formatted(u, u));
            }
            int i = 0;
            for (SummaryRow r : rows(count)) {
                int u = i % units;
                AllUnitsWorkbook.UnitRow x = unitRow(r, i);
                Row row = sheets[u].createRow(next[u]++);
                row.createCell(0).setCellValue(next[u]);
                row.createCell(1).setCellValue(x.reference());
                row.createCell(2).setCellValue(x.name());
                row.createCell(3).setCellValue(x.maskedIdNumber());
                row.createCell(4).setCellValue(x.unitAndPosition());
                row.createCell(5).setCellValue(x.householdSize());
                row.createCell(6).setCellValue(x.monthlyIncome().doubleValue());
                row.createCell(7).setCellValue(x.hardshipTypes());
                row.createCell(8).setCellValue(x.aidCategory());
                row.createCell(9).setCellValue(x.stage());
                row.createCell(10).setCellValue(x.approved().doubleValue());
                row.createCell(11).setCellValue(x.paid().doubleValue());
                row.createCell(12).setCellValue(x.submitted() ? "是" : "否");
                i++;
            }
            workbook.write(out);
        }
    }
}
