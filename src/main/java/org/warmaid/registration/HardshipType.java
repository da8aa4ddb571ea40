package org.warmaid.registration;

/** The hardship boxes of 附件2. */
public enum HardshipType {
    SINGLE_PARENT_FEMALE("单亲女职工"),
    LOW_INCOME("低收入"),
    SERIOUS_ILLNESS("大重病"),
    DISASTER("灾害"),
    OTHER("其它");

    private final String label;

    HardshipType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
