package org.warmaid.review;

import java.util.Map;

/** Chinese names of the document codes of the RequiredDocuments decision. */
public final class RequiredDocumentLabels {

    private static final Map<String, String> LABELS = Map.of(
            "ID_AND_BANK_CARD", "身份证和工商银行卡复印件（一张纸）",
            "LOW_INCOME_CERTIFICATE", "低保户证明",
            "DISABILITY_CERTIFICATE", "残疾证明",
            "DIAGNOSIS", "大重病住院诊断结果（1-2页）");

    private RequiredDocumentLabels() {
    }

    public static String of(String code) {
        return LABELS.getOrDefault(code, code);
    }

    /** For templates: {@code ${documentLabels.of(code)}}. */
    public static final class Lookup {

        public String of(String code) {
            return RequiredDocumentLabels.of(code);
        }
    }
}
