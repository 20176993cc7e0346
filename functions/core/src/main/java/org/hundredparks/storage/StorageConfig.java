package org.hundredparks.storage;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the platform keeps its data; set per profile in application.properties. */
@ConfigMapping(prefix = "hundredparks.storage")
public interface StorageConfig {

    /** The DynamoDB table of every record. */
    String table();

    Buckets buckets();

    /**
     * Ask S3 to encrypt each object written (SSE-S3, on top of the buckets' default encryption). Off only
     * in the local run, whose file-backed s3proxy refuses the header.
     */
    @WithDefault("true")
    boolean serverSideEncryption();

    /** Create the table and buckets at start if missing: the local run and the tests, never in AWS. */
    @WithDefault("false")
    boolean createMissing();

    interface Buckets {
        /** Spreadsheets uploaded for import; short-lived. */
        String uploads();

        /** Generated evaluation reports. */
        String reports();

        /** Data derived from the table that is too large for it: the matching index. */
        String derived();
    }
}
