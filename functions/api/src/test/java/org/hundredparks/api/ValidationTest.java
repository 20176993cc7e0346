package org.hundredparks.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Every input rule, each with one failing example: 400, the rule's code, the field path, Chinese. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class ValidationTest {

    private static final String UNIVERSITY = Tokens.university("uni-validation", "440300");
    private static final String ENTERPRISE = Tokens.enterprise("ent-validation", "440300");

    @ParameterizedTest(name = "achievement {1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "\"trl\": 6                          | \"trl\": 10                     | OUT_OF_RANGE        | trl",
            "\"trl\": 6                          | \"trl\": \"高\"                  | INVALID_TYPE        | trl",
            "\"regionCode\": \"440305\"          | \"regionCode\": \"4403\"         | INVALID_REGION_CODE | regionCode",
            "\"regionCode\": \"440305\"          | \"regionCode\": \"440399\"       | UNKNOWN_REGION_CODE | regionCode",
            "\"askingPriceYuan\": 3000000        | \"askingPriceYuan\": -1         | NEGATIVE_AMOUNT     | askingPriceYuan",
            "\"askingPriceYuan\": 3000000        | \"askingPriceYuan\": 12.5       | INVALID_TYPE        | askingPriceYuan",
            "\"mobile\": \"13812345678\"         | \"mobile\": \"1381234567\"       | INVALID_MOBILE      | contact.mobile",
            "\"email\": \"zhang@szu.edu.cn\"     | \"email\": \"zhang@\"            | INVALID_EMAIL       | contact.email",
            "[\"LICENSE\", \"JOINT_DEVELOPMENT\"] | []                              | BAD_COUNT           | cooperationModes",
            "[\"LICENSE\", \"JOINT_DEVELOPMENT\"] | [\"GIFT\"]                      | INVALID_TYPE        | cooperationModes[0]",
            "\"kind\": \"INVENTION\"             | \"kind\": null                  | REQUIRED            | patents[0].kind",
            "[\"锂电\", \"回收\"]                  | [\"锂电\", \"\"]                  | REQUIRED            | keywords[1]",
            "\"universityName\": \"深圳大学\"     | \"universityName\": \"  \"       | REQUIRED            | universityName",
    })
    void achievementRules(String valid, String invalid, String code, String field) {
        String body = Samples.achievement("规则测试", "440305").replace(valid.strip(), invalid.strip());
        ListItemLifecycleTest.as(UNIVERSITY).body(body).post("/achievements").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo(code.strip())).body("field", equalTo(field.strip()));
    }

    @ParameterizedTest(name = "challenge {1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "\"industryCode\": \"C3972\"   | \"industryCode\": \"Z99\"      | INVALID_INDUSTRY_CODE | industryCode",
            "\"industryCode\": \"C3972\"   | \"industryCode\": \"A39\"      | UNKNOWN_INDUSTRY_CODE | industryCode",
            "\"budgetYuan\": 5000000       | \"budgetYuan\": -5            | NEGATIVE_AMOUNT       | budgetYuan",
            "\"deadline\": \"2025-06-30\"  | \"deadline\": \"2025-13-01\"   | INVALID_TYPE          | deadline",
            "\"deadline\": \"2025-06-30\"  | \"deadline\": null            | REQUIRED              | deadline",
            "\"ipOwnership\": \"双方共有\"  | \"ipOwnership\": \"\"          | REQUIRED              | ipOwnership",
            "\"regionCode\"              | \"parkId\": \"sz-hitech\", \"regionCode\"     | UNKNOWN_PARK        | parkId",
            "\"regionCode\"              | \"parkId\": \"HTZ-440100-01\", \"regionCode\" | NONE                | parkId",
            "\"regionCode\"              | \"parkId\": \"HTZ-110000-01\", \"regionCode\" | PARK_OUTSIDE_REGION | parkId",
    })
    void challengeRules(String valid, String invalid, String code, String field) {
        String body = Samples.challenge("规则测试", "440305").replace(valid.strip(), invalid.strip());
        if (code.strip().equals("NONE")) { // the control: a park of the challenge's own province passes
            ListItemLifecycleTest.as(ENTERPRISE).body(body).post("/challenges").then().statusCode(201)
                    .body("fields.parkId", equalTo("HTZ-440100-01"));
            return;
        }
        ListItemLifecycleTest.as(ENTERPRISE).body(body).post("/challenges").then().statusCode(400)
                .body("code", equalTo(code.strip())).body("field", equalTo(field.strip()));
    }

    @Test
    void theCreditCodeCheckCharacterIsVerified() {
        String uscc = Samples.USCC;
        char wrong = uscc.charAt(17) == '0' ? '1' : '0';
        String body = Samples.challenge("信用代码", "440305").replace(uscc, uscc.substring(0, 17) + wrong);
        ListItemLifecycleTest.as(ENTERPRISE).body(body).post("/challenges").then().statusCode(400)
                .body("code", equalTo("INVALID_USCC")).body("field", equalTo("enterpriseUscc"))
                .body("detail", equalTo("统一社会信用代码无效（应为18位，校验位符合 GB 32100-2015）"));
    }

    @Test
    void talentNeedsAndStaffOffersHaveTheirOwnRules() {
        String park = Tokens.parkAdmin("HTZ-440300-01", "440300");
        ListItemLifecycleTest.as(park).body(Samples.talentNeed("x", "440305", "HTZ-440300-01").replace("\"headcount\": 1", "\"headcount\": 0"))
                .post("/talent-needs").then().statusCode(400).body("code", equalTo("OUT_OF_RANGE")).body("field", equalTo("headcount"));
        ListItemLifecycleTest.as(park).body(Samples.talentNeed("x", "440305", "HTZ-440300-01").replace("TECH_VICE_PRESIDENT", "CEO"))
                .post("/talent-needs").then().statusCode(400).body("code", equalTo("INVALID_TYPE")).body("field", equalTo("role"));
        ListItemLifecycleTest.as(UNIVERSITY).body(Samples.staffOffer("x", "440305").replace("2025-08-31", "2024-01-01"))
                .post("/staff-offers").then().statusCode(400).body("code", equalTo("BAD_PERIOD")).body("field", equalTo("availableUntil"));
        ListItemLifecycleTest.as(UNIVERSITY).body(Samples.staffOffer("x", "440305").replace("\"email\"", "\"mail\"")
                        .replace("\"mobile\": \"13700002222\"", "\"phone\": \"x\""))
                .post("/staff-offers").then().statusCode(400).body("errors.field", hasItem("contact.mobile"));
    }

    @Test
    void textsAreBoundedAndOversizedBodiesRefused() {
        ListItemLifecycleTest.as(UNIVERSITY).body(Samples.achievement("长".repeat(201), "440305")).post("/achievements")
                .then().statusCode(400).body("code", equalTo("TOO_LONG")).body("field", equalTo("title"));
        String huge = Samples.achievement("大", "440305").replace("湿法冶金工艺", "很".repeat(1_100_000));
        ListItemLifecycleTest.as(UNIVERSITY).body(huge).post("/achievements").then().statusCode(413);
    }
}
