package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.hundredparks.storage.TableDesign;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The synthesized table is the one TableDesign describes, the one the local bootstrap creates. */
class DataStackTest {

    private static Template synth(boolean production) {
        App app = new App();
        return Template.fromStack(new DataStack(app, "Data", StackProps.builder().build(), production));
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
    }

    @Test
    void productionKeepsTheTableAndProtectsIt() {
        synth(true).hasResource("AWS::DynamoDB::Table", Map.of(
                "DeletionPolicy", "Retain",
                "Properties", Match.objectLike(Map.of("DeletionProtectionEnabled", true))));
        synth(false).hasResource("AWS::DynamoDB::Table", Map.of("DeletionPolicy", "Delete"));
    }
}
