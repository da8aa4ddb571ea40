package org.warmaid.registration;

import java.util.Arrays;
import java.util.Optional;

/** The notice's seven 送温暖对象 (二、活动内容 （一）–（七）), numbered 1–7 in the API. */
public enum AidCategory {
    HARDSHIP_INCOME(1, "（一）下岗失业、收入偏低、子女教育负担重等造成家庭生活困难的职工"),
    ILLNESS_OR_DISASTER(2, "（二）本人或家庭成员患大病、遭受灾害或突发意外造成生活困难的职工"),
    WAGES_CUT(3, "（三）企业关停并转等原因停发、减发工资导致生活相对困难的职工"),
    WORK_INJURY(4, "（四）工伤或职业病致残职工、因公牺牲职工家属；重大疾病手术、住院的职工"),
    HARSH_CONDITIONS(5, "（五）长期在高低温、高空、有毒有害等艰苦岗位工作的一线职工"),
    FRONTLINE(6, "（六）抗灾一线、节日坚守岗位、派驻挂职、做出突出贡献的职工及先进模范"),
    POLICY_DESIGNATED(7, "（七）党委政府研究决定、捐赠方指定或经工会集体研究决定的特殊送温暖对象");

    private final int code;
    private final String label;

    AidCategory(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Optional<AidCategory> ofCode(Integer code) {
        return Arrays.stream(values()).filter(category -> code != null && category.code == code).findFirst();
    }
}
