package org.hundredparks.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthesized gateway routes are exactly the contract's operations, each secured as the contract says.
 * The template is the one the documented command writes ({@code exec:java} with context arguments), and the
 * contract is read here line by line, independently of {@link ApiContract}.
 */
class ApiRoutesTest {

    private static final Pattern PATH = Pattern.compile("^  (/\\S*):$");
    private static final Pattern METHOD = Pattern.compile("^    (get|put|post|delete|patch):$");

    @Test
    void theTemplatesRoutesAreTheContractsOperationsWithTheirSecurity(@TempDir Path out) throws IOException {
        HundredParksApp.main(new String[] {"stage=dev", "region=ap-east-1", "account=123456789012", "outdir=" + out,
                "artifacts=" + Synth.artifacts(), "openapi=" + Synth.CONTRACT, "jwtIssuer=https://auth.example.org",
                "jwtAudience=hundred-parks"});
        JsonNode template = new ObjectMapper().readTree(out.resolve("HundredParks-dev-app.template.json").toFile());
        Map<String, String> routes = new TreeMap<>();
        String authorizer = null;
        for (var resource : template.path("Resources").properties()) {
            JsonNode props = resource.getValue().path("Properties");
            if (resource.getValue().path("Type").asText().equals("AWS::ApiGatewayV2::Route")) {
                routes.put(props.path("RouteKey").asText(), props.path("AuthorizationType").asText());
            }
            if (resource.getValue().path("Type").asText().equals("AWS::ApiGatewayV2::Authorizer")) {
                authorizer = props.path("JwtConfiguration").toString();
            }
        }
        Map<String, String> contract = contractOperations();
        assertTrue(contract.size() > 40, "the contract read: " + contract.size() + " operations");
        assertEquals(contract, routes);
        assertEquals("{\"Audience\":[\"hundred-parks\"],\"Issuer\":\"https://auth.example.org\"}", authorizer);
    }

    /** Route key → "JWT" when the operation lists a security requirement, "NONE" otherwise. */
    private static Map<String, String> contractOperations() throws IOException {
        List<String> lines = Files.readAllLines(Synth.CONTRACT);
        Map<String, String> operations = new TreeMap<>();
        String path = null;
        String current = null;
        for (String line : lines) {
            Matcher p = PATH.matcher(line);
            Matcher m = METHOD.matcher(line);
            if (p.matches()) {
                path = p.group(1);
            } else if (!line.startsWith(" ") && !line.isEmpty()) {
                path = null;
            } else if (path != null && m.matches()) {
                current = m.group(1).toUpperCase() + " " + path;
                operations.put(current, "NONE");
            } else if (current != null && line.equals("      security:")) {
                operations.put(current, "JWT");
            }
        }
        return operations;
    }
}
