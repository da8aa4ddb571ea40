package org.warmaid.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Summary rows as the registry would give them, for workbook tests. */
final class SampleRows {

    /** A reason of the notice's 150 characters, long enough to wrap over many lines. */
    static final String LONG_REASON = ("妻子患尿毒症，长期透析，每月透析费用约三千元；儿子读高中，女儿读小学，家庭收入低，"
            + "本人工资是家中唯一收入，去年又遭遇水灾，房屋受损，生活十分困难。").repeat(2).substring(0, 136);

    private SampleRows() {
    }

    static List<SummaryRow> of(int count) {
        List<SummaryRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(new SummaryRow("2027-U001-" + "%04d".formatted(i), i == 2 ? "=HYPERLINK(\"http://x\")" : "职工" + i,
                    "22010219800101001" + (i % 10), "省交通运输厅 科员", "13804310000", 1 + i % 4,
                    new BigDecimal("1000.50").add(BigDecimal.valueOf(i)), "长春市朝阳区西民主大街" + i + "号",
                    "622202100000000001" + (i % 10), "低收入、大重病",
                    i % 3 == 0 ? "（第" + i + "户起）" + LONG_REASON + "（第" + i + "户完）" : "妻子患尿毒症，长期透析，家庭收入低，子女上学负担重",
                    i % 3 == 0 ? "王丽（配偶，44岁，无）；刘小雨（女儿，12岁，长春市第一实验小学学生）；刘大山（父亲，72岁，退休）" : "王丽（配偶，44岁，无）",
                    "（二）", i % 4 == 0 ? "工委审核中" : "已发放", new BigDecimal(i % 2 == 0 ? "800" : "1000"), i % 4 != 0));
        }
        return rows;
    }
}
