package org.hundredparks.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.services.lambda.Architecture;
import software.constructs.Node;

/**
 * One deployment target, read from CDK context ({@code -c stage=prod -c region=cn-north-1 ...}).
 * Everything that differs between stages or between the global and the China partition is decided here,
 * so the constructs never test region names themselves.
 */
public record Stage(String name, String account, String region, Architecture architecture, FunctionMode mode,
        String jwtIssuer, List<String> jwtAudience, String jwksUrl, List<String> corsOrigins,
        String domainName, String certificateArn, String alarmEmail, Path artifacts,
        int apiRateLimit, int apiBurstLimit, int signingKeyGeneration, boolean retirePreviousSigningKey, int authRateLimit,
        Integer apiConcurrency, String reminderTemplateId) {

    /** How the functions are packaged: a native executable on provided.al2023, or the JVM with SnapStart. */
    public enum FunctionMode { NATIVE, JVM }

    public Stage {
        if (!name.matches("[a-z][a-z0-9-]{1,15}")) {
            throw new IllegalArgumentException("stage must be a short lower-case name, got '" + name + "'");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("no region: pass -c region=cn-north-1 (or set CDK_DEFAULT_REGION)");
        }
        // The China regions serve no default execute-api host to the public without an ICP filing: the API
        // must be reached through the platform's own filed domain, so it is required there, not optional.
        if (region.startsWith("cn-") && (domainName == null || certificateArn == null)) {
            throw new IllegalArgumentException("the China regions need an ICP-filed custom domain: pass -c domainName=... "
                    + "-c certificateArn=... (a certificate imported into ACM in " + region + ")");
        }
    }

    public static Stage fromContext(Node node) {
        String name = text(node, "stage", "dev");
        // the platform issues its tokens itself: its issuer is the API's own address, where it serves the JWKS
        String domain = text(node, "domainName", null);
        String issuer = text(node, "jwtIssuer", domain != null ? "https://" + domain : "https://api.hundred-parks.org");
        return new Stage(name,
                text(node, "account", System.getenv("CDK_DEFAULT_ACCOUNT")),
                text(node, "region", System.getenv("CDK_DEFAULT_REGION")),
                "x86_64".equals(text(node, "architecture", "arm64")) ? Architecture.X86_64 : Architecture.ARM_64,
                FunctionMode.valueOf(text(node, "mode", "native").toUpperCase()),
                issuer,
                list(text(node, "jwtAudience", "hundred-parks")),
                text(node, "jwksUrl", issuer + "/.well-known/jwks.json"),
                list(text(node, "corsOrigins", "https://servicewechat.com")),
                domain,
                text(node, "certificateArn", null),
                text(node, "alarmEmail", null),
                Path.of(text(node, "artifacts", "..")),
                Integer.parseInt(text(node, "apiRateLimit", "200")),
                Integer.parseInt(text(node, "apiBurstLimit", "400")),
                Integer.parseInt(text(node, "signingKeyGeneration", "1")),
                Boolean.parseBoolean(text(node, "retirePreviousSigningKey", "false")),
                Integer.parseInt(text(node, "authRateLimit", "20")),
                // 0: no reservation (an account whose whole pool is smaller than the reservations plus the 100 AWS keeps free)
                "0".equals(text(node, "apiConcurrency", "100")) ? null : Integer.valueOf(text(node, "apiConcurrency", "100")),
                // the mini-program's reminder template (订阅消息 → 我的模板); none: reminders stay in the inbox
                text(node, "reminderTemplateId", null));
    }

    public boolean production() {
        return "prod".equals(name);
    }

    /** Beijing and Ningxia: the aws-cn partition, no X-Ray, and the API only behind an ICP-filed domain. */
    public boolean china() {
        return region.startsWith("cn-");
    }

    public boolean tracing() {
        return !china();
    }

    public Environment environment() {
        return Environment.builder().account(account).region(region).build();
    }

    public String stackName(String part) {
        return "HundredParks-" + name + "-" + part;
    }

    /** The function's deployment package as its module's build leaves it (JVM or native, whichever was built last). */
    public Path functionZip(String function) {
        return functionZip(function, mode);
    }

    public Path functionZip(String function, FunctionMode mode) {
        Path zip = artifacts.resolve("functions").resolve(function).resolve("target").resolve("function.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("no " + zip + ": build it first with mvn -B package -pl functions/" + function
                    + " -am" + (mode == FunctionMode.NATIVE ? " -Dnative" : ""));
        }
        return zip;
    }

    private static String text(Node node, String key, String fallback) {
        Object value = node.tryGetContext(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
