package org.warmaid.registration;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private String address;

    @Convert(converter = Encrypted.class)
    private String bankCardNumber;

    @Convert(converter = Encrypted.class)
    private String hardshipReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "registration_family_member", joinColumns = @JoinColumn(name = "registration_id"))
    @OrderColumn(name = "member_index")
    private List<FamilyMember> familyMembers = new ArrayList<>();

    @Embedded
    private Household household;

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
        this.address = form.getAddress();
        this.bankCardNumber = form.getBankCardNumber();
        this.hardshipReason = form.getHardshipReason();
        this.familyMembers.clear();
        form.listedFamilyMembers().forEach(member -> familyMembers.add(FamilyMember.of(member)));
        this.household = form.household(defaultRegion);
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
        form.setAddress(address);
        form.setBankCardNumber(bankCardNumber);
        form.setHardshipReason(hardshipReason);
        form.setFamilyMembers(familyMembers.stream().map(FamilyMember::toForm).toList());
        form.setHousehold(household);
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

    public String getAddress() {
        return address;
    }

    public String getBankCardNumber() {
        return bankCardNumber;
    }

    public String getHardshipReason() {
        return hardshipReason;
    }

    public List<FamilyMember> getFamilyMembers() {
        return List.copyOf(familyMembers);
    }

    public Household getHousehold() {
        return household;
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

    public long getVersion() {
        return version;
    }
}
