package org.warmaid.registration;

import jakarta.persistence.Embeddable;

/** 其他家庭成员: a person of the household other than the worker. */
@Embeddable
public class FamilyMember {

    private String name;
    private int age;
    private String relation;
    private String workUnitAndPosition;

    protected FamilyMember() {
    }

    FamilyMember(String name, int age, String relation, String workUnitAndPosition) {
        this.name = name;
        this.age = age;
        this.relation = relation;
        this.workUnitAndPosition = workUnitAndPosition;
    }

    static FamilyMember of(FamilyMemberForm form) {
        return new FamilyMember(form.getName(), form.getAge(), form.getRelation(), form.getWorkUnitAndPosition());
    }

    FamilyMemberForm toForm() {
        return new FamilyMemberForm(name, age, relation, workUnitAndPosition);
    }

    public String getName() {
        return name;
    }

    public int getAge() {
        return age;
    }

    public String getRelation() {
        return relation;
    }

    public String getWorkUnitAndPosition() {
        return workUnitAndPosition;
    }

    @Override
    public String toString() {
        return name + "（" + relation + "，" + age + "岁，" + workUnitAndPosition + "）";
    }
}
