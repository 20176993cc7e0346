package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/**
 * cdk-nag's AWS Solutions pack finds nothing unsuppressed in either stack, for each shape a stage can take.
 * (Suppressions carry their reasons where they are made; cdk-nag refuses one without.)
 */
class NagTest {

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
            "dev, ap-east-1, native,",
            "prod, ap-east-1, jvm,",
            "prod, cn-north-1, native, api.hundred-parks.cn",
            "dev, cn-northwest-1, jvm, api-dev.hundred-parks.cn"})
    void awsSolutionsFindsNothingUnsuppressed(String stage, String region, String mode, String domain) {
        Synth synth = domain == null ? Synth.of("stage", stage, "region", region, "mode", mode)
                : Synth.of("stage", stage, "region", region, "mode", mode, "domainName", domain,
                        "certificateArn", "arn:aws-cn:acm:" + region + ":123456789012:certificate/abc");
        List<String> findings = new ArrayList<>();
        for (Stack stack : List.of(synth.stacks.data(), synth.stacks.app())) {
            Annotations annotations = Annotations.fromStack(stack);
            for (SynthesisMessage message : annotations.findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
                findings.add("ERROR " + message.getId() + ": " + message.getEntry().getData());
            }
            for (SynthesisMessage message : annotations.findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"))) {
                findings.add("WARNING " + message.getId() + ": " + message.getEntry().getData());
            }
        }
        assertEquals(List.of(), findings, String.join("\n", findings));
    }
}
