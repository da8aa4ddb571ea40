package org.warmaid.registration;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.warmaid.registration.validation.PersonName;
import org.warmaid.registration.validation.PersonNames;

/** One row of 其他家庭成员 on 附件2. */
public class FamilyMemberForm {

    @NotBlank(message = "请填写家庭成员姓名")
    @PersonName
    private String name;

    @NotNull(message = "请填写家庭成员年龄")
    @Min(value = 0, message = "年龄不能为负数")
    @Max(value = 120, message = "年龄不能超过120岁")
    private Integer age;

    @NotBlank(message = "请填写与职工的关系（如配偶、子女）")
    @Size(max = 20, message = "关系不能超过20个字")
    private String relation;

    @NotBlank(message = "请填写工作单位及职务，没有工作请填“无”")
    @Size(max = 100, message = "工作单位及职务不能超过100个字")
    private String workUnitAndPosition;

    public FamilyMemberForm() {
    }

    public FamilyMemberForm(String name, Integer age, String relation, String workUnitAndPosition) {
        setName(name);
        this.age = age;
        setRelation(relation);
        setWorkUnitAndPosition(workUnitAndPosition);
    }

    @JsonIgnore
    public boolean isBlank() {
        return name == null && age == null && relation == null && workUnitAndPosition == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = PersonNames.normalized(Text.line(name));
    }

    public Integer getAge() {
        return age;
    }

    public void setAge(Integer age) {
        this.age = age;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = Text.line(relation);
    }

    public String getWorkUnitAndPosition() {
        return workUnitAndPosition;
    }

    public void setWorkUnitAndPosition(String workUnitAndPosition) {
        this.workUnitAndPosition = Text.line(workUnitAndPosition);
    }
}
