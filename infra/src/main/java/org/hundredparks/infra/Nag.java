package org.hundredparks.infra;

import java.util.List;
import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import io.github.cdklabs.cdknag.RegexAppliesTo;
import software.constructs.IConstruct;

/** cdk-nag suppressions, each with the reason a reviewer needs: no bare rule ids anywhere else. */
final class Nag {

    private Nag() {
    }

    static void suppress(IConstruct construct, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id(rule).reason(reason).build()), true);
    }

    /** A suppression limited to the findings it names (for IAM5, the exact wildcard resources or actions). */
    static void suppress(IConstruct construct, String rule, String reason, List<String> appliesTo) {
        NagSuppressions.addResourceSuppressions(construct,
                List.of(NagPackSuppression.builder().id(rule).reason(reason).appliesTo(List.copyOf(appliesTo)).build()), true);
    }

    /** A wildcard-resource (IAM5) suppression for the resources whose rendered name ends with {@code tail}. */
    static void suppressWildcardEndingWith(IConstruct construct, String tail, String reason) {
        String pattern = "/^Resource::.*" + tail.replace("/", "\\/").replace("*", "\\*") + "$/g";
        NagSuppressions.addResourceSuppressions(construct, List.of(NagPackSuppression.builder().id("AwsSolutions-IAM5")
                .reason(reason).appliesTo(List.of(RegexAppliesTo.builder().regex(pattern).build())).build()), true);
    }
}
