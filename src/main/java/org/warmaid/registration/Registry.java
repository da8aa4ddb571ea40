package org.warmaid.registration;

import org.warmaid.model.FieldProblem;
import static org.warmaid.registration.RegistrationRefused.Reason.DUPLICATE;
import static org.warmaid.registration.RegistrationRefused.Reason.ENTRY_CLOSED;
import static org.warmaid.registration.RegistrationRefused.Reason.FORBIDDEN;
import static org.warmaid.registration.RegistrationRefused.Reason.NOT_EDITABLE;
import static org.warmaid.registration.RegistrationRefused.Reason.NOT_FOUND;
import static org.warmaid.registration.RegistrationRefused.Reason.STALE;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.AccountPrincipal;
import org.warmaid.audit.AuditAction;
import org.warmaid.audit.AuditLog;
import org.warmaid.campaign.Campaign;
import org.warmaid.campaign.CampaignDirectory;
import org.warmaid.campaign.EntryWindows;
import org.warmaid.privacy.KeyedHash;
import org.warmaid.privacy.Masking;

/**
 * The unit's entry work ("先录入，后帮扶"): create, edit, delete and submit registrations, with
 * every check the unit portal promises — own unit only, entry window, validation, one registration per ID
 * number and campaign across all units. Each change is audited and moves the process with it.
 */
@Service
public class Registry {

    static final String TARGET = "registration";

    private final Registrations registrations;
    private final RegistrationValidation validation;
    private final ReferenceNumbers references;
    private final FamilyMatches familyMatches;
    private final EntryWindows entryWindows;
    private final CampaignDirectory campaigns;
    private final KeyedHash keyedHash;
    private final RegistrationWorkflow workflow;
    private final RegionStandards regions;
    private final AuditLog audit;

    Registry(Registrations registrations, RegistrationValidation validation, ReferenceNumbers references,
            FamilyMatches familyMatches, EntryWindows entryWindows, CampaignDirectory campaigns, KeyedHash keyedHash,
            RegistrationWorkflow workflow, RegionStandards regions, AuditLog audit) {
        this.registrations = registrations;
        this.validation = validation;
        this.references = references;
        this.familyMatches = familyMatches;
        this.entryWindows = entryWindows;
        this.campaigns = campaigns;
        this.keyedHash = keyedHash;
        this.workflow = workflow;
        this.regions = regions;
        this.audit = audit;
    }

    @Transactional
    public Registration create(AccountPrincipal account, RegistrationForm form) {
        String unitCode = unitOf(account, AuditAction.REGISTRATION_CREATE, null);
        Optional<Campaign> open = entryWindows.openCampaign();
        Optional<String> closed = entryWindows.whyNewEntriesClosed(open, unitCode);
        if (closed.isPresent()) {
            throw refused(AuditAction.REGISTRATION_CREATE, null, new RegistrationRefused(ENTRY_CLOSED, closed.get()));
        }
        Campaign campaign = open.orElseThrow();
        requireValid(form, campaign);
        String idHash = keyedHash.of(form.getIdNumber());
        requireNotRegistered(AuditAction.REGISTRATION_CREATE, campaign.getId(), idHash, unitCode, null);

        Registration registration = new Registration(
                references.next(campaign.getId(), campaign.getYear(), unitCode), campaign.getId(), unitCode,
                account.id(), entryWindows.now());
        registration.apply(form, idHash, campaign.getRegion(), entryWindows.now());
        registration = saveCatchingDuplicate(AuditAction.REGISTRATION_CREATE, registration);
        familyMatches.flagNew(registration);
        workflow.started(registration);
        audit.success(AuditAction.REGISTRATION_CREATE, TARGET, registration.getReference(),
                "新增登记：" + registration.getName() + "，单位 " + unitCode);
        return registration;
    }

    @Transactional
    public Registration update(AccountPrincipal account, Long id, RegistrationForm form) {
        Registration registration = ownEditable(account, id, AuditAction.REGISTRATION_UPDATE);
        if (form.getVersion() == null) {
            throw RegistrationRefused.invalid(List.of(new FieldProblem("version", "缺少版本号：请先读取登记，再带着读取到的版本号修改")));
        }
        if (form.getVersion() != registration.getVersion()) {
            throw refused(AuditAction.REGISTRATION_UPDATE, registration, new RegistrationRefused(STALE,
                    "该登记已被他人修改（当前版本 " + registration.getVersion() + "），请刷新后重新修改"));
        }
        keepMaskedNumbers(form, registration);
        Campaign campaign = campaigns.findById(registration.getCampaignId()).orElseThrow();
        requireValid(form, campaign);
        String idHash = keyedHash.of(form.getIdNumber());
        if (!idHash.equals(registration.getIdNumberHash())) {
            requireNotRegistered(AuditAction.REGISTRATION_UPDATE, campaign.getId(), idHash, registration.getUnitCode(), registration.getId());
        }
        RegistrationForm before = registration.toForm();
        registration.apply(form, idHash, campaign.getRegion(), entryWindows.now());
        try {
            registration = saveCatchingDuplicate(AuditAction.REGISTRATION_UPDATE, registration);
        } catch (OptimisticLockingFailureException e) {
            // another session saved the same version between our read and our write: the version
            // column refused this write and the transaction rolls back, so the other change stands
            throw refused(AuditAction.REGISTRATION_UPDATE, null, new RegistrationRefused(STALE,
                    "该登记刚被他人修改并保存，您的修改未保存；请刷新后重新修改"));
        }
        familyMatches.reflag(registration);
        audit.success(AuditAction.REGISTRATION_UPDATE, TARGET, registration.getReference(),
                RegistrationChanges.between(before, registration.toForm()));
        return registration;
    }

    @Transactional
    public void delete(AccountPrincipal account, Long id) {
        Registration registration = ownEditable(account, id, AuditAction.REGISTRATION_DELETE);
        registration.withdraw(entryWindows.now());
        registrations.saveAndFlush(registration);
        familyMatches.reflag(registration);
        workflow.withdrawn(registration);
        audit.success(AuditAction.REGISTRATION_DELETE, TARGET, registration.getReference(),
                "删除登记：" + registration.getName() + "（流程撤回）");
    }

    @Transactional
    public Registration submit(AccountPrincipal account, Long id) {
        Registration registration = ownEditable(account, id, AuditAction.REGISTRATION_SUBMIT);
        workflow.submitted(registration, account.id());
        audit.success(AuditAction.REGISTRATION_SUBMIT, TARGET, registration.getReference(), "上报：" + registration.getName());
        return registration;
    }

    /**
     * 撤回上报: until the closing time the unit takes back a registration it has declared and its
     * party committee has not yet decided on, to change or delete it — the notice lets a unit change
     * and delete its entries (附件1 三) until the system closes. Its process returns to entry.
     */
    @Transactional
    public Registration takeBack(AccountPrincipal account, Long id) {
        String unitCode = unitOf(account, AuditAction.REGISTRATION_TAKE_BACK, null);
        Registration registration = registrations.findForUpdate(id)
                .filter(found -> found.getStage() != Stage.WITHDRAWN)
                .orElseThrow(() -> new RegistrationRefused(NOT_FOUND, "没有找到该登记"));
        if (!registration.belongsTo(unitCode)) {
            throw notYours(AuditAction.REGISTRATION_TAKE_BACK, registration);
        }
        Optional<RegistrationRefused> refusal = whyNotTakeBack(registration);
        if (refusal.isPresent()) {
            throw refused(AuditAction.REGISTRATION_TAKE_BACK, registration, refusal.get());
        }
        registration.takeBack(entryWindows.now());
        workflow.takenBack(registration, account.id());
        audit.success(AuditAction.REGISTRATION_TAKE_BACK, TARGET, registration.getReference(),
                "撤回上报：" + registration.getName() + "（党委尚未审核）");
        return registration;
    }

    /** Why the unit cannot take back the registration's 上报 now; empty if it can. */
    public Optional<RegistrationRefused> whyNotTakeBack(Registration registration) {
        if (registration.getStage() != Stage.PARTY_REVIEW) {
            return Optional.of(new RegistrationRefused(NOT_EDITABLE, "只有已上报、党委尚未审核的登记可以撤回上报（该登记"
                    + registration.getStage().label() + "）"));
        }
        Campaign campaign = campaigns.findById(registration.getCampaignId()).orElseThrow();
        return entryWindows.whyChangesClosed(campaign, registration.getUnitCode(), null)
                .map(message -> new RegistrationRefused(ENTRY_CLOSED, "申报已截止，不能再撤回上报：" + message));
    }

    /** A supporting document of the registration was added or removed by its unit. */
    @Transactional
    public void documentsChanged(Registration registration) {
        registrations.markEdited(registration.getId(), entryWindows.now());
    }

    @Transactional(readOnly = true)
    public Registration get(AccountPrincipal account, Long id) {
        String unitCode = unitOf(account, AuditAction.REGISTRATION_READ, null);
        Registration registration = registrations.findById(id)
                .filter(found -> found.getStage() != Stage.WITHDRAWN)
                .orElseThrow(() -> new RegistrationRefused(NOT_FOUND, "没有找到该登记"));
        if (!registration.belongsTo(unitCode)) {
            throw notYours(AuditAction.REGISTRATION_READ, registration);
        }
        return registration;
    }

    /** The registration if the account's unit may still change it now (own unit, in entry, window open). */
    @Transactional(readOnly = true)
    public Registration editableBy(AccountPrincipal account, Long id, AuditAction action) {
        return ownEditable(account, id, action, false);
    }

    /** The unit's registrations in the open campaign (or, once it closed, the latest one). */
    @Transactional(readOnly = true)
    public List<Registration> list(AccountPrincipal account) {
        String unitCode = unitOf(account, AuditAction.REGISTRATION_LIST, null);
        return currentCampaign().map(campaign -> registrations.findCurrent(campaign.getId(), unitCode))
                .orElse(List.of());
    }

    public Optional<Campaign> currentCampaign() {
        return entryWindows.openCampaign().or(() -> campaigns.findAllByOrderByYearDesc().stream().findFirst());
    }

    /**
     * Update, delete and submit lock the registration's row first: concurrent writes of one
     * registration run one after the other, and each sees what the one before it committed
     * (a second submit finds the registration submitted already).
     */
    private Registration ownEditable(AccountPrincipal account, Long id, AuditAction action) {
        return ownEditable(account, id, action, true);
    }

    private Registration ownEditable(AccountPrincipal account, Long id, AuditAction action, boolean lock) {
        // whether the account may touch registrations at all is decided before the id is looked at
        String unitCode = unitOf(account, action, null);
        Registration registration = (lock ? registrations.findForUpdate(id) : registrations.findById(id))
                .filter(found -> found.getStage() != Stage.WITHDRAWN)
                .orElseThrow(() -> new RegistrationRefused(NOT_FOUND, "没有找到该登记"));
        if (!registration.belongsTo(unitCode)) {
            throw notYours(action, registration);
        }
        Optional<RegistrationRefused> refusal = whyNotEditable(registration);
        if (refusal.isPresent()) {
            throw refused(action, registration, refusal.get());
        }
        return registration;
    }

    /** Why the unit cannot change its registration now (submitted, ended, entry closed); empty if it can. */
    public Optional<RegistrationRefused> whyNotEditable(Registration registration) {
        if (!registration.isInEntry()) {
            return Optional.of(new RegistrationRefused(NOT_EDITABLE,
                    "该登记" + registration.getStage().label() + "，单位不能再修改、删除或上报"));
        }
        Campaign campaign = campaigns.findById(registration.getCampaignId()).orElseThrow();
        return entryWindows.whyChangesClosed(campaign, registration.getUnitCode(), registration.getCorrectionDeadline())
                .map(message -> new RegistrationRefused(ENTRY_CLOSED, message));
    }

    private String unitOf(AccountPrincipal account, AuditAction action, Registration registration) {
        if (account == null || !account.isUnitAccount()) {
            throw refused(action, registration, new RegistrationRefused(FORBIDDEN, "仅单位工会账号可以录入和管理职工信息"));
        }
        return account.unitCode();
    }

    /** A client that shows masked numbers sends them back unchanged: that means "keep the stored number". */
    private static void keepMaskedNumbers(RegistrationForm form, Registration registration) {
        if (sameMasked(form.getIdNumber(), Masking.idNumber(registration.getIdNumber()))) {
            form.setIdNumber(registration.getIdNumber());
        }
        if (sameMasked(form.getBankCardNumber(), Masking.bankCard(registration.getBankCardNumber()))) {
            form.setBankCardNumber(registration.getBankCardNumber());
        }
        if (sameMasked(form.getPhone(), Masking.phone(registration.getPhone()))) {
            form.setPhone(registration.getPhone());
        }
    }

    private static boolean sameMasked(String sent, String masked) {
        return sent != null && sent.contains("*") && sent.replace(" ", "").equals(masked.replace(" ", ""));
    }

    private void requireValid(RegistrationForm form, Campaign campaign) {
        List<FieldProblem> problems = new java.util.ArrayList<>(validation.problemsOf(form));
        String region = form.getRegion() != null ? form.getRegion() : campaign.getRegion();
        if (problems.stream().noneMatch(problem -> "region".equals(problem.field())) && !regions.isKnown(region)) {
            problems.add(new FieldProblem("region", "地区“" + region + "”没有最低生活保障标准，无法认定；现有地区："
                    + String.join("、", regions.known()) + "。如需增加，请联系省直机关工会工委"));
        }
        if (!problems.isEmpty()) {
            throw RegistrationRefused.invalid(problems);
        }
    }

    private void requireNotRegistered(AuditAction action, Long campaignId, String idHash, String unitCode, Long except) {
        registrations.findByCampaignIdAndActiveIdNumberHash(campaignId, idHash).stream()
                .filter(existing -> !Objects.equals(existing.getId(), except))
                .findFirst()
                .ifPresent(existing -> {
                    throw refused(action, null,
                            duplicate(existing.belongsTo(unitCode) ? Optional.of(existing.getReference()) : Optional.empty()));
                });
    }

    private Registration saveCatchingDuplicate(AuditAction action, Registration registration) {
        try {
            return registrations.saveAndFlush(registration);
        } catch (DataIntegrityViolationException e) {
            // the unique key on (campaign, ID hash) caught a registration committed in the meantime;
            // the transaction rolls back, so nothing of this attempt remains
            throw refused(action, null, duplicate(Optional.empty()));
        }
    }

    private RegistrationRefused duplicate(Optional<String> ownReference) {
        String message = ownReference
                .map(reference -> "该身份证号码本单位已登记（登记编号 " + reference + "），同一活动中不能重复登记")
                .orElse("该身份证号码已在本次活动中登记，同一职工不能重复登记；如有疑问请联系省直机关工会工委");
        return new RegistrationRefused(DUPLICATE, message, List.of(new FieldProblem("idNumber", message)));
    }

    /**
     * Another unit's registration is answered exactly like one that does not exist, so that ids
     * cannot be tried out; the audit log records what it was.
     */
    private RegistrationRefused notYours(AuditAction action, Registration registration) {
        audit.refused(action, TARGET, registration.getReference(), "其他单位的登记（答复为没有找到）");
        return new RegistrationRefused(NOT_FOUND, "没有找到该登记");
    }

    private RegistrationRefused refused(AuditAction action, Registration registration, RegistrationRefused refusal) {
        audit.refused(action, TARGET,
                registration == null ? null : registration.getReference(), refusal.getMessage());
        return refusal;
    }
}
