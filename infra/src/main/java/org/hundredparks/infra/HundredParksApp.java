package org.hundredparks.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * The CDK app: a data stack and an app stack per stage. Run by the CDK CLI ({@code npx aws-cdk synth -c stage=dev
 * -c region=...}, see README "Deploy") or directly, with the context as {@code key=value} arguments:
 * {@code mvn -B -q -pl infra exec:java -Dexec.args="stage=dev region=ap-east-1"} writes {@code infra/cdk.out}.
 */
public final class HundredParksApp {

    private HundredParksApp() {
    }

    public static void main(String[] args) {
        Map<String, Object> context = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                context.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        Object outdir = context.remove("outdir");
        App app = new App(AppProps.builder().context(context)
                .outdir(outdir != null ? outdir.toString() : System.getenv().getOrDefault("CDK_OUTDIR", "cdk.out")).build());
        build(app);
        app.synth();
    }

    /** The two stacks of one stage. */
    public record Stacks(Stage stage, DataStack data, AppStack app) {
    }

    /** Both stacks of the stage the app's context names, checked by cdk-nag's AWS Solutions rules. */
    public static Stacks build(App app) {
        Stage stage = Stage.fromContext(app.getNode());
        StackProps props = StackProps.builder().env(stage.environment()).build();
        DataStack data = new DataStack(app, stage.stackName("data"), props, stage);
        Object openapi = app.getNode().tryGetContext("openapi");
        ApiContract contract = ApiContract.read(openapi != null ? Path.of(openapi.toString())
                : stage.artifacts().resolve("openapi").resolve("openapi.yaml"));
        AppStack application = new AppStack(app, stage.stackName("app"), props, stage, data, contract);
        Tags.of(app).add("project", "hundred-parks");
        Tags.of(app).add("stage", stage.name());
        Aspects.of(app).add(new AwsSolutionsChecks());
        return new Stacks(stage, data, application);
    }
}
