package org.hundredparks.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/** What outlives deployments: the table (retained in production). Buckets follow with the infrastructure issue. */
public class DataStack extends Stack {

    private final PlatformTable table;

    public DataStack(Construct scope, String id, StackProps props, boolean production) {
        super(scope, id, props);
        this.table = new PlatformTable(this, "Records", production);
    }

    public PlatformTable table() {
        return table;
    }
}
