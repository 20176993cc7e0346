package org.hundredparks.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.local.aws.EmulatorsResource;
import org.hundredparks.local.fuzz.Contract;
import org.hundredparks.local.fuzz.ContractFuzzer;
import org.junit.jupiter.api.Test;

/**
 * Requests generated from openapi/openapi.yaml, valid and hostile, under every role's token, a forged one and none
 * (the fuzzer's own description says which): no answer may be a 5xx, an error that is not problem+json, a body or
 * status the contract does not declare, and no refused request may leave a write behind. bench/contract-fuzz.sh sends
 * more of them to the local run.
 */
@QuarkusTest
@QuarkusTestResource(EmulatorsResource.class)
@TestProfile(ContractFuzzTest.CountingWrites.class)
class ContractFuzzTest {

    static final int REQUESTS = Integer.getInteger("hundredparks.fuzz.requests", 2500);
    static final long SEED = Long.getLong("hundredparks.fuzz.seed", 20261130L);

    public static class CountingWrites implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.dynamodb.interceptors", WriteCounter.class.getName());
        }
    }

    @Test
    void noServerErrorNoStrayAnswerAndNoWriteFromARefusal() throws Exception {
        // a record in three of the lists, so that requests reach real ones (their ids are learnt from the answers)
        String university = Tokens.university("fuzz-uni", "440300");
        String enterprise = Tokens.enterprise("fuzz-ent", "440300");
        String park = "HTZ-440300-01";
        WriteCounter.reset();
        given().auth().oauth2(university).contentType("application/json").body(Samples.achievement("碳化硅功率器件", "440305"))
                .post("/achievements").then().statusCode(201);
        assertFalse(WriteCounter.leftBehind().isEmpty(), "the write watch is installed (else refusals would pass unwatched)");
        given().auth().oauth2(enterprise).contentType("application/json").body(Samples.challenge("锂电池热失控预警", "440305"))
                .post("/challenges").then().statusCode(201);
        given().auth().oauth2(enterprise).contentType("application/json").body(Samples.talentNeed("科技副总", "440305", park))
                .post("/talent-needs").then().statusCode(201);

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("UNIVERSITY", university);
        tokens.put("ENTERPRISE", enterprise);
        tokens.put("PARK_ADMIN", Tokens.parkAdmin(park, "440300"));
        tokens.put("PROVINCE_AUTHORITY", Tokens.authority("SCIENCE", "440000"));
        tokens.put("MINISTRY", Tokens.ministry("SCIENCE"));
        tokens.put("PUBLIC", Tokens.publicUser());
        tokens.put("forged", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        tokens.put("none", null);
        // every token's first use registers its organisation (development tokens): not a refused request's write
        tokens.values().forEach(token -> given().auth().oauth2(token == null ? "" : token).get("/reminders"));

        Contract contract = new Contract(Path.of(System.getProperty("hundredparks.root"), "openapi", "openapi.yaml"));
        ContractFuzzer fuzzer = new ContractFuzzer(contract,
                URI.create(RestAssured.baseURI + ":" + RestAssured.port), tokens,
                Map.of("parkId", List.of(park, "USP-440300-01"), "regionCode", List.of("440300", "440305", "440000"),
                        "listType", List.of("ACHIEVEMENT", "CHALLENGE")),
                SEED, new RefusalsWriteNothing());
        ContractFuzzer.Report report = fuzzer.run(REQUESTS);

        System.out.println("contract fuzzer: " + report.summary());
        report.failures().stream().limit(30).forEach(System.out::println);
        assertEquals(List.of(), report.failures().stream().filter(f -> f.why().startsWith("stopped")).map(Object::toString).toList(),
                "the API stopped answering: " + report.failures().stream().limit(5).map(Object::toString).toList());
        assertEquals(REQUESTS, report.sent(), "every generated request is sent");
        assertEquals(contract.operations().size(), report.byOperation().size(), "every operation is reached: " + report.byOperation().keySet());
        assertTrue(report.byStatus().keySet().stream().anyMatch(s -> s < 300), "some requests succeed: " + report.byStatus());
        assertEquals(List.of(), report.failures().stream().map(Object::toString).limit(30).toList(), report.summary());
    }

    /** A refused request (4xx) must leave nothing behind: no half-made record, no idempotency key still claimed. */
    static final class RefusalsWriteNothing implements ContractFuzzer.Observer {
        @Override
        public void before() {
            WriteCounter.reset();
        }

        @Override
        public String after(ContractFuzzer.Exchange exchange) {
            var left = WriteCounter.leftBehind();
            return exchange.status() >= 400 && !left.isEmpty() ? "a refused request left writes behind: " + left : null;
        }

        /** The API runs in this JVM: where its threads wait says why a request got no answer. */
        @Override
        public void noAnswer(String described) {
            System.out.println("no answer to " + described.substring(0, Math.min(300, described.length())) + "; the server's threads:");
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (stack.length > 0 && !thread.getName().startsWith("HttpClient")) {
                    System.out.println("\"" + thread.getName() + "\" " + thread.getState());
                    Arrays.stream(stack).limit(40).forEach(frame -> System.out.println("    at " + frame));
                }
            });
        }
    }
}
