package org.warmaid.province;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.warmaid.accounts.Unit;
import org.warmaid.accounts.UnitDirectory;
import org.warmaid.registration.AidCategory;
import org.warmaid.registration.HardshipType;
import org.warmaid.registration.Stage;

/**
 * Where every unit stands in a campaign, counted in the database (a handful of grouped queries,
 * whatever the number of registrations).
 */
@Component
class OverviewStatistics {

    private final JdbcTemplate jdbc;
    private final UnitDirectory units;

    OverviewStatistics(JdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    static final class UnitLine {
        final Unit unit;
        final Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
        int registered;
        int submitted;
        int approved;
        int paid;
        BigDecimal approvedAmount = BigDecimal.ZERO;
        BigDecimal paidAmount = BigDecimal.ZERO;

        UnitLine(Unit unit) {
            this.unit = unit;
        }

        public Unit getUnit() {
            return unit;
        }

        public int count(Stage stage) {
            return stages.getOrDefault(stage, 0);
        }

        public int getRegistered() {
            return registered;
        }

        public int getSubmitted() {
            return submitted;
        }

        public int getApproved() {
            return approved;
        }

        public int getPaid() {
            return paid;
        }

        public BigDecimal getApprovedAmount() {
            return approvedAmount;
        }

        public BigDecimal getPaidAmount() {
            return paidAmount;
        }
    }

    record Overview(List<UnitLine> units, UnitLine totals, Map<String, Integer> byStage, Map<String, Integer> byType,
            Map<String, Integer> byCategory) {

        public List<UnitLine> unitsWithoutSubmission() {
            return units.stream().filter(line -> line.submitted == 0).toList();
        }
    }

    @Transactional(readOnly = true)
    Overview of(Long campaignId) {
        Map<String, UnitLine> lines = new LinkedHashMap<>();
        units.findAllOrderByCode().stream().filter(Unit::isActive).forEach(unit -> lines.put(unit.getCode(), new UnitLine(unit)));
        UnitLine totals = new UnitLine(null);
        jdbc.query("select unit_code, stage, count(*) from registration where campaign_id = ? and stage <> 'WITHDRAWN' "
                + "group by unit_code, stage", rs -> {
                    Stage stage = Stage.valueOf(rs.getString(2));
                    int count = rs.getInt(3);
                    UnitLine line = lines.get(rs.getString(1));
                    if (line != null) {
                        line.stages.merge(stage, count, Integer::sum);
                        line.registered += count;
                    }
                    totals.stages.merge(stage, count, Integer::sum);
                    totals.registered += count;
                }, campaignId);
        // submitted and not back with the unit: a registration returned for correction is not 已上报 until sent again
        jdbc.query("select unit_code, count(*) from registration where campaign_id = ? "
                + "and stage not in ('WITHDRAWN', 'ENTERED', 'RETURNED') "
                + "and submitted_at is not null group by unit_code", rs -> {
                    UnitLine line = lines.get(rs.getString(1));
                    if (line != null) {
                        line.submitted += rs.getInt(2);
                    }
                    totals.submitted += rs.getInt(2);
                }, campaignId);
        jdbc.query("select r.unit_code, count(*), sum(p.amount) from payment p join registration r on r.id = p.registration_id "
                + "where p.id in (select max(latest.id) from payment latest where latest.campaign_id = ? group by latest.registration_id) "
                + "and p.status <> 'CANCELLED' group by r.unit_code", rs -> {
                    UnitLine line = lines.get(rs.getString(1));
                    if (line != null) {
                        line.approved += rs.getInt(2);
                        line.approvedAmount = line.approvedAmount.add(rs.getBigDecimal(3));
                    }
                    totals.approved += rs.getInt(2);
                    totals.approvedAmount = totals.approvedAmount.add(rs.getBigDecimal(3));
                }, campaignId);
        jdbc.query("select r.unit_code, count(*), sum(p.amount) from payment p join registration r on r.id = p.registration_id "
                + "where p.campaign_id = ? and p.status = 'PAID' group by r.unit_code", rs -> {
                    UnitLine line = lines.get(rs.getString(1));
                    if (line != null) {
                        line.paid += rs.getInt(2);
                        line.paidAmount = line.paidAmount.add(rs.getBigDecimal(3));
                    }
                    totals.paid += rs.getInt(2);
                    totals.paidAmount = totals.paidAmount.add(rs.getBigDecimal(3));
                }, campaignId);

        Map<String, Integer> byStage = new LinkedHashMap<>();
        for (Stage stage : Stage.values()) {
            if (stage != Stage.WITHDRAWN && totals.count(stage) > 0) {
                byStage.put(stage.label(), totals.count(stage));
            }
        }
        Map<String, Integer> byType = new LinkedHashMap<>();
        for (HardshipType type : HardshipType.values()) {
            Integer count = jdbc.queryForObject("select count(*) from registration where campaign_id = ? and stage <> 'WITHDRAWN' "
                    + "and hardship_types like ?", Integer.class, campaignId, "%" + type.name() + "%");
            byType.put(type.label(), count == null ? 0 : count);
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (AidCategory category : AidCategory.values()) {
            byCategory.put("对象（" + "一二三四五六七".charAt(category.code() - 1) + "）", 0);
        }
        jdbc.query("select aid_category, count(*) from registration where campaign_id = ? and stage <> 'WITHDRAWN' group by aid_category",
                rs -> {
                    int code = rs.getInt(1);
                    if (code >= 1 && code <= 7) {
                        byCategory.put("对象（" + "一二三四五六七".charAt(code - 1) + "）", rs.getInt(2));
                    }
                }, campaignId);
        return new Overview(new ArrayList<>(lines.values()), totals, byStage, byType, byCategory);
    }
}
