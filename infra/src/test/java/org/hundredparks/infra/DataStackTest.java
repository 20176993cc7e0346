package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hundredparks.storage.TableDesign;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized table is the one TableDesign describes (the one the local bootstrap creates); the buckets are private. */
class DataStackTest {

    private static Template synth(boolean production) {
        return Synth.of("stage", production ? "prod" : "dev").data();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableHasTheKeysIndexesStreamAndTtlOfTheDesign() {
        Template template = synth(false);
        template.resourceCountIs("AWS::DynamoDB::Table", 1);
        Map<String, Object> properties = (Map<String, Object>) template.findResources("AWS::DynamoDB::Table")
                .values().iterator().next().get("Properties");

        assertEquals(List.of(Map.of("AttributeName", "pk", "KeyType", "HASH"), Map.of("AttributeName", "sk", "KeyType", "RANGE")),
                properties.get("KeySchema"));
        List<Map<String, Object>> globals = (List<Map<String, Object>>) properties.get("GlobalSecondaryIndexes");
        assertEquals(TableDesign.PLATFORM.globalIndexes().stream().map(TableDesign.Index::name).toList(),
                globals.stream().map(g -> g.get("IndexName")).toList());
        for (int i = 0; i < globals.size(); i++) {
            TableDesign.Index index = TableDesign.PLATFORM.globalIndexes().get(i);
            assertEquals(List.of(Map.of("AttributeName", index.partitionKey(), "KeyType", "HASH"),
                    Map.of("AttributeName", index.sortKey(), "KeyType", "RANGE")), globals.get(i).get("KeySchema"));
        }
        List<Map<String, Object>> locals = (List<Map<String, Object>>) properties.get("LocalSecondaryIndexes");
        assertEquals("ranked", locals.get(0).get("IndexName"));
        assertEquals(Map.of("StreamViewType", "NEW_AND_OLD_IMAGES"), properties.get("StreamSpecification"));
        assertEquals(Map.of("AttributeName", "expiresAt", "Enabled", true), properties.get("TimeToLiveSpecification"));
        assertEquals("PAY_PER_REQUEST", properties.get("BillingMode"));
        assertEquals(Map.of("PointInTimeRecoveryEnabled", true), properties.get("PointInTimeRecoverySpecification"));
    }

    @Test
    void productionKeepsTheTableAndProtectsIt() {
        synth(true).hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("DeletionProtectionEnabled", true))));
        synth(false).hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Delete"));
        synth(true).allResources("AWS::S3::Bucket", Map.of("DeletionPolicy", "Retain"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyBucketIsPrivateEncryptedAndTlsOnly() {
        Template template = synth(false);
        template.resourceCountIs("AWS::S3::Bucket", 4);
        template.allResourcesProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Map.of("ServerSideEncryptionConfiguration",
                        List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256"))))));
        var policies = template.findResources("AWS::S3::BucketPolicy");
        assertEquals(4, policies.size());
        for (var policy : policies.values()) {
            List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>) policy
                    .get("Properties")).get("PolicyDocument")).get("Statement");
            assertTrue(statements.stream().anyMatch(s -> "Deny".equals(s.get("Effect"))
                    && Map.of("Bool", Map.of("aws:SecureTransport", "false")).equals(s.get("Condition"))), statements.toString());
        }
    }

    @Test
    void reportsAreVersionedUploadsExpireAfterAWeek() {
        Template template = synth(false);
        template.resourcePropertiesCountIs("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"))), 1);
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "reports/")))));
        template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "uploads/")),
                "LifecycleConfiguration", Map.of("Rules", List.of(Match.objectLike(Map.of(
                        "ExpirationInDays", 7, "AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1))))))));
    }
}
