package org.hundredparks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Ranking behaviour on small hand-made lists: what must come first, and what must not. */
class MatcherTest {

    private final MatchDocuments documents = new MatchDocuments(TextAnalysis.standard());
    private final Matcher matcher = new Matcher();

    private MatchDocument achievement(String id, String title, String body, Integer trl) {
        return documents.build(id, MatchKind.ACHIEVEMENT, title, body, List.of(), "新材料", trl, Set.of("LICENSE"), "440305", 300_000L, Set.of());
    }

    private MatchDocument challenge(String title, String body, Integer trl) {
        return documents.build("chl", MatchKind.CHALLENGE, title, body, List.of(), "新材料", trl, Set.of(), "440300", 1_000_000L, Set.of());
    }

    private List<String> ranking(MatchDocument query, MatchDocument... candidates) {
        MatchIndex index = new MatchIndex();
        for (MatchDocument candidate : candidates) {
            index.put(candidate);
        }
        // filler, so that document frequencies look like a real list's
        for (int i = 0; i < 30; i++) {
            index.put(achievement("filler-" + i, "智能灌溉控制系统" + i, "基于土壤湿度传感器的农田节水灌溉技术", 6));
        }
        return matcher.match(query, index, 10).stream().map(Match::candidateId).toList();
    }

    /** A need and people: one says the same thing in other words, one shares a word and not the problem. */
    @Test
    void meaningsFindTheSameProblemToldInOtherWords() {
        MatchDocuments withMeaning = new MatchDocuments(TextAnalysis.standard(), Models.EMBEDDING);
        List<String> ranked = people(withMeaning);
        assertEquals(Set.of("nutrition", "clinic"), Set.copyOf(ranked.subList(0, 2)), ranked.toString());

        // the same lists without meanings: the person who shares no word with the need is not found at all
        assertEquals(List.of("clinic"), people(documents));
    }

    private List<String> people(MatchDocuments builder) {
        MatchDocument need = builder.build("need", MatchKind.TALENT_NEED, "招聘宠物食品配方研发人才",
                "公司生产宠物食品，需要懂配方研发的技术人员", List.of(), null, null, Set.of(), null, null, Set.of());
        MatchIndex index = new MatchIndex();
        index.put(builder.build("nutrition", MatchKind.STAFF_OFFER, "副教授", "研究犬猫营养与饲粮设计", List.of(), null,
                null, Set.of(), null, null, Set.of()));
        index.put(builder.build("clinic", MatchKind.STAFF_OFFER, "讲师", "研究宠物医院经营管理", List.of(), null, null,
                Set.of(), null, null, Set.of()));
        for (int i = 0; i < 20; i++) {
            index.put(builder.build("filler-" + i, MatchKind.STAFF_OFFER, "教授", FILLER[i % FILLER.length], List.of(),
                    null, null, Set.of(), null, null, Set.of()));
        }
        List<Match> matches = matcher.match(need, index, 5);
        matches.stream().filter(m -> m.candidateId().equals("nutrition")).forEach(m ->
                assertTrue(m.reasons().contains("表述不同但内容相近"), m.toString()));
        return matches.stream().map(Match::candidateId).toList();
    }

    private static final String[] FILLER = {"水稻抗病品种选育与栽培", "桥梁结构健康监测与加固", "古代汉语语法史研究",
        "高分子膜材料的制备与水处理应用", "城市轨道交通客流预测", "城市地下管网渗漏检测"};

    @Test
    void synonymsAndAbbreviationsMeetTheirFullNames() {
        List<String> ranked = ranking(challenge("锂电回收", "废旧锂电正极材料中锂钴镍的高效回收", null),
                achievement("full-name", "锂离子电池正极材料湿法冶金回收", "从退役锂离子电池中回收钴、镍、锂", 6),
                achievement("other", "钠离子电池负极硬碳", "生物质硬碳负极制备", 6));
        assertEquals("full-name", ranked.get(0));

        ranked = ranking(challenge("8英寸SiC衬底切割", "降低8英寸碳化硅衬底切割损耗", null),
                achievement("sic", "200mm碳化硅单晶衬底激光切片", "SiC衬底激光隐切，降低材料损耗", 6),
                achievement("si", "单晶硅棒金刚线切割", "光伏单晶硅切片工艺", 6));
        assertEquals("sic", ranked.get(0));
    }

    @Test
    void aHardNegativeSharingWordsButNotTheProblemRanksBelowTheAnswer() {
        List<String> ranked = ranking(challenge("SiC MOSFET 逆变器驱动", "新能源汽车电驱逆变器的碳化硅MOSFET栅极驱动与保护电路", null),
                achievement("nanowire", "SiC纳米线增强陶瓷复合材料", "碳化硅纳米线增韧的陶瓷基复合材料制备", 6),
                achievement("driver", "碳化硅功率器件栅极驱动电路", "SiC MOSFET 高速驱动与短路保护，适用于电动汽车逆变器", 6));
        assertEquals("driver", ranked.get(0));
        assertTrue(ranked.indexOf("nanowire") > 0);
    }

    @Test
    void maturityBelowWhatIsNeededCostsRankAndSaysSo() {
        MatchDocument query = challenge("高导热氮化铝陶瓷基板量产", "氮化铝陶瓷基板流延成型与烧结工艺", 7);
        MatchIndex index = new MatchIndex();
        index.put(achievement("lab", "氮化铝陶瓷基板流延成型", "氮化铝陶瓷基板流延成型与烧结工艺", 3));
        index.put(achievement("plant", "氮化铝陶瓷基板流延成型", "氮化铝陶瓷基板流延成型与烧结工艺", 8));
        List<Match> matches = matcher.match(query, index, 10);
        assertEquals("plant", matches.get(0).candidateId());
        assertTrue(matches.get(0).reasons().contains("成熟度满足要求（技术就绪度 8 ≥ 7）"), matches.get(0).reasons().toString());
        assertTrue(matches.get(1).reasons().contains("成熟度低于要求（技术就绪度 3，需要 7）"), matches.get(1).reasons().toString());
        assertTrue(matches.get(0).sharedTerms().containsAll(List.of("陶瓷", "烧结")), matches.get(0).sharedTerms().toString());
        assertTrue(matches.get(0).explanation().startsWith("共同技术要点："), matches.get(0).explanation());
    }

    @Test
    void aPersonWhoCannotTakeTheRoleRanksBelowOneWhoCan() {
        MatchDocument need = documents.build("need", MatchKind.TALENT_NEED, "选聘科技副总（工业废水）", "指导高盐废水处理工艺设计", List.of(),
                null, null, Set.of(), "320500", null, Set.of("TECH_VICE_PRESIDENT"));
        MatchIndex staff = new MatchIndex();
        staff.put(documents.build("assistant", MatchKind.STAFF_OFFER, "环境学院 讲师", "高盐废水处理 工艺设计", List.of(), null, null,
                Set.of(), "320000", null, Set.of("RESEARCH_ASSISTANT")));
        staff.put(documents.build("professor", MatchKind.STAFF_OFFER, "环境学院 教授", "工业废水 高盐废水处理", List.of(), null, null,
                Set.of(), "320000", null, Set.of("TECH_VICE_PRESIDENT", "TECHNICAL_ADVISER")));
        List<Match> matches = matcher.match(need, staff, 10);
        assertEquals("professor", matches.get(0).candidateId());
        assertTrue(matches.get(0).reasons().contains("岗位相符（科技副总）"), matches.get(0).reasons().toString());
        assertEquals(List.of("岗位相符（科技副总）", "同在江苏省"), matches.get(0).reasons(), "the weightier reason first");
        assertTrue(matches.stream().noneMatch(m -> m.candidateId().equals("assistant") && m.rank() == 1));
        // against the pair as well as for it: a role that does not fit comes before a shared province
        Match assistant = matches.stream().filter(m -> m.candidateId().equals("assistant")).findFirst().orElseThrow();
        assertEquals(List.of("岗位不符（可任：科研助理）", "同在江苏省"), assistant.reasons());
    }

    @Test
    void unrelatedTextsDoNotMatchAtAll() {
        MatchIndex index = new MatchIndex();
        index.put(achievement("rice", "水稻抗倒伏品种选育", "籼稻新品种", 6));
        assertEquals(List.of(), matcher.match(challenge("量子点显示", "电致发光量子点器件", null), index, 10));
    }

    /** The example: "共同技术要点：计算机视觉、机器、视觉、需求、功能、工业" led with generic words. */
    @Test
    void explanationsNameTheTechnicalWordsNotTheGenresOwn() {
        MatchDocument query = challenge("机器视觉检测系统需求", "主要问题是工业设备产生的缺陷需要检测，关键需求：实现计算机视觉检测功能，提高良率", 6);
        MatchDocument fit = achievement("vision", "基于机器视觉的缺陷检测系统", "本项目主要实现工业设备缺陷的计算机视觉检测功能，解决关键问题，提高检测效率", 6);
        MatchIndex index = new MatchIndex();
        index.put(fit);
        for (int i = 0; i < 30; i++) {
            index.put(achievement("filler-" + i, "智能灌溉控制系统" + i, "基于土壤湿度传感器的农田节水灌溉技术，解决主要问题", 6));
        }
        Match match = matcher.match(query, index, 1).get(0);
        assertEquals("vision", match.candidateId());
        assertTrue(match.sharedTerms().contains("视觉"), match.sharedTerms().toString());
        for (String generic : List.of("问题", "需求", "功能", "主要", "设备", "产生", "系统", "关键", "实现", "提高")) {
            assertTrue(!match.sharedTerms().contains(generic), generic + " in " + match.sharedTerms());
            assertTrue(TextAnalysis.isStopWord(generic));
        }
        assertTrue(match.explanation().startsWith("共同技术要点："), match.explanation());
    }

    /** In a large list, a word most items have is neither scored nor shown: 电池 among 1,000 battery items. */
    @Test
    void aWordMostOfALargeListHasIsNotAReason() {
        MatchIndex index = new MatchIndex();
        MatchDocument query = challenge("固态电池电解质界面阻抗", "固态电池硫化物电解质与正极界面阻抗高", 6);
        index.put(achievement("fit", "硫化物固态电解质界面修饰", "硫化物电解质正极界面包覆，降低界面阻抗，用于固态电池", 6));
        for (int i = 0; i < MatchIndex.COMMON_FROM; i++) {
            index.put(achievement("battery-" + i, "电池" + i + "号", "电池包结构件与电池外壳冲压", 6));
        }
        Match best = matcher.match(query, index, 1).get(0);
        assertEquals("fit", best.candidateId());
        assertTrue(!best.sharedTerms().contains("电池"), "in every item of the list: " + best.sharedTerms());
        assertTrue(best.sharedTerms().contains("硫化物"), best.sharedTerms().toString());
    }

    /** A synonym is shown as the two texts write it, so that a reader finds each word in its own text. */
    @Test
    void aSynonymIsShownAsEachTextWritesIt() {
        MatchIndex index = new MatchIndex();
        index.put(achievement("pc", "计算机散热模组", "微型计算机的液冷散热模组", 6));
        index.put(achievement("rice", "水稻抗倒伏品种选育", "籼稻新品种", 6));
        Match match = matcher.match(challenge("电脑散热", "便携电脑散热不足", 6), index, 1).get(0);
        assertEquals("pc", match.candidateId());
        assertTrue(match.sharedTerms().contains("电脑/计算机"), match.sharedTerms().toString());
        assertTrue(!match.sharedTerms().contains("计算机"), "计算机 is not in the challenge's text: " + match.sharedTerms());
    }
}
