package org.hundredparks.infra;

import org.hundredparks.storage.TableDesign;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.dynamodb.Attribute;
import software.amazon.awscdk.services.dynamodb.AttributeType;
import software.amazon.awscdk.services.dynamodb.BillingMode;
import software.amazon.awscdk.services.dynamodb.GlobalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.LocalSecondaryIndexProps;
import software.amazon.awscdk.services.dynamodb.PointInTimeRecoverySpecification;
import software.amazon.awscdk.services.dynamodb.ProjectionType;
import software.amazon.awscdk.services.dynamodb.StreamViewType;
import software.amazon.awscdk.services.dynamodb.Table;
import software.amazon.awscdk.services.dynamodb.TableEncryption;
import software.constructs.Construct;

/**
 * The platform's table, declared from {@link TableDesign}: the same keys and indexes the local
 * bootstrap creates, plus what only AWS has (TTL on expiresAt, point-in-time recovery, the stream).
 */
public class PlatformTable extends Construct {

    private final Table table;

    public PlatformTable(Construct scope, String id, boolean production) {
        super(scope, id);
        TableDesign design = TableDesign.PLATFORM;
        table = Table.Builder.create(this, "Table")
                .partitionKey(string(design.partitionKey()))
                .sortKey(string(design.sortKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .stream(StreamViewType.valueOf(design.streamViewType()))
                .timeToLiveAttribute(design.ttlAttribute())
                .pointInTimeRecoverySpecification(PointInTimeRecoverySpecification.builder().pointInTimeRecoveryEnabled(true).build())
                .encryption(TableEncryption.AWS_MANAGED)
                .deletionProtection(production)
                .removalPolicy(production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        for (TableDesign.Index index : design.globalIndexes()) {
            table.addGlobalSecondaryIndex(GlobalSecondaryIndexProps.builder().indexName(index.name())
                    .partitionKey(string(index.partitionKey())).sortKey(string(index.sortKey()))
                    .projectionType(ProjectionType.ALL).build());
        }
        for (TableDesign.Index index : design.localIndexes()) {
            table.addLocalSecondaryIndex(LocalSecondaryIndexProps.builder().indexName(index.name())
                    .sortKey(string(index.sortKey())).projectionType(ProjectionType.ALL).build());
        }
    }

    private static Attribute string(String name) {
        return Attribute.builder().name(name).type(AttributeType.STRING).build();
    }

    public Table table() {
        return table;
    }
}
