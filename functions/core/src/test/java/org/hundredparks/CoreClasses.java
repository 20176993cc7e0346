package org.hundredparks;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Core's own compiled classes (not its tests, not the local stand-ins on the test classpath), once per run. */
final class CoreClasses {

    private static final Path MAIN = Path.of("target/classes");
    private static JavaClasses main;

    private CoreClasses() {
    }

    static synchronized JavaClasses main() {
        if (main == null) {
            if (!Files.isDirectory(MAIN.resolve("org/hundredparks"))) {
                throw new IllegalStateException("core's classes are not at " + MAIN.toAbsolutePath() + ": run from functions/core");
            }
            main = new ClassFileImporter().importPath(MAIN);
        }
        return main;
    }
}
