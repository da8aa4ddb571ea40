package org.warmaid.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.warmaid.registration.validation.BankCardNumber;
import org.warmaid.registration.validation.PersonName;
import org.warmaid.registration.validation.PersonNames;
import org.warmaid.registration.validation.PhoneNumber;
import org.warmaid.registration.validation.ResidentIdNumber;

/**
 * What a unit enters for one worker: the 附件2 form plus what 附件3 needs. The same object is bound
 * from the portal form, the JSON API and each row of an Excel import, and validated the same way.
 * Money is yuan per month, areas m².
 */
@HouseholdConsistent
public class RegistrationForm {

    @NotBlank(message = "请填写困难职工姓名")
    @PersonName
    private String name;

    @NotBlank(message = "请填写身份证号码")
    @ResidentIdNumber
    private String idNumber;

    @NotBlank(message = "请填写所在单位及职务")
    @Size(max = 100, message = "所在单位及职务不能超过100个字")
    private String unitAndPosition;

    @NotBlank(message = "请填写联系电话")
    @PhoneNumber
    private String phone;

    @NotNull(message = "请填写家庭人口数")
    @Min(value = 1, message = "家庭人口数至少为1（职工本人）")
    @Max(value = 20, message = "家庭人口数不能超过20")
    private Integer householdSize;

    @NotNull(message = "请填写家庭月收入，没有收入请填0")
    @DecimalMin(value = "0", message = "家庭月收入不能为负数")
    @DecimalMax(value = "9999999.99", message = "家庭月收入数额过大，请核对")
    @Digits(integer = 7, fraction = 2, message = "家庭月收入最多保留两位小数")
    private BigDecimal householdMonthlyIncome;

    @NotBlank(message = "请填写家庭现住址")
    @Size(max = 200, message = "家庭现住址不能超过200个字")
    private String address;

    @NotBlank(message = "请填写工商银行卡号（借记卡）")
    @BankCardNumber
    private String bankCardNumber;

    @NotBlank(message = "请填写困难原因")
    @Size(max = 150, message = "困难原因限150字")
    private String hardshipReason;

    @NotEmpty(message = "请至少选择一种困难类型")
    private Set<HardshipType> hardshipTypes = EnumSet.noneOf(HardshipType.class);

    @Valid
    @Size(max = 19, message = "其他家庭成员不能超过19人")
    private List<FamilyMemberForm> familyMembers = new ArrayList<>();

    @NotNull(message = "请选择送温暖对象类别")
    @Min(value = 1, message = "送温暖对象类别应为1至7")
    @Max(value = 7, message = "送温暖对象类别应为1至7")
    private Integer aidCategory;

    @Size(max = 50, message = "地区不能超过50个字")
    private String region;

    @NotNull(message = "请填写每月缴纳的所得税，没有请填0")
    @DecimalMin(value = "0", message = "所得税不能为负数")
    @DecimalMax(value = "9999999.99", message = "所得税数额过大，请核对")
    @Digits(integer = 7, fraction = 2, message = "所得税最多保留两位小数")
    private BigDecimal incomeTax;

    @NotNull(message = "请填写每月个人缴纳的社会保障支出，没有请填0")
    @DecimalMin(value = "0", message = "社会保障支出不能为负数")
    @DecimalMax(value = "9999999.99", message = "社会保障支出数额过大，请核对")
    @Digits(integer = 7, fraction = 2, message = "社会保障支出最多保留两位小数")
    private BigDecimal socialSecurityContributions;

    @NotNull(message = "请填写人均收入低于当地最低生活保障标准的连续月数，没有请填0")
    @Min(value = 0, message = "月数不能为负数")
    @Max(value = 600, message = "月数过大，请核对")
    private Integer monthsBelowStandard;

    @NotNull(message = "请填写家庭每月必要支出（患病、子女上学、残疾、灾害事故等），没有请填0")
    @DecimalMin(value = "0", message = "必要支出不能为负数")
    @DecimalMax(value = "9999999.99", message = "必要支出数额过大，请核对")
    @Digits(integer = 7, fraction = 2, message = "必要支出最多保留两位小数")
    private BigDecimal necessaryExpenses;

    @NotNull(message = "请回答是否遭受突发事件、意外伤害或重大疾病")
    private Boolean suddenHardship;

    @NotNull(message = "请回答是否为低保户")
    private Boolean minimumLivingAllowance;

    @NotNull(message = "请回答是否有残疾")
    private Boolean disabled;

    @NotNull(message = "请填写家庭拥有的住宅套数，没有请填0")
    @Min(value = 0, message = "住宅套数不能为负数")
    @Max(value = 99, message = "住宅套数过大，请核对")
    private Integer homeCount;

    @NotNull(message = "请填写住宅总面积（平方米），没有请填0")
    @DecimalMin(value = "0", message = "住宅面积不能为负数")
    @DecimalMax(value = "99999.99", message = "住宅面积过大，请核对")
    @Digits(integer = 5, fraction = 2, message = "住宅面积最多保留两位小数")
    private BigDecimal housingArea;

    @NotNull(message = "请回答是否拥有商业店铺或雇佣他人从事经营活动")
    private Boolean ownsShopOrEmploysOthers;

    @NotNull(message = "请回答子女是否就读高收费私立学校或自费出国留学")
    private Boolean childInPrivateSchoolOrAbroad;

    @NotNull(message = "请回答是否非受雇佣经常使用船舶、工程机械")
    private Boolean usesShipsOrMachinery;

    @NotNull(message = "请确认是否如实填报家庭收入及财产状况")
    private Boolean declaredTruthfully;

    /** The version read before editing; an update with an older one is refused as stale. */
    private Long version;

    /**
     * The household as entered, in the campaign's region unless the form names one. A draft's
     * unanswered questions count as no (the truthful declaration as yes): the pre-check judges it as
     * far as it goes; a saved registration has answered them all.
     */
    public Household household(String defaultRegion) {
        return new Household(region != null ? region : defaultRegion, householdSize, householdMonthlyIncome, incomeTax,
                socialSecurityContributions, necessaryExpenses, monthsBelowStandard, hardshipTypes,
                isTrue(suddenHardship), isTrue(minimumLivingAllowance), isTrue(disabled), homeCount, housingArea,
                isTrue(ownsShopOrEmploysOthers), isTrue(childInPrivateSchoolOrAbroad), isTrue(usesShipsOrMachinery),
                declaredTruthfully == null || declaredTruthfully, aidCategory == null ? 0 : aidCategory);
    }

    /** Fills in what the household holds, for editing a saved registration. */
    public void setHousehold(Household household) {
        setRegion(household.region());
        householdSize = household.householdSize();
        householdMonthlyIncome = household.householdMonthlyIncome();
        incomeTax = household.incomeTax();
        socialSecurityContributions = household.socialSecurityContributions();
        necessaryExpenses = household.necessaryExpenses();
        monthsBelowStandard = household.monthsBelowStandard();
        setHardshipTypes(household.hardshipTypes());
        suddenHardship = household.suddenHardship();
        minimumLivingAllowance = household.minimumLivingAllowance();
        disabled = household.disabled();
        homeCount = household.homeCount();
        housingArea = household.housingArea();
        ownsShopOrEmploysOthers = household.ownsShopOrEmploysOthers();
        childInPrivateSchoolOrAbroad = household.childInPrivateSchoolOrAbroad();
        usesShipsOrMachinery = household.usesShipsOrMachinery();
        declaredTruthfully = household.declaredTruthfully();
        aidCategory = household.aidCategory();
    }

    private static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    public List<FamilyMemberForm> listedFamilyMembers() {
        return familyMembers == null ? List.of() : familyMembers.stream().filter(m -> m != null && !m.isBlank()).toList();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = PersonNames.normalized(Text.line(name));
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = Text.number(idNumber, false);
    }

    public String getUnitAndPosition() {
        return unitAndPosition;
    }

    public void setUnitAndPosition(String unitAndPosition) {
        this.unitAndPosition = Text.line(unitAndPosition);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Text.number(phone, true);
    }

    public Integer getHouseholdSize() {
        return householdSize;
    }

    public void setHouseholdSize(Integer householdSize) {
        this.householdSize = householdSize;
    }

    public BigDecimal getHouseholdMonthlyIncome() {
        return householdMonthlyIncome;
    }

    public void setHouseholdMonthlyIncome(BigDecimal householdMonthlyIncome) {
        this.householdMonthlyIncome = householdMonthlyIncome;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Text.line(address);
    }

    public String getBankCardNumber() {
        return bankCardNumber;
    }

    public void setBankCardNumber(String bankCardNumber) {
        this.bankCardNumber = Text.number(bankCardNumber, false);
    }

    public String getHardshipReason() {
        return hardshipReason;
    }

    public void setHardshipReason(String hardshipReason) {
        this.hardshipReason = Text.paragraph(hardshipReason);
    }

    public Set<HardshipType> getHardshipTypes() {
        return hardshipTypes;
    }

    public void setHardshipTypes(Set<HardshipType> hardshipTypes) {
        // a blank box of the form binds as null
        EnumSet<HardshipType> types = EnumSet.noneOf(HardshipType.class);
        if (hardshipTypes != null) {
            hardshipTypes.stream().filter(Objects::nonNull).forEach(types::add);
        }
        this.hardshipTypes = types;
    }

    public List<FamilyMemberForm> getFamilyMembers() {
        return familyMembers;
    }

    public void setFamilyMembers(List<FamilyMemberForm> familyMembers) {
        this.familyMembers = familyMembers == null ? new ArrayList<>() : new ArrayList<>(familyMembers);
    }

    public Integer getAidCategory() {
        return aidCategory;
    }

    public void setAidCategory(Integer aidCategory) {
        this.aidCategory = aidCategory;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = Text.line(region);
    }

    public BigDecimal getIncomeTax() {
        return incomeTax;
    }

    public void setIncomeTax(BigDecimal incomeTax) {
        this.incomeTax = incomeTax;
    }

    public BigDecimal getSocialSecurityContributions() {
        return socialSecurityContributions;
    }

    public void setSocialSecurityContributions(BigDecimal socialSecurityContributions) {
        this.socialSecurityContributions = socialSecurityContributions;
    }

    public Integer getMonthsBelowStandard() {
        return monthsBelowStandard;
    }

    public void setMonthsBelowStandard(Integer monthsBelowStandard) {
        this.monthsBelowStandard = monthsBelowStandard;
    }

    public BigDecimal getNecessaryExpenses() {
        return necessaryExpenses;
    }

    public void setNecessaryExpenses(BigDecimal necessaryExpenses) {
        this.necessaryExpenses = necessaryExpenses;
    }

    public Boolean getSuddenHardship() {
        return suddenHardship;
    }

    public void setSuddenHardship(Boolean suddenHardship) {
        this.suddenHardship = suddenHardship;
    }

    public Boolean getMinimumLivingAllowance() {
        return minimumLivingAllowance;
    }

    public void setMinimumLivingAllowance(Boolean minimumLivingAllowance) {
        this.minimumLivingAllowance = minimumLivingAllowance;
    }

    public Boolean getDisabled() {
        return disabled;
    }

    public void setDisabled(Boolean disabled) {
        this.disabled = disabled;
    }

    public Integer getHomeCount() {
        return homeCount;
    }

    public void setHomeCount(Integer homeCount) {
        this.homeCount = homeCount;
    }

    public BigDecimal getHousingArea() {
        return housingArea;
    }

    public void setHousingArea(BigDecimal housingArea) {
        this.housingArea = housingArea;
    }

    public Boolean getOwnsShopOrEmploysOthers() {
        return ownsShopOrEmploysOthers;
    }

    public void setOwnsShopOrEmploysOthers(Boolean ownsShopOrEmploysOthers) {
        this.ownsShopOrEmploysOthers = ownsShopOrEmploysOthers;
    }

    public Boolean getChildInPrivateSchoolOrAbroad() {
        return childInPrivateSchoolOrAbroad;
    }

    public void setChildInPrivateSchoolOrAbroad(Boolean childInPrivateSchoolOrAbroad) {
        this.childInPrivateSchoolOrAbroad = childInPrivateSchoolOrAbroad;
    }

    public Boolean getUsesShipsOrMachinery() {
        return usesShipsOrMachinery;
    }

    public void setUsesShipsOrMachinery(Boolean usesShipsOrMachinery) {
        this.usesShipsOrMachinery = usesShipsOrMachinery;
    }

    public Boolean getDeclaredTruthfully() {
        return declaredTruthfully;
    }

    public void setDeclaredTruthfully(Boolean declaredTruthfully) {
        this.declaredTruthfully = declaredTruthfully;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
