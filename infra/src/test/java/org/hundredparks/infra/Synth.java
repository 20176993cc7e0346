package org.hundredparks.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Template;

/**
 * Synthesizes the app the way {@link HundredParksApp} does, for one stage's context, against the real API
 * contract. The function packages are stand-in zips: the templates do not depend on what is inside them.
 */
final class Synth {

    static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");
    private static Path artifacts;

    final App app;
    final HundredParksApp.Stacks stacks;

    private Synth(Map<String, String> context) {
        Map<String, Object> all = new HashMap<>(Map.of("stage", "dev", "region", "ap-east-1", "account", "123456789012",
                "artifacts", artifacts().toString(), "openapi", CONTRACT.toString(), "jwtIssuer", "https://auth.example.org",
                "jwtAudience", "hundred-parks,mini-program"));
        all.putAll(context);
        app = new App(AppProps.builder().context(all).build());
        stacks = HundredParksApp.build(app);
    }

    static Synth of(String... keyValues) {
        Map<String, String> context = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            context.put(keyValues[i], keyValues[i + 1]);
        }
        return new Synth(context);
    }

    Template app() {
        return Template.fromStack(stacks.app());
    }

    Template data() {
        return Template.fromStack(stacks.data());
    }

    static synchronized Path artifacts() {
        if (artifacts == null) {
            try {
                artifacts = Files.createTempDirectory("hundred-parks-artifacts");
                for (String function : new String[] {"api", "matching", "jobs", "reminders"}) {
                    Path zip = artifacts.resolve("functions/" + function + "/target/function.zip");
                    Files.createDirectories(zip.getParent());
                    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
                        out.putNextEntry(new ZipEntry("bootstrap"));
                        out.write(("#!/bin/sh\n# stand-in for the " + function + " function\n").getBytes());
                        out.closeEntry();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return artifacts;
    }
}
