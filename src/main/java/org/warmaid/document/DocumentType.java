package org.warmaid.document;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of supporting material the notice asks for (the codes of the RequiredDocuments decision). */
public enum DocumentType {
    ID_AND_BANK_CARD("身份证和工商银行卡复印件（一张纸）"),
    LOW_INCOME_CERTIFICATE("低保户证明"),
    DISABILITY_CERTIFICATE("残疾证明"),
    DIAGNOSIS("大重病住院诊断结果（1-2页）"),
    OTHER("其他佐证材料");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentType> parse(String value) {
        return Arrays.stream(values()).filter(type -> type.name().equals(value)).findFirst();
    }
}
