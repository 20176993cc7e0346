package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.hundredparks.local.aws.EmulatorsResource;
import org.junit.jupiter.api.Test;

/** Import templates and upload URLs; the import itself runs in ImportServiceTest (10,000 rows) and LocalPlatformTest. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class ImportTest {

    @Test
    void templatesAndUploadUrlsAreServed() throws Exception {
        String token = Tokens.university("uni-import", "440300");
        String header = new String(given().get("/imports/templates/ACHIEVEMENT?format=csv").then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8).replace("\uFEFF", "").strip();

        // the template's headers are exactly the columns an import reads
        org.junit.jupiter.api.Assertions.assertEquals(String.join(",",
                org.hundredparks.imports.Template.of(org.hundredparks.submission.ListType.ACHIEVEMENT).headers()), header);
        ListItemLifecycleTest.as(token).body("{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"成果.csv\"}")
                .post("/imports/uploads").then().statusCode(200)
                .body("contentType", equalTo("text/csv")).body("uploadId", org.hamcrest.Matchers.matchesPattern("upl_[0-9a-f]{32}\\.csv"));
        // the rest of the flow (upload, import, progress, re-run) is LocalPlatformTest's, through the real Lambda runtime
    }

    @Test
    void onlyTheListsSubmittersGetUploadUrlsForSpreadsheets() {
        String token = Tokens.university("uni-import", "440300");
        ListItemLifecycleTest.as(Tokens.enterprise("ent-x", "440300")).body("{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"a.csv\"}")
                .post("/imports/uploads").then().statusCode(403);
        ListItemLifecycleTest.as(token).body("{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"a.exe\"}")
                .post("/imports/uploads").then().statusCode(400).body("code", equalTo("UNSUPPORTED_FILE"));
        given().get("/imports/templates/CHALLENGE").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }
}
