package org.hundredparks.local.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** -Dstorage=localstack uses LocalStack where Docker runs, and says so and falls back where it does not. */
class LocalStackSwitchTest {

    @Test
    void asksForLocalStackAndGetsWhatThisMachineCanRun() {
        String before = System.getProperty("hundredparks.aws-stack");
        System.setProperty("hundredparks.aws-stack", "localstack");
        boolean docker;
        try {
            docker = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            docker = false;
        }
        try (LocalAwsStack stack = LocalAwsStack.start(LocalAwsStack.Options.forTests())) {
            assertEquals(docker ? "localstack" : "emulators", stack.backend());
        } finally {
            if (before == null) {
                System.clearProperty("hundredparks.aws-stack");
            } else {
                System.setProperty("hundredparks.aws-stack", before);
            }
        }
    }
}
