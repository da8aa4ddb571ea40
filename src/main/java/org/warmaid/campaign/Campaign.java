package org.warmaid.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One winter "send warmth" campaign (e.g. 2027年元旦春节送温暖活动): its entry deadline, the
 * correction window after a late return, the region whose living standard applies, the share of
 * approved registrations picked for a home visit, where the paper materials go, the year its forms
 * are titled with and the notice's contacts.
 */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "campaign_year")
    private int year;

    private String region;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status = CampaignStatus.DRAFT;

    /** 1 while open; the unique key on it allows a single open campaign. */
    private Integer openSlot;

    private Instant entryDeadline;

    private int correctionWindowHours = 48;

    private BigDecimal spotCheckShare = new BigDecimal("0.1000");

    private LocalDate materialsFrom;

    private LocalDate materialsUntil;

    private String materialsAddress;

    /** The year the forms and the summary are titled with: the notice's 2020 campaign prints 2019. */
    private Integer formYear;

    private String contactName;

    private String contactPhone;

    private String techContactName;

    private String techContactPhone;

    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
    }

    public Campaign(String name, int year, String region, Instant entryDeadline, Instant createdAt) {
        this.name = name;
        this.year = year;
        this.region = region;
        this.entryDeadline = entryDeadline;
        this.createdAt = createdAt;
    }

    public void open() {
        status = CampaignStatus.OPEN;
        openSlot = 1;
    }

    public void close() {
        status = CampaignStatus.CLOSED;
        openSlot = null;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    public boolean acceptsEntriesAt(Instant now) {
        return isOpen() && now.isBefore(entryDeadline);
    }

    public Duration correctionWindow() {
        return Duration.ofHours(correctionWindowHours);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getEntryDeadline() {
        return entryDeadline;
    }

    public void setEntryDeadline(Instant entryDeadline) {
        this.entryDeadline = entryDeadline;
    }

    public int getCorrectionWindowHours() {
        return correctionWindowHours;
    }

    public void setCorrectionWindowHours(int correctionWindowHours) {
        this.correctionWindowHours = correctionWindowHours;
    }

    public BigDecimal getSpotCheckShare() {
        return spotCheckShare;
    }

    public void setSpotCheckShare(BigDecimal spotCheckShare) {
        this.spotCheckShare = spotCheckShare;
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
        this.materialsAddress = materialsAddress;
    }

    /** The forms' and summary's year; by default the year before the campaign's, as in the notice. */
    public int getFormYear() {
        return formYear != null ? formYear : year - 1;
    }

    public void setFormYear(Integer formYear) {
        this.formYear = formYear;
    }

    /** 联系人 of the notice, for questions about the campaign and the paper materials. */
    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    /** 网站技术人员 of the notice, for user name and password problems. */
    public String getTechContactName() {
        return techContactName;
    }

    public void setTechContactName(String techContactName) {
        this.techContactName = techContactName;
    }

    public String getTechContactPhone() {
        return techContactPhone;
    }

    public void setTechContactPhone(String techContactPhone) {
        this.techContactPhone = techContactPhone;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
