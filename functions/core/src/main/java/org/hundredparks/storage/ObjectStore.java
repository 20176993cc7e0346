package org.hundredparks.storage;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The platform's S3 objects: uploads, reports and derived data (docs/data-model.md has the key
 * layout). Every object is written encrypted at rest; clients reach objects only through short-lived
 * presigned URLs.
 */
public class ObjectStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final boolean encrypt;

    public ObjectStore(S3Client s3, S3Presigner presigner) {
        this(s3, presigner, true);
    }

    public ObjectStore(S3Client s3, S3Presigner presigner, boolean encrypt) {
        this.s3 = s3;
        this.presigner = presigner;
        this.encrypt = encrypt;
    }

    public void put(String bucket, String key, byte[] body, String contentType) {
        s3.putObject(b -> {
            b.bucket(bucket).key(key).contentType(contentType);
            if (encrypt) {
                b.serverSideEncryption(ServerSideEncryption.AES256);
            }
        }, RequestBody.fromBytes(body));
    }

    public Optional<byte[]> get(String bucket, String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        }
    }

    public boolean exists(String bucket, String key) {
        return size(bucket, key).isPresent();
    }

    /** An object's size in bytes, read from its head (nothing downloaded); empty when there is no such object. */
    public Optional<Long> size(String bucket, String key) {
        try {
            return Optional.of(s3.headObject(b -> b.bucket(bucket).key(key)).contentLength());
        } catch (NoSuchKeyException missing) {
            return Optional.empty();
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    public URI presignGet(String bucket, String key, Duration validFor) {
        return URI.create(presigner.presignGetObject(p -> p.signatureDuration(validFor)
                .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString());
    }

    /** A URL the client PUTs its file to; the content type is part of the signature. */
    public URI presignPut(String bucket, String key, String contentType, Duration validFor) {
        return URI.create(presigner.presignPutObject(p -> p.signatureDuration(validFor)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType))).url().toString());
    }
}
