package org.hundredparks.infra;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpJwtAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.DomainMappingOptions;
import software.amazon.awscdk.services.apigatewayv2.DomainName;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.certificatemanager.Certificate;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The HTTP API in front of the API function: one route per operation of the contract, a JWT authorizer on
 * every operation the contract secures (the function checks the token again and decides the role), stage
 * throttling, CORS for the mini-program's origins and JSON access logs. In the China regions, and wherever a
 * domain is given, it answers on that domain only.
 */
public class PlatformApi extends Construct {

    private final HttpApi api;
    private final HttpStage stage;
    private final List<HttpRoute> routes = new ArrayList<>();

    public PlatformApi(Construct scope, String id, Stage target, ApiContract contract, IFunction handler) {
        super(scope, id);
        api = HttpApi.Builder.create(this, "Http")
                .apiName(target.stackName("api"))
                .createDefaultStage(false)
                .disableExecuteApiEndpoint(target.domainName() != null)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(target.corsOrigins())
                        .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT, CorsHttpMethod.OPTIONS))
                        .allowHeaders(List.of("authorization", "content-type", "idempotency-key", "if-match"))
                        .exposeHeaders(List.of("etag", "location"))
                        .maxAge(Duration.hours(1))
                        .build())
                .build();

        LogGroup accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(target.production() ? RetentionDays.SIX_MONTHS : RetentionDays.ONE_MONTH)
                .removalPolicy(target.production() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        LogGroupLogDestination destination = new LogGroupLogDestination(accessLogs);
        HttpStage.Builder stageBuilder = HttpStage.Builder.create(this, "Stage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder().rateLimit(target.apiRateLimit()).burstLimit(target.apiBurstLimit()).build())
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public IAccessLogDestination getDestination() {
                        return destination;
                    }

                    @Override
                    public AccessLogFormat getFormat() {
                        return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
                    }
                });
        if (target.domainName() != null) {
            DomainName domain = DomainName.Builder.create(this, "Domain")
                    .domainName(target.domainName())
                    .certificate(Certificate.fromCertificateArn(this, "Certificate", target.certificateArn()))
                    .build();
            stageBuilder.domainMapping(DomainMappingOptions.builder().domainName(domain).build());
        }
        stage = stageBuilder.build();
        ((CfnStage) stage.getNode().getDefaultChild()).addPropertyOverride("RouteSettings", routeThrottles(target));

        HttpJwtAuthorizer jwt = new HttpJwtAuthorizer("Jwt", target.jwtIssuer(), HttpJwtAuthorizerProps.builder()
                .jwtAudience(target.jwtAudience())
                .identitySource(List.of("$request.header.Authorization"))
                .build());
        HttpLambdaIntegration integration = new HttpLambdaIntegration("Function", handler);
        for (ApiContract.Operation operation : contract.operations()) {
            List<HttpRoute> added = api.addRoutes(AddRoutesOptions.builder()
                    .path(operation.path())
                    .methods(List.of(HttpMethod.valueOf(operation.method())))
                    .integration(integration)
                    .authorizer(operation.secured() ? jwt : new HttpNoneAuthorizer())
                    .build());
            routes.addAll(added);
            // the stage's route settings name routes by key: CloudFormation must create them first
            added.forEach(route -> stage.getNode().addDependency(route));
            if (!operation.secured()) {
                added.forEach(route -> Nag.suppress(route, "AwsSolutions-APIG4",
                        "The contract publishes " + operation.routeKey() + " without a token (health, templates, the public typical cases, sign-in and its public keys)."));
            }
        }
    }

    /**
     * Routes with limits of their own, below the stage's: sign-in answers anyone, so guessing secrets or flooding it
     * takes that route's share and not the whole API's; imports, reports and live statistics each start work far
     * heavier than a request (a file read, a document written, every record read), so a loop on one of them uses up
     * that route, not the API. The limits are per route across all callers, not per caller.
     */
    static Map<String, Object> routeThrottles(Stage target) {
        Map<String, Object> signIn = Map.of("ThrottlingRateLimit", target.authRateLimit(), "ThrottlingBurstLimit", 2 * target.authRateLimit());
        Map<String, Object> heavy = Map.of("ThrottlingRateLimit", HEAVY_RATE_LIMIT, "ThrottlingBurstLimit", 2 * HEAVY_RATE_LIMIT);
        Map<String, Object> routes = new TreeMap<>();
        for (String route : List.of("POST /auth/token", "POST /auth/wechat", "POST /auth/wechat/web", "POST /auth/wechat/bind", "POST /auth/refresh")) {
            routes.put(route, signIn);
        }
        for (String route : List.of("POST /imports", "POST /imports/uploads", "POST /reports", "GET /statistics")) {
            routes.put(route, heavy);
        }
        return routes;
    }

    /** Requests a second, across all callers, to each heavy route. */
    static final int HEAVY_RATE_LIMIT = 5;

    /** JSON access log lines, one per request, with what an operator searches by. */
    private static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
            + "\"time\":\"$context.requestTime\",\"route\":\"$context.routeKey\",\"status\":\"$context.status\","
            + "\"latencyMs\":\"$context.responseLatency\",\"integrationError\":\"$context.integrationErrorMessage\","
            + "\"subject\":\"$context.authorizer.claims.sub\"}";

    public HttpApi api() {
        return api;
    }

    public HttpStage stage() {
        return stage;
    }

    public List<HttpRoute> routes() {
        return routes;
    }

    /** The API's address: the custom domain where there is one, otherwise the execute-api endpoint. */
    public String url(Stage target) {
        return target.domainName() != null ? "https://" + target.domainName() : stage.getUrl();
    }
}
