package org.warmaid.process.forms;

/** The kinds of value a task form field takes, and the Java values that count as one. */
public enum FieldType {

    /** Free text: a String. */
    TEXT("文字"),
    /** One of the field's choices: a String equal to a choice's value. */
    CHOICE("选项"),
    /** Yes or no: a Boolean, or the words "true" / "false" that a form's radio buttons submit. */
    BOOLEAN("是或否"),
    /** An amount: a number (any Java Number), never text. */
    DECIMAL("数字");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
