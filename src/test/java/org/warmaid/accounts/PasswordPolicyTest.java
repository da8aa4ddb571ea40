package org.warmaid.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final PasswordPolicy.Owner owner = new PasswordPolicy.Owner("u001", "张伟", "省交通运输厅");

    @ParameterizedTest
    @ValueSource(strings = {"Warm-Aid-2027", "songwennuan#88", "Xq7!mnbv", "春节Jl2027"})
    void acceptsLongEnoughVariedPasswords(String password) {
        assertThat(policy.problems(password, "0", owner)).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0               | 至少8位
            Ab1!            | 至少8位
            abcdefgh        | 至少三类
            abcd1234        | 至少三类
            u001-Winter-26  | 不能包含账号
            张伟Winter2026   | 不能包含账号、本人姓名或单位名称
            Password@1      | 过于常见
            Admin@123       | 过于常见
            """)
    void refusesWeakPasswords(String password, String expected) {
        assertThat(policy.problems(password, "0", owner)).anySatisfy(problem -> assertThat(problem).contains(expected));
    }

    @org.junit.jupiter.api.Test
    void refusesTheOldPasswordAndOverlongOnes() {
        assertThat(policy.problems("Warm-Aid-2027", "Warm-Aid-2027", owner)).contains("新密码不能与原密码相同");
        assertThat(policy.problems("Aa1!" + "x".repeat(70), "0", owner)).contains("密码不能超过64位");
    }
}
