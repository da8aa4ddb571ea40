package org.warmaid.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warmaid.privacy.Masking;

/** Names as Camunda Admin keeps them (姓 / 名) and as people read them. */
class PersonNamesTest {

    @Test
    void theFamilyNameIsTheLastNameAndChineseNamesAreWrittenFamilyNameFirst() {
        assertThat(PersonNames.split("张伟")).isEqualTo(new PersonNames.Split("张", "伟"));
        assertThat(PersonNames.split("欧阳修远")).isEqualTo(new PersonNames.Split("欧阳", "修远"));
        assertThat(PersonNames.split("欧阳")).as("two characters: a family name of one").isEqualTo(new PersonNames.Split("欧", "阳"));
        assertThat(PersonNames.split("Anna Schmidt")).isEqualTo(new PersonNames.Split("Schmidt", "Anna"));
        assertThat(PersonNames.full("伟", "张")).isEqualTo("张伟");
        assertThat(PersonNames.full("Anna", "Schmidt")).isEqualTo("Anna Schmidt");
    }

    @Test
    void aTaskCardShowsTheFamilyNameAndHidesTheRest() {
        assertThat(Masking.name("刘洋")).isEqualTo("刘*");
        assertThat(Masking.name("张三丰")).isEqualTo("张*丰");
        assertThat(Masking.name("欧阳修远")).isEqualTo("欧**远");
        assertThat(Masking.name("李")).isEqualTo("*");
    }
}
