package org.hundredparks.local.aws;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the local AWS stack: {@code @QuarkusTestResource(EmulatorsResource.class)}.
 * The stack is shared by every test class of the JVM; the application's test profile creates the table
 * and buckets it needs at start.
 */
public class EmulatorsResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return LocalAwsStack.shared().quarkusConfig();
    }

    @Override
    public void stop() {
        // shared: stopped with the JVM
    }
}
