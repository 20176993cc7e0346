package org.hundredparks.infra;

import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;

/** The CDK app: {@code npx cdk synth -c stage=dev} (see README, "Deploy"). */
public final class HundredParksApp {

    private HundredParksApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        String stage = String.valueOf(app.getNode().tryGetContext("stage") == null ? "dev" : app.getNode().tryGetContext("stage"));
        new DataStack(app, "HundredParks-" + stage + "-data", StackProps.builder().build(), "prod".equals(stage));
        app.synth();
    }
}
