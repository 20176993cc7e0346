package org.hundredparks.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Idempotency records, one item per caller and key, written with a single conditional put (the
 * powertools model): the first request claims the key, runs, and stores its response; a retry with the
 * same key and body gets that response back and writes nothing; the same key with another body is
 * refused. A claim whose request died is taken over once its lock has expired.
 */
public class IdempotencyStore {

    /** What a request learns when it tries to claim its key. */
    public sealed interface Claim {
        /** The key is this request's: run it, then {@link #complete} or {@link #release}. */
        record Acquired() implements Claim { }

        /** An earlier request with this key and body completed: answer with its response. */
        record Replay(StoredResponse response) implements Claim { }

        /** An earlier request with this key is still running. */
        record InProgress() implements Claim { }

        /** This key was used for a different request body. */
        record KeyReused() implements Claim { }
    }

    /** The response that a retry gets back. */
    public record StoredResponse(int status, String body, String location) { }

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    private final RecordStore records;
    private final Clock clock;
    private final Duration retention;
    private final Duration lock;

    public IdempotencyStore(RecordStore records, Clock clock, Duration retention, Duration lock) {
        this.records = records;
        this.clock = clock;
        this.retention = retention;
        this.lock = lock;
    }

    public Claim claim(String scope, String key, String requestHash) {
        long now = clock.instant().getEpochSecond();
        Item claim = Item.of(IdempotencyKeys.key(scope, key), IdempotencyKeys.IDEMPOTENCY)
                .with("status", IN_PROGRESS)
                .with("requestHash", requestHash)
                .with("lockedUntil", now + lock.toSeconds())
                .with(TableDesign.EXPIRES_AT, now + retention.toSeconds());
        try {
            records.put(claim,
                    "attribute_not_exists(#pk) OR #expiresAt <= :now OR (#status = :inProgress AND #lockedUntil <= :now)",
                    Map.of("#pk", TableDesign.PK, "#expiresAt", TableDesign.EXPIRES_AT, "#status", "status",
                            "#lockedUntil", "lockedUntil"),
                    Map.of(":now", AttributeValue.fromN(Long.toString(now)), ":inProgress", AttributeValue.fromS(IN_PROGRESS)));
            return new Claim.Acquired();
        } catch (ConditionFailedException taken) {
            Item existing = records.get(IdempotencyKeys.key(scope, key), IdempotencyKeys.IDEMPOTENCY).orElse(null);
            if (existing == null) {
                return claim(scope, key, requestHash); // expired between the put and the read
            }
            if (!requestHash.equals(existing.string("requestHash").orElse(""))) {
                return new Claim.KeyReused();
            }
            if (COMPLETED.equals(existing.string("status").orElse(""))) {
                return new Claim.Replay(new StoredResponse(existing.number("responseStatus").orElse(200L).intValue(),
                        existing.string("responseBody").orElse(""), existing.string("responseLocation").orElse(null)));
            }
            return new Claim.InProgress();
        }
    }

    public void complete(String scope, String key, String requestHash, StoredResponse response) {
        long now = clock.instant().getEpochSecond();
        records.overwrite(Item.of(IdempotencyKeys.key(scope, key), IdempotencyKeys.IDEMPOTENCY)
                .with("status", COMPLETED)
                .with("requestHash", requestHash)
                .with("responseStatus", response.status())
                .with("responseBody", response.body())
                .with("responseLocation", response.location())
                .with(TableDesign.EXPIRES_AT, now + retention.toSeconds()));
    }

    /** The request failed before writing anything: let a retry run it again at once. */
    public void release(String scope, String key) {
        records.delete(IdempotencyKeys.key(scope, key), IdempotencyKeys.IDEMPOTENCY);
    }
}
