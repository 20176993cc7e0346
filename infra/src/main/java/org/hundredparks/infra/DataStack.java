package org.hundredparks.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * What outlives deployments: the table and the buckets. Retained in production, so tearing the app stack
 * down (or replacing it) never touches the records.
 */
public class DataStack extends Stack {

    private final PlatformTable table;
    private final PlatformBuckets buckets;

    public DataStack(Construct scope, String id, StackProps props, Stage stage) {
        super(scope, id, props);
        this.table = new PlatformTable(this, "Records", stage.production());
        this.buckets = new PlatformBuckets(this, "Buckets", stage);
        Nag.suppress(buckets.accessLogs(), "AwsSolutions-S1",
                "This bucket receives the other buckets' server access logs; logging it into itself would loop.");
    }

    public PlatformTable table() {
        return table;
    }

    public PlatformBuckets buckets() {
        return buckets;
    }
}
