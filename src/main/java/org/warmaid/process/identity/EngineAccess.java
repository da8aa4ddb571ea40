package org.warmaid.process.identity;

import static org.warmaid.accounts.AccessGroups.ADMINISTRATORS;
import static org.warmaid.accounts.AccessGroups.ANALYSTS;
import static org.warmaid.accounts.AccessGroups.FINANCE;
import static org.warmaid.accounts.AccessGroups.PROVINCIAL_REVIEWERS;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.warmaid.accounts.AccessGroups;
import org.warmaid.process.ProcessIds;

/**
 * The engine side of the access model: the staff groups, what each may do in the engine and the
 * webapps, and the Tasklist filters that list their work. Units' party committees see only the
 * tasks they are candidates for (the engine grants that per task); provincial reviewers see all.
 */
@Component
public class EngineAccess {

    private final IdentityService identity;
    private final EngineGrants grants;
    private final TasklistFilters filters;
    private final JdbcTemplate jdbc;

    EngineAccess(IdentityService identity, EngineGrants grants, TasklistFilters filters, JdbcTemplate jdbc) {
        this.identity = identity;
        this.grants = grants;
        this.filters = filters;
        this.jdbc = jdbc;
    }

    /**
     * Removes what earlier versions granted units' groups on their open entry tasks (see
     * {@link PortalOnlyUnitTasks}); the authorization API cannot select groups by prefix.
     */
    public void revokeUnitTaskGrants() {
        jdbc.update("delete from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = ? and GROUP_ID_ like ?",
                Resources.TASK.resourceType(), AccessGroups.unitGroup("") + "%");
    }

    public void ensureStaffGroups() {
        ensureGroup(ADMINISTRATORS, "系统管理员", Groups.GROUP_TYPE_SYSTEM);
        ensureGroup(PROVINCIAL_REVIEWERS, "省直机关工会工委审核", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(FINANCE, "财务", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(ANALYSTS, "业务分析（资助规则）", Groups.GROUP_TYPE_WORKFLOW);
        ensureGroup(AccessGroups.AUDITORS, "审计", Groups.GROUP_TYPE_WORKFLOW);

        // as Camunda's own first-administrator setup does: queries are filtered even for camunda-admin
        for (Resources resource : Resources.values()) {
            grants.grant(ADMINISTRATORS, resource, "*", Permissions.ALL);
        }

        grants.grant(PROVINCIAL_REVIEWERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(PROVINCIAL_REVIEWERS, Resources.PROCESS_DEFINITION, ProcessIds.PROCESS,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grants.grant(PROVINCIAL_REVIEWERS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        filters.ensure("省级审核", "省直机关工会工委审核单位上报并经党委审核的登记", 10, PROVINCIAL_REVIEWERS,
                filters.candidateGroupAt(PROVINCIAL_REVIEWERS, ProcessIds.TASK_REVIEW_BY_PROVINCIAL_UNION));
        filters.ensure("入户走访", "抽查走访的困难职工家庭", 20, PROVINCIAL_REVIEWERS,
                filters.candidateGroupAt(PROVINCIAL_REVIEWERS, ProcessIds.TASK_VISIT_HOUSEHOLD));
        filters.ensure("佐证材料审核", "身份证与银行卡复印件、低保、残疾、诊断等佐证材料", 30, PROVINCIAL_REVIEWERS,
                filters.candidateGroupAt(PROVINCIAL_REVIEWERS, ProcessIds.TASK_CHECK_SUPPORTING_DOCUMENTS));

        grants.grant(FINANCE, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(FINANCE, Resources.PROCESS_DEFINITION, ProcessIds.PROCESS,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_HISTORY);
        filters.ensure("资助金发放", "发放失败待处理的资助金", 40, FINANCE, filters.candidateGroup(FINANCE));

        grants.grant(ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(ANALYSTS, Resources.DECISION_DEFINITION, "*",
                Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.READ_HISTORY);
        grants.grant(ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        grants.grant(ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    }

    /** The unit's union group and party-committee group; the latter works in Tasklist. */
    public void ensureUnitGroups(String unitCode, String unitName) {
        ensureGroup(AccessGroups.unitGroup(unitCode), unitName + " 工会", Groups.GROUP_TYPE_WORKFLOW);
        String party = AccessGroups.partyGroup(unitCode);
        ensureGroup(party, unitName + " 党委审核", Groups.GROUP_TYPE_WORKFLOW);
        grants.grant(party, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(party, Resources.PROCESS_DEFINITION, ProcessIds.PROCESS, ProcessDefinitionPermissions.READ);
        filters.ensure("党委审核 · " + unitName, "本单位上报的困难职工登记，待党委审核", 5, party,
                filters.candidateGroup(party));
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }
}
