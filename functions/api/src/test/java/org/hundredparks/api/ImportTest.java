package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.hundredparks.jobs.Job;
import org.hundredparks.jobs.JobQueue;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.aws.LocalAwsStack;
import org.junit.jupiter.api.Test;

/** Import templates, upload URLs and queuing; the rows are written by the worker (ImportServiceTest, LocalPlatformTest). */
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
    }

    @Test
    void startingAnImportQueuesItForTheWorkerAndAnswersAtOnce() throws Exception {
        String token = Tokens.university("uni-queue", "440300");
        var upload = ListItemLifecycleTest.as(token).body("{\"listType\": \"ACHIEVEMENT\", \"fileName\": \"成果.csv\"}")
                .post("/imports/uploads").then().statusCode(200).extract().jsonPath();
        String csv = String.join(",", org.hundredparks.imports.Template.of(org.hundredparks.submission.ListType.ACHIEVEMENT).headers())
                + "\nEXT-1,成果,简介,新能源,锂电,5,转让,100000,深圳大学,440305,,张老师,13812345678,\n";
        var put = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(upload.getString("uploadUrl"))).header("Content-Type", "text/csv")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(csv)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        org.junit.jupiter.api.Assertions.assertEquals(200, put.statusCode(), put.body());
        String start = "{\"listType\": \"ACHIEVEMENT\", \"uploadId\": \"" + upload.getString("uploadId") + "\"}";

        String id = ListItemLifecycleTest.as(token).body(start).post("/imports").then().statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/imports/imp_"))
                .body("status", equalTo("QUEUED")).body("totalRows", equalTo(0)).extract().path("id");
        var message = LocalAwsStack.shared().sqs().take(LocalAwsStack.JOBS_QUEUE, java.time.Duration.ofSeconds(5));
        org.junit.jupiter.api.Assertions.assertNotNull(message, "the job reached the queue");
        org.junit.jupiter.api.Assertions.assertEquals(new Job(Job.Kind.IMPORT, id), JobQueue.read(message.body()));

        // asked again while queued: the same job, not a second one
        ListItemLifecycleTest.as(token).body(start).post("/imports").then().statusCode(202).body("id", equalTo(id));
        org.junit.jupiter.api.Assertions.assertNull(LocalAwsStack.shared().sqs().take(LocalAwsStack.JOBS_QUEUE, java.time.Duration.ZERO));
        ListItemLifecycleTest.as(token).get("/imports/" + id).then().statusCode(200).body("status", equalTo("QUEUED"));
        // the worker's side is ImportServiceTest's (10,000 rows) and LocalPlatformTest's (through the real Lambda runtime)
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
