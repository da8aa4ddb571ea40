package org.warmaid.support;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.warmaid.registration.FamilyMemberForm;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.RegistrationForm;

/** Valid registrations with fresh, valid ID and card numbers, as a unit would enter them. */
public final class SampleRegistrations {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";
    /** Birth dates (40 years of 12 × 28 days) times a three-digit sequence: the distinct numbers this class can give. */
    private static final long ID_NUMBERS = 40L * 12 * 28 * 1000;
    /**
     * Numbers are handed out in turn from a random start, so no two in one test run repeat: drawn at random, 500
     * drafts of one campaign met a duplicate about once in a hundred runs and were refused as the same worker.
     */
    private static final AtomicLong NEXT_ID_NUMBER = new AtomicLong(ThreadLocalRandom.current().nextLong(ID_NUMBERS));

    private SampleRegistrations() {
    }

    /** A household of two in 长春市 with a seriously ill spouse, below the minimum standard for 8 months. */
    public static RegistrationForm valid() {
        RegistrationForm form = new RegistrationForm();
        form.setName("刘洋");
        form.setIdNumber(freshIdNumber());
        form.setUnitAndPosition("省交通运输厅 科员");
        form.setPhone("13804310000");
        form.setHouseholdSize(2);
        form.setHouseholdMonthlyIncome(new BigDecimal("1000.00"));
        form.setAddress("长春市朝阳区西民主大街1号");
        form.setBankCardNumber(randomBankCard());
        form.setHardshipReason("妻子患尿毒症，长期透析，家庭收入低");
        form.setHardshipTypes(EnumSet.of(HardshipType.SERIOUS_ILLNESS, HardshipType.LOW_INCOME));
        form.setFamilyMembers(List.of(new FamilyMemberForm("王丽", 44, "配偶", "无")));
        form.setAidCategory(2);
        form.setRegion("长春市");
        form.setIncomeTax(BigDecimal.ZERO);
        form.setSocialSecurityContributions(new BigDecimal("100.00"));
        form.setMonthsBelowStandard(8);
        form.setNecessaryExpenses(new BigDecimal("600.00"));
        form.setSuddenHardship(false);
        form.setMinimumLivingAllowance(false);
        form.setDisabled(false);
        form.setHomeCount(1);
        form.setHousingArea(new BigDecimal("60.00"));
        form.setOwnsShopOrEmploysOthers(false);
        form.setChildInPrivateSchoolOrAbroad(false);
        form.setUsesShipsOrMachinery(false);
        form.setDeclaredTruthfully(true);
        return form;
    }

    /** A name for the n-th worker of a test, as names go (Chinese characters only): 职工一二 for 12. */
    public static String workerName(long number) {
        return "职工" + chineseDigits(String.valueOf(number));
    }

    /** The digits of a text as Chinese characters (a unit code's number in a name): "0071" → 零零七一. */
    public static String chineseDigits(String digits) {
        StringBuilder name = new StringBuilder();
        digits.chars().filter(Character::isDigit).forEach(digit -> name.append("零一二三四五六七八九".charAt(digit - '0')));
        return name.toString();
    }

    /** A valid ID number not given before in this run (see {@link #NEXT_ID_NUMBER}). */
    public static String freshIdNumber() {
        long next = NEXT_ID_NUMBER.getAndIncrement() % ID_NUMBERS;
        long sequence = next % 1000;
        long day = next / 1000 % 28;
        long month = next / (1000 * 28) % 12;
        long year = next / (1000 * 28 * 12);
        String first17 = "220102" + (1960 + year) + "%02d%02d%03d".formatted(1 + month, 1 + day, sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK.charAt(sum % 11);
    }

    public static String randomBankCard() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder digits = new StringBuilder("622202");
        while (digits.length() < 18) {
            digits.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }
}
