package org.hundredparks.submission;

/** The three lists of the programme and the staff offers that answer talent needs. */
public enum ListType {
    /** 成果转化清单 */
    ACHIEVEMENT("achievements", AchievementFields.class),
    /** 技术攻关清单（揭榜挂帅） */
    CHALLENGE("challenges", ChallengeFields.class),
    /** 人才需求清单 */
    TALENT_NEED("talent-needs", TalentNeedFields.class),
    /** 高校选派人员 */
    STAFF_OFFER("staff-offers", StaffOfferFields.class);

    private final String path;
    private final Class<? extends ListItemFields> fieldsType;

    ListType(String path, Class<? extends ListItemFields> fieldsType) {
        this.path = path;
        this.fieldsType = fieldsType;
    }

    public String path() {
        return path;
    }

    public Class<? extends ListItemFields> fieldsType() {
        return fieldsType;
    }
}
