package org.hundredparks.actionplan;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.hundredparks.validation.Rules;

/**
 * 行动计划: what a region sends. {@code parkIds} is the roster of the region's parks, so that the plan
 * shows which of them take part in no action.
 */
@RegisterForReflection
public record ActionPlanFields(String regionCode, String period, String leadDepartment, List<String> parkIds,
        List<Action> actions) {

    private static final Pattern PERIOD = Pattern.compile("20\\d{2}-20\\d{2}");

    public void check(Rules rules) {
        rules.required("regionCode", "行政区划代码", regionCode).regionCode("regionCode", regionCode)
                .required("period", "行动周期", period)
                .required("leadDepartment", "牵头部门", leadDepartment).length("leadDepartment", "牵头部门", leadDepartment, 100)
                .size("parkIds", "园区", parkIds, 1, 500).texts("parkIds", "园区编号", parkIds, 64)
                .size("actions", "行动", actions, 1, 200);
        rules.pattern("period", period, PERIOD, "INVALID_PERIOD", "行动周期格式应为 2024-2025");
        if (parkIds != null) {
            for (int p = 0; p < parkIds.size(); p++) {
                rules.parkId("parkIds[" + p + "]", parkIds.get(p), regionCode);
            }
        }
        Set<String> roster = parkIds == null ? Set.of() : new HashSet<>(parkIds);
        if (actions != null) {
            for (int i = 0; i < actions.size(); i++) {
                Action action = actions.get(i);
                String path = "actions[" + i + "]";
                if (action == null) {
                    rules.add("REQUIRED", path, "行动不能为空");
                    continue;
                }
                if (!ActionName.follows(action.name())) {
                    rules.add("ACTION_NAME_RULE", path + ".name",
                            "行动名称应为“'百园百校万企'创新合作行动——具体名称”");
                }
                rules.length(path + ".description", "行动说明", action.description(), 2000)
                        .size(path + ".parkIds", "参与园区", action.parkIds(), 1, 500);
                if (action.parkIds() != null) {
                    for (int p = 0; p < action.parkIds().size(); p++) {
                        if (!roster.contains(action.parkIds().get(p))) {
                            rules.add("PARK_NOT_IN_PLAN", path + ".parkIds[" + p + "]", "参与园区不在本地区园区名单（parkIds）中");
                        }
                    }
                }
            }
        }
    }
}
