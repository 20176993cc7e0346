package org.hundredparks.actionplan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.ClockProducer;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Rules;

/**
 * One plan per region and period (the key makes a second impossible), submitted and revised by the
 * region's authority; read by the region and the ministries.
 */
public class ActionPlanService {


    private final RecordStore records;
    private final Clock clock;
    private final LocalDate dueDate;

    public ActionPlanService(RecordStore records, Clock clock, LocalDate dueDate) {
        this.records = records;
        this.clock = clock;
        this.dueDate = dueDate;
    }

    public static String id(String regionCode, String period) {
        return regionCode + "_" + period;
    }

    /** Creates the plan, or replaces it when {@code expectedVersion} names the version it revises. */
    public ActionPlan submit(Caller caller, ActionPlanFields fields, Long expectedVersion) {
        Rules rules = new Rules();
        fields.check(rules);
        rules.check();
        if (caller.role() != Role.PROVINCE_AUTHORITY || !caller.inProvince(fields.regionCode())) {
            throw Refusal.forbidden(caller.role() == Role.PROVINCE_AUTHORITY ? "OTHER_REGION" : "ROLE_NOT_ALLOWED");
        }
        String id = id(fields.regionCode(), fields.period());
        Instant now = clock.instant();
        Optional<ActionPlan> existing = find(id);
        if (existing.isEmpty()) {
            ActionPlan plan = new ActionPlan(id, fields, caller.organisationId(), 1, now, now,
                    now.atZone(ClockProducer.CHINA).toLocalDate().isAfter(dueDate));
            try {
                records.create(toItem(plan));
                return plan;
            } catch (ConditionFailedException raced) {
                throw new Refusal(409, "CONFLICT", null, "本地区本周期的行动计划刚被提交，请刷新后修改");
            }
        }
        ActionPlan current = existing.get();
        if (expectedVersion == null) {
            throw new Refusal(409, "PLAN_EXISTS", "regionCode", "本地区本周期已有行动计划；修改请带 If-Match");
        }
        if (expectedVersion != current.version()) {
            throw new Refusal(412, "VERSION_MISMATCH", "If-Match", "行动计划已被他人修改（版本不符），请刷新后重试");
        }
        ActionPlan next = new ActionPlan(id, fields, current.ownerOrganisationId(), current.version(), current.submittedAt(),
                now, current.late());
        try {
            return fromItem(records.replace(toItem(next), current.version()));
        } catch (ConditionFailedException raced) {
            throw new Refusal(409, "CONFLICT", null, "行动计划刚被他人修改，请刷新后重试");
        }
    }

    public ActionPlan get(Caller caller, String id) {
        ActionPlan plan = find(id).orElseThrow(Refusal::notFound);
        boolean allowed = caller.role() == Role.MINISTRY
                || caller.role() == Role.PROVINCE_AUTHORITY && caller.inProvince(plan.fields().regionCode())
                || caller.role() == Role.PARK_ADMIN && plan.fields().parkIds().contains(caller.parkId());
        if (!allowed) {
            throw Refusal.notFound();
        }
        return plan;
    }

    Optional<ActionPlan> find(String id) {
        return records.get(ActionPlanKeys.plan(id), ActionPlanKeys.ACTION_PLAN).map(ActionPlanService::fromItem);
    }

    /** Every plan of a period, for the reports and the reminders. */
    public static List<ActionPlan> ofPeriod(RecordStore records, String period) {
        return records.queryAll(QuerySpec.of(TableDesign.BY_STATUS, ActionPlanKeys.ofPeriod(period)).page(500, null)).stream()
                .map(ActionPlanService::fromItem).toList();
    }

    private static Item toItem(ActionPlan plan) {
        return Item.of(ActionPlanKeys.plan(plan.id()), ActionPlanKeys.ACTION_PLAN)
                .with("type", "ACTION_PLAN")
                .with("id", plan.id())
                .with("regionCode", plan.fields().regionCode())
                .with("period", plan.fields().period())
                .with("ownerOrganisationId", plan.ownerOrganisationId())
                .with(RecordStore.VERSION, plan.version())
                .with("submittedAt", plan.submittedAt().toString())
                .with("updatedAt", plan.updatedAt().toString())
                .with("late", plan.late() ? "true" : "false")
                .with("fields", Documents.toAttribute(plan.fields()))
                .with(TableDesign.BY_STATUS.partitionKey(), ActionPlanKeys.ofPeriod(plan.fields().period()))
                .with(TableDesign.BY_STATUS.sortKey(), plan.fields().regionCode());
    }

    private static ActionPlan fromItem(Item item) {
        return new ActionPlan(item.string("id").orElseThrow(),
                    Documents.read(item.values().get("fields"), ActionPlanFields.class),
                    item.string("ownerOrganisationId").orElseThrow(), item.number(RecordStore.VERSION).orElse(1L),
                    Instant.parse(item.string("submittedAt").orElseThrow()), Instant.parse(item.string("updatedAt").orElseThrow()),
                    "true".equals(item.string("late").orElse("false")));
    }
}
