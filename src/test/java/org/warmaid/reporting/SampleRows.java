package org.warmaid.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Summary rows as the registry would give them, for workbook tests. */
final class SampleRows {

    private SampleRows() {
    }

    static List<SummaryRow> of(int count) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new SummaryRow("2027-U001-" + "%04d".formatted(i), i == 2 ? "=HYPERLINK(\"http://x\")" : "职工" + i,
                    "22010219800101001" + (i % 10), "省交通运输厅 科员", "13804310000", 1 + i % 4,
                    new BigDecimal("1000.50").add(BigDecimal.valueOf(i)), "长春市朝阳区西民主大街" + i + "号",
                    "622202100000000001" + (i % 10), "低收入、大重病", "妻子患尿毒症，长期透析，家庭收入低，子女上学负担重",
                    "王丽（配偶，44岁，无）", "（二）", "待上报"));
        }
        return rows;
    }
}
