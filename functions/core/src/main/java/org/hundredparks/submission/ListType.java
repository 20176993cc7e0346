package org.hundredparks.submission;

/** The three lists of the programme and the staff offers that answer talent needs. */
public enum ListType {
    /** 成果转化清单 */
    ACHIEVEMENT("成果转化清单", "achievements", "ach_", AchievementFields.class),
    /** 技术攻关清单（揭榜挂帅） */
    CHALLENGE("技术攻关清单", "challenges", "chl_", ChallengeFields.class),
    /** 人才需求清单 */
    TALENT_NEED("人才需求清单", "talent-needs", "tal_", TalentNeedFields.class),
    /** 高校选派人员 */
    STAFF_OFFER("高校选派人员", "staff-offers", "stf_", StaffOfferFields.class);

    private final String label;
    private final String path;
    private final String idPrefix;
    private final Class<? extends ListItemFields> fieldsType;

    ListType(String label, String path, String idPrefix, Class<? extends ListItemFields> fieldsType) {
        this.label = label;
        this.path = path;
        this.idPrefix = idPrefix;
        this.fieldsType = fieldsType;
    }

    /** The list's Chinese name, as reports and messages show it. */
    public String label() {
        return label;
    }

    /** The start of every id of this list's items ({@code ach_…}), so an id tells its list. */
    public String idPrefix() {
        return idPrefix;
    }

    public String path() {
        return path;
    }

    public Class<? extends ListItemFields> fieldsType() {
        return fieldsType;
    }
}
