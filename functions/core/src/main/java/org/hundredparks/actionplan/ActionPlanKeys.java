package org.hundredparks.actionplan;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of action plans; others read plans through {@link ActionPlanService}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class ActionPlanKeys {

    static final String ACTION_PLAN = "ACTION_PLAN";

    private ActionPlanKeys() {
    }

    /** One plan per region and period by construction of the key. */
    static String plan(String id) {
        return "ACTION_PLAN#" + id;
    }

    static String ofPeriod(String period) {
        return "ACTION_PLAN#" + period;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("action plan", plan("<regionCode>_<period>"), ACTION_PLAN,
                    "a region's plan of a period; every plan of a period (the reports, and the reminders' 'sent' check)",
                    in(TableDesign.BY_STATUS, ofPeriod("<period>"), "<regionCode>")));
}
