package org.hundredparks.imports;

import java.util.List;
import org.hundredparks.storage.RecordLayout;

/** The keys of import jobs; {@link #LAYOUT} is what docs/data-model.md shows. */
final class ImportKeys {

    static final String IMPORT = "IMPORT";

    private ImportKeys() {
    }

    static String job(String id) {
        return "IMPORT#" + id;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("import job", job("<id>"), IMPORT,
                    "an import's progress and row errors, and who asked for it (the worker acts with that caller's rights); the id hashes organisation and upload"));
}
