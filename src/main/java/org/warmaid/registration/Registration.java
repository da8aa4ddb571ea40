package org.warmaid.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.DynamicUpdate;
import org.warmaid.privacy.Encrypted;
import org.warmaid.privacy.Masking;

/**
 * The registration of one worker in hardship for one campaign, entered by the worker's unit: the
 * 附件2 form, the facts 附件3 judges by, and where it stands. ID number, bank card number and the
 * hardship reason (often an illness) are encrypted at rest.
 *
 * <p>An update writes only the columns that changed: the stage moves at every step of review, and
 * writing every column would also encrypt the personal numbers anew each time.
 */
@Entity
@DynamicUpdate
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private Long campaignId;

    private String unitCode;

    @Enumerated(EnumType.STRING)
    private Stage stage = Stage.ENTERED;

    private String name;

    @Convert(converter = Encrypted.class)
    private String idNumber;

    private String idNumberHash;

    private String activeIdNumberHash;

    private String unitAndPosition;

    private String phone;

    private int householdSize;

    private BigDecimal householdMonthlyIncome;

    private String address;

    @Convert(converter = Encrypted.class)
    private String bankCardNumber;

    @Convert(converter = Encrypted.class)
    private String hardshipReason;

    @Convert(converter = HardshipTypesColumn.class)
    private Set<HardshipType> hardshipTypes = EnumSet.noneOf(HardshipType.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "registration_family_member", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "member_index")
    private List<FamilyMember> familyMembers = new ArrayList<>();

    private int aidCategory;

    private String region;

    private BigDecimal incomeTax;

    private BigDecimal socialSecurityContributions;

    private int monthsBelowStandard;

    private BigDecimal necessaryExpenses;

    private boolean suddenHardship;

    private boolean minimumLivingAllowance;

    private boolean disabled;

    private int homeCount;

    private BigDecimal housingArea;

    private boolean ownsShopOrEmploysOthers;

    private boolean childInPrivateSchoolOrAbroad;

    private boolean usesShipsOrMachinery;

    private boolean declaredTruthfully;

    @Column(length = 1000)
    private String returnReason;

    private Instant correctionDeadline;

    private Instant createdAt;

    private String createdBy;

    private Instant updatedAt;

    private Instant submittedAt;

    /** When the unit last changed what it entered (the form or a supporting document). */
    private Instant editedAt;

    /** When a review or the eligibility check last sent the registration back to the unit. */
    private Instant returnedAt;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(String reference, Long campaignId, String unitCode, String createdBy, Instant now) {
        this.reference = reference;
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Takes over everything the unit entered; the form has been validated and normalised. */
    void apply(RegistrationForm form, String idNumberHash, String defaultRegion, Instant now) {
        this.name = form.getName();
        this.idNumber = form.getIdNumber();
        this.idNumberHash = idNumberHash;
        this.activeIdNumberHash = stage == Stage.WITHDRAWN ? null : idNumberHash;
        this.unitAndPosition = form.getUnitAndPosition();
        this.phone = form.getPhone();
        this.householdSize = form.getHouseholdSize();
        this.householdMonthlyIncome = form.getHouseholdMonthlyIncome();
        this.address = form.getAddress();
        this.bankCardNumber = form.getBankCardNumber();
        this.hardshipReason = form.getHardshipReason();
        this.hardshipTypes = EnumSet.copyOf(form.getHardshipTypes());
        this.familyMembers.clear();
        form.listedFamilyMembers().forEach(member -> familyMembers.add(FamilyMember.of(member)));
        this.aidCategory = form.getAidCategory();
        this.region = form.getRegion() != null ? form.getRegion() : defaultRegion;
        this.incomeTax = form.getIncomeTax();
        this.socialSecurityContributions = form.getSocialSecurityContributions();
        this.monthsBelowStandard = form.getMonthsBelowStandard();
        this.necessaryExpenses = form.getNecessaryExpenses();
        this.suddenHardship = form.getSuddenHardship();
        this.minimumLivingAllowance = form.getMinimumLivingAllowance();
        this.disabled = form.getDisabled();
        this.homeCount = form.getHomeCount();
        this.housingArea = form.getHousingArea();
        this.ownsShopOrEmploysOthers = form.getOwnsShopOrEmploysOthers();
        this.childInPrivateSchoolOrAbroad = form.getChildInPrivateSchoolOrAbroad();
        this.usesShipsOrMachinery = form.getUsesShipsOrMachinery();
        this.declaredTruthfully = form.getDeclaredTruthfully();
        this.updatedAt = now;
        this.editedAt = now;
    }


    /** The registration as a form, for editing. */
    public RegistrationForm toForm() {
        RegistrationForm form = new RegistrationForm();
        form.setName(name);
        form.setIdNumber(idNumber);
        form.setUnitAndPosition(unitAndPosition);
        form.setPhone(phone);
        form.setHouseholdSize(householdSize);
        form.setHouseholdMonthlyIncome(householdMonthlyIncome);
        form.setAddress(address);
        form.setBankCardNumber(bankCardNumber);
        form.setHardshipReason(hardshipReason);
        form.setHardshipTypes(hardshipTypes);
        form.setFamilyMembers(familyMembers.stream().map(FamilyMember::toForm).toList());
        form.setAidCategory(aidCategory);
        form.setRegion(region);
        form.setIncomeTax(incomeTax);
        form.setSocialSecurityContributions(socialSecurityContributions);
        form.setMonthsBelowStandard(monthsBelowStandard);
        form.setNecessaryExpenses(necessaryExpenses);
        form.setSuddenHardship(suddenHardship);
        form.setMinimumLivingAllowance(minimumLivingAllowance);
        form.setDisabled(disabled);
        form.setHomeCount(homeCount);
        form.setHousingArea(housingArea);
        form.setOwnsShopOrEmploysOthers(ownsShopOrEmploysOthers);
        form.setChildInPrivateSchoolOrAbroad(childInPrivateSchoolOrAbroad);
        form.setUsesShipsOrMachinery(usesShipsOrMachinery);
        form.setDeclaredTruthfully(declaredTruthfully);
        form.setVersion(version);
        return form;
    }

    /** The form for editing in a page: ID, card and phone numbers masked; sent back unchanged they are kept. */
    public RegistrationForm toMaskedForm() {
        RegistrationForm form = toForm();
        form.setIdNumber(Masking.idNumber(idNumber));
        form.setBankCardNumber(Masking.bankCard(bankCardNumber));
        form.setPhone(Masking.phone(phone));
        return form;
    }

    void withdraw(Instant now) {
        stage = Stage.WITHDRAWN;
        activeIdNumberHash = null;
        updatedAt = now;
    }

    void moveTo(Stage next, Instant now) {
        if (stage.isInEntry() && !next.isInEntry() && next != Stage.WITHDRAWN && next != Stage.ABANDONED) {
            submittedAt = now;
            correctionDeadline = null;
        }
        stage = next;
        updatedAt = now;
    }

    void returnForCorrection(String reason, Instant correctionDeadline, Instant now) {
        this.stage = Stage.RETURNED;
        this.returnReason = reason;
        this.correctionDeadline = correctionDeadline;
        this.updatedAt = now;
        this.returnedAt = now;
    }

    /**
     * The unit took back its 上报 before the party committee decided: the registration is a draft of
     * the unit again (the process moves its stage back to entry), no longer submitted, and an earlier
     * return's reason no longer applies to it.
     */
    void takeBack(Instant now) {
        this.returnReason = null;
        this.submittedAt = null;
        this.updatedAt = now;
    }

    /** Sent back to the unit, which has changed nothing (neither the form nor a document) since. */
    public boolean isUnchangedSinceReturn() {
        return stage == Stage.RETURNED && returnedAt != null && (editedAt == null || !editedAt.isAfter(returnedAt));
    }

    public boolean isInEntry() {
        return stage.isInEntry();
    }

    public boolean belongsTo(String unit) {
        return unitCode.equals(unit);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Stage getStage() {
        return stage;
    }

    public String getName() {
        return name;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public String getIdNumberHash() {
        return idNumberHash;
    }

    public String getUnitAndPosition() {
        return unitAndPosition;
    }

    public String getPhone() {
        return phone;
    }

    public int getHouseholdSize() {
        return householdSize;
    }

    public BigDecimal getHouseholdMonthlyIncome() {
        return householdMonthlyIncome;
    }

    public String getAddress() {
        return address;
    }

    public String getBankCardNumber() {
        return bankCardNumber;
    }

    public String getHardshipReason() {
        return hardshipReason;
    }

    public Set<HardshipType> getHardshipTypes() {
        return EnumSet.copyOf(hardshipTypes.isEmpty() ? EnumSet.noneOf(HardshipType.class) : hardshipTypes);
    }

    public List<FamilyMember> getFamilyMembers() {
        return List.copyOf(familyMembers);
    }

    public int getAidCategory() {
        return aidCategory;
    }

    public String getRegion() {
        return region;
    }

    public BigDecimal getIncomeTax() {
        return incomeTax;
    }

    public BigDecimal getSocialSecurityContributions() {
        return socialSecurityContributions;
    }

    public int getMonthsBelowStandard() {
        return monthsBelowStandard;
    }

    public BigDecimal getNecessaryExpenses() {
        return necessaryExpenses;
    }

    public boolean isSuddenHardship() {
        return suddenHardship;
    }

    public boolean isMinimumLivingAllowance() {
        return minimumLivingAllowance;
    }

    public boolean isDisabled() {
        return disabled;
    }

    public int getHomeCount() {
        return homeCount;
    }

    public BigDecimal getHousingArea() {
        return housingArea;
    }

    public boolean isOwnsShopOrEmploysOthers() {
        return ownsShopOrEmploysOthers;
    }

    public boolean isChildInPrivateSchoolOrAbroad() {
        return childInPrivateSchoolOrAbroad;
    }

    public boolean isUsesShipsOrMachinery() {
        return usesShipsOrMachinery;
    }

    public boolean isDeclaredTruthfully() {
        return declaredTruthfully;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public Instant getCorrectionDeadline() {
        return correctionDeadline;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public Instant getReturnedAt() {
        return returnedAt;
    }

    public long getVersion() {
        return version;
    }
}
