package org.warmaid.campaign;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** The settings of a campaign as an administrator enters them (times in China time). */
public class CampaignForm {

    @NotBlank(message = "请填写活动名称")
    @Size(max = 100, message = "活动名称不能超过100个字")
    private String name;

    @NotNull(message = "请填写年度")
    @Min(value = 2000, message = "年度不正确")
    @Max(value = 2100, message = "年度不正确")
    private Integer year;

    @NotNull(message = "请填写申报截止时间")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime entryDeadline;

    @NotNull(message = "请填写退回后的更正期限（小时）")
    @Min(value = 1, message = "更正期限至少1小时")
    @Max(value = 720, message = "更正期限不能超过720小时")
    private Integer correctionWindowHours = 48;

    @NotBlank(message = "请选择地区")
    private String region;

    @NotNull(message = "请填写抽查走访比例")
    @DecimalMin(value = "0", message = "抽查比例不能为负数")
    @DecimalMax(value = "100", message = "抽查比例不能超过100%")
    private BigDecimal spotCheckPercent = BigDecimal.TEN;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate materialsFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate materialsUntil;

    @Size(max = 200, message = "报送地点不能超过200个字")
    private String materialsAddress;

    @Min(value = 2000, message = "表格年度不正确")
    @Max(value = 2100, message = "表格年度不正确")
    private Integer formYear;

    @Size(max = 50, message = "联系人不能超过50个字")
    private String contactName;

    @Size(max = 50, message = "联系电话不能超过50个字")
    private String contactPhone;

    @Size(max = 50, message = "网站技术人员不能超过50个字")
    private String techContactName;

    @Size(max = 50, message = "网站技术人员电话不能超过50个字")
    private String techContactPhone;

    public static CampaignForm of(Campaign campaign, java.time.ZoneId zone) {
        CampaignForm form = new CampaignForm();
        form.name = campaign.getName();
        form.year = campaign.getYear();
        form.entryDeadline = LocalDateTime.ofInstant(campaign.getEntryDeadline(), zone);
        form.correctionWindowHours = campaign.getCorrectionWindowHours();
        form.region = campaign.getRegion();
        // written as people write it: 10, not 1E+1 (stripTrailingZeros alone gives a negative scale)
        form.spotCheckPercent = new BigDecimal(campaign.getSpotCheckShare().movePointRight(2).stripTrailingZeros().toPlainString());
        form.materialsFrom = campaign.getMaterialsFrom();
        form.materialsUntil = campaign.getMaterialsUntil();
        form.materialsAddress = campaign.getMaterialsAddress();
        form.formYear = campaign.getFormYear();
        form.contactName = campaign.getContactName();
        form.contactPhone = campaign.getContactPhone();
        form.techContactName = campaign.getTechContactName();
        form.techContactPhone = campaign.getTechContactPhone();
        return form;
    }

    public Integer getFormYear() {
        return formYear;
    }

    public void setFormYear(Integer formYear) {
        this.formYear = formYear;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = blankToNull(contactName);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = blankToNull(contactPhone);
    }

    public String getTechContactName() {
        return techContactName;
    }

    public void setTechContactName(String techContactName) {
        this.techContactName = blankToNull(techContactName);
    }

    public String getTechContactPhone() {
        return techContactPhone;
    }

    public void setTechContactPhone(String techContactPhone) {
        this.techContactPhone = blankToNull(techContactPhone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDateTime getEntryDeadline() {
        return entryDeadline;
    }

    public void setEntryDeadline(LocalDateTime entryDeadline) {
        this.entryDeadline = entryDeadline;
    }

    public Integer getCorrectionWindowHours() {
        return correctionWindowHours;
    }

    public void setCorrectionWindowHours(Integer correctionWindowHours) {
        this.correctionWindowHours = correctionWindowHours;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public BigDecimal getSpotCheckPercent() {
        return spotCheckPercent;
    }

    public void setSpotCheckPercent(BigDecimal spotCheckPercent) {
        this.spotCheckPercent = spotCheckPercent;
    }

    public LocalDate getMaterialsFrom() {
        return materialsFrom;
    }

    public void setMaterialsFrom(LocalDate materialsFrom) {
        this.materialsFrom = materialsFrom;
    }

    public LocalDate getMaterialsUntil() {
        return materialsUntil;
    }

    public void setMaterialsUntil(LocalDate materialsUntil) {
        this.materialsUntil = materialsUntil;
    }

    public String getMaterialsAddress() {
        return materialsAddress;
    }

    public void setMaterialsAddress(String materialsAddress) {
        this.materialsAddress = materialsAddress == null || materialsAddress.isBlank() ? null : materialsAddress.strip();
    }
}
