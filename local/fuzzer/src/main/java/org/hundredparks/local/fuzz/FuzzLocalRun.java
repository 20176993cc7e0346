package org.hundredparks.local.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * bench/contract-fuzz.sh: the fuzzer against the local run ({@code local/run.sh}), with tokens of every role minted by
 * its {@code /_local/tokens}. Prints a summary and the first failures; exits 1 if there were any.
 * Arguments: base URL, number of requests, seed, path of openapi.yaml.
 */
public final class FuzzLocalRun {

    private FuzzLocalRun() {
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
        Path contract = Path.of(args.length > 3 ? args[3] : "openapi/openapi.yaml");

        String park = "HTZ-440300-01";
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("UNIVERSITY", token(base, "role=UNIVERSITY&org=fuzz-uni&region=440300"));
        tokens.put("ENTERPRISE", token(base, "role=ENTERPRISE&org=fuzz-ent&region=440300"));
        tokens.put("PARK_ADMIN", token(base, "role=PARK_ADMIN&org=park-" + park + "&region=440300&park=" + park));
        tokens.put("PROVINCE_AUTHORITY", token(base, "role=PROVINCE_AUTHORITY&org=auth-SCIENCE-440000&region=440000&domain=SCIENCE"));
        tokens.put("MINISTRY", token(base, "role=MINISTRY&org=ministry-SCIENCE&domain=SCIENCE"));
        tokens.put("PUBLIC", token(base, "role=PUBLIC"));
        tokens.put("forged", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        tokens.put("none", null);

        ContractFuzzer fuzzer = new ContractFuzzer(new Contract(contract), base, tokens,
                Map.of("parkId", List.of(park, "USP-440300-01"), "regionCode", List.of("440300", "440305", "440000"),
                        "listType", List.of("ACHIEVEMENT", "CHALLENGE")), seed, new ContractFuzzer.Observer() { });
        ContractFuzzer.Report report = fuzzer.run(requests);
        System.out.println(report.summary());
        report.failures().stream().limit(20).forEach(System.out::println);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    private static String token(URI base, String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(base.resolve("/_local/tokens?" + query)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/_local/tokens?" + query + " answered " + response.statusCode() + ": is local/run.sh running?");
        }
        return new ObjectMapper().readTree(response.body()).path("token").asText();
    }
}
