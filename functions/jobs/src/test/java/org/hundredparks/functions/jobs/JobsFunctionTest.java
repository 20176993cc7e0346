package org.hundredparks.functions.jobs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.audit.AuditEntry;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.imports.ImportJob;
import org.hundredparks.imports.ImportService;
import org.hundredparks.imports.Template;
import org.hundredparks.local.aws.AwsEventShapes;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.aws.LocalAwsStack;
import org.hundredparks.local.aws.SqsStandIn;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.platform.Hashes;
import org.hundredparks.storage.ObjectStore;
import org.hundredparks.storage.StorageConfig;
import org.hundredparks.submission.ListType;
import org.junit.jupiter.api.Test;

/** The background worker: SQS batches of jobs, each run on its own, failures reported by message id. */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
class JobsFunctionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ImportService imports;
    @Inject
    OrganisationService organisations;
    @Inject
    ObjectStore objects;
    @Inject
    StorageConfig storage;

    @Test
    void runsAQueuedImportAndReportsOnlyTheBadMessage() throws Exception {
        Caller caller = new Caller("u-worker", Role.UNIVERSITY, "uni-worker", "440300", null, null);
        var upload = imports.requestUpload(caller, ListType.ACHIEVEMENT, "成果.csv");
        String csv = String.join(",", Template.of(ListType.ACHIEVEMENT).headers()) + "\n"
                + "W-1,钠离子电池正极材料,层状氧化物正极,新能源,钠电,6,许可,500000,深圳大学,440305,,张老师,13812345678,\n"
                + "W-2,固态电解质,硫化物电解质,新能源,固态电池,15,许可,500000,深圳大学,440305,,张老师,13812345678,\n";
        objects.put(storage.buckets().uploads(), "uploads/uni-worker/" + upload.uploadId(), csv.getBytes(StandardCharsets.UTF_8), "text/csv");
        ImportJob queued = imports.start(caller, ListType.ACHIEVEMENT, upload.uploadId());
        SqsStandIn.Message message = LocalAwsStack.shared().sqs().take(LocalAwsStack.JOBS_QUEUE, Duration.ofSeconds(5));

        // the message as Lambda delivers it, next to one that is not a job
        ObjectNode event = (ObjectNode) AwsEventShapes.sample("sqs.json");
        ObjectNode record = ((ObjectNode) event.get("Records").get(0)).put("messageId", message.messageId()).put("body", message.body());
        event.putArray("Records").add(record).add(record.deepCopy().put("messageId", "not-a-job").put("body", "Test message."));
        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(event)).when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("not-a-job"));

        ImportJob done = imports.get(caller, queued.id());
        assertEquals(ImportJob.Status.COMPLETED, done.status());
        assertEquals(1, done.created());
        assertEquals(1, done.rejected());
        assertEquals("技术就绪度", done.errors().get(0).column());

        // SQS delivers at least once: the same message again writes nothing
        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(event)).when().post().then().statusCode(200);
        assertEquals(done, imports.get(caller, queued.id()));
    }

    /** The operator founds a ministry department by sending one message to the jobs queue, with the hash of a code it chose. */
    @Test
    void theOperatorFoundsAMinistryDepartmentAndItsFirstInvitation() throws Exception {
        String hash = Hashes.sha256("FOUNDINGCODE2345");
        ObjectNode body = JSON.createObjectNode().put("kind", "FOUNDING").put("id", "most-cgs");
        body.putObject("parameters").put("name", "科学技术部成果转化与区域创新司").put("domain", "SCIENCE").put("invitationCodeSha256", hash);
        ObjectNode bad = body.deepCopy();
        ((ObjectNode) bad.get("parameters")).put("invitationCodeSha256", "FOUNDINGCODE2345");
        String event = JSON.writeValueAsString(JSON.createObjectNode().set("Records", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("messageId", "found").put("body", body.toString()))
                .add(JSON.createObjectNode().put("messageId", "plain-code").put("body", bad.toString()))));
        given().contentType(ContentType.JSON).body(event).when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("plain-code"));
        given().contentType(ContentType.JSON).body(event).when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("plain-code"));

        Organisation ministry = organisations.get("most-cgs");
        assertEquals(Organisation.Kind.MINISTRY, ministry.kind());
        assertEquals(Domain.SCIENCE, ministry.domain());
        Caller colleague = new Caller("psn_most", Role.MINISTRY, "most-cgs", null, Domain.SCIENCE, null);
        assertEquals(List.of(AuditAction.INVITATION_ISSUED, AuditAction.ORGANISATION_REGISTERED),
                organisations.auditEntries(colleague, "most-cgs", null, null, 10, null).entries().stream().map(AuditEntry::action).toList(),
                "founded once, though delivered twice");
    }

    @Test
    void aJobThatCannotRunIsReportedByItsMessageId() {
        given().contentType(ContentType.JSON)
                .body("{\"Records\":[{\"messageId\":\"m-1\",\"body\":\"{\\\"kind\\\":\\\"IMPORT\\\",\\\"id\\\":\\\"imp_missing\\\"}\"},"
                        + "{\"messageId\":\"m-2\",\"body\":\"\"}]}")
                .when().post()
                .then().statusCode(200).body("batchItemFailures.itemIdentifier", contains("m-1", "m-2"));
    }

    @Inject
    org.hundredparks.submission.SubmissionService submissions;

    @Test
    void theScheduledSearchSnapshotJobWritesTheIndexTheApiLoads() throws Exception {
        Caller caller = new Caller("u-snap", Role.UNIVERSITY, "uni-snap", "440300", null, null);
        var item = submissions.create(caller, ListType.ACHIEVEMENT, new org.hundredparks.submission.AchievementFields(null, "快照里的钙钛矿电池",
                "钙钛矿叠层。", "新能源", List.of(), 5, List.of(), java.util.Set.of(org.hundredparks.submission.CooperationMode.LICENSE), null,
                "深圳大学", "440305", null, new org.hundredparks.submission.Contact("张老师", "13812345678", null))).item();
        // the body exactly as the schedule sends it (infra: SearchSnapshotSchedule)
        ObjectNode event = (ObjectNode) AwsEventShapes.sample("sqs.json");
        ((ObjectNode) event.get("Records").get(0)).put("messageId", "snapshot-1")
                .put("body", "{\"kind\":\"SEARCH_SNAPSHOT\",\"id\":\"2024-10-01T00:10:00Z\"}");
        given().contentType(ContentType.JSON).body(JSON.writeValueAsString(event)).when().post()
                .then().statusCode(200).body("batchItemFailures", org.hamcrest.Matchers.empty());

        byte[] snapshot = objects.get(storage.buckets().derived(), org.hundredparks.search.SearchIndexes.SNAPSHOT_KEY).orElseThrow();
        var index = org.hundredparks.search.SearchIndexes.indexIn(snapshot);
        assertEquals("DRAFT", index.get(item.id()).status());
        assertEquals("快照里的钙钛矿电池", index.get(item.id()).title());
    }
}
