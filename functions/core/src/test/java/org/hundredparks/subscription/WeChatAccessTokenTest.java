package org.hundredparks.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The access token shared through the table by several containers (instances here, on dynalite): one renewal at a
 * time however many ask together, renewed before it ends, and a token WeChat refused replaced once.
 */
class WeChatAccessTokenTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();

    private final TestAws.MovableClock clock = new TestAws.MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "wechat-token"), clock);

    /** WeChat's stable-token endpoint as it behaves: slow to answer, a new token only once the last is near its end. */
    static final class StableTokens implements WeChatMessaging {
        final AtomicInteger calls = new AtomicInteger();
        private final TestAws.MovableClock clock;
        private String token;
        private Instant until = Instant.EPOCH;

        StableTokens(TestAws.MovableClock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized AccessToken stableToken(boolean forceRefresh) {
            calls.incrementAndGet();
            if (forceRefresh) {
                until = Instant.EPOCH;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (token == null || !clock.instant().plus(Duration.ofMinutes(5)).isBefore(until)) {
                token = "token-" + calls.get();
                until = clock.instant().plusSeconds(7200);
            }
            return new AccessToken(token, Duration.between(clock.instant(), until).toSeconds());
        }

        @Override
        public Sent send(String accessToken, SubscriptionMessage message) {
            throw new UnsupportedOperationException();
        }
    }

    private WeChatAccessToken container(StableTokens wechat) {
        return new WeChatAccessToken(records, wechat, () -> "wx-app", clock);
    }

    @Test
    void containersAskingTogetherShareOneRenewal() throws Exception {
        StableTokens wechat = new StableTokens(clock);
        List<WeChatAccessToken> containers = List.of(container(wechat), container(wechat), container(wechat), container(wechat));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = pool.invokeAll(containers.stream().<Callable<String>>map(c -> c::current).toList());
            for (Future<String> token : tokens) {
                assertEquals("token-1", token.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, wechat.calls.get(), "one container renewed, the others waited for its token");
        assertEquals("token-1", container(wechat).current(), "a new container finds it in the table");
        assertEquals(1, wechat.calls.get());
    }

    @Test
    void aTokenIsRenewedBeforeItEndsAndARefusedOneIsReplacedOnce() {
        StableTokens wechat = new StableTokens(clock);
        WeChatAccessToken one = container(wechat);
        WeChatAccessToken other = container(wechat);
        assertEquals("token-1", one.current());
        clock.advance(Duration.ofMinutes(100));
        assertEquals("token-1", other.current(), "20 minutes left: kept");
        clock.advance(Duration.ofMinutes(16));
        String renewed = one.current();
        assertNotEquals("token-1", renewed, "4 minutes left: renewed ahead of the end");
        assertEquals(renewed, other.current(), "the other container sees the renewal");
        assertEquals(2, wechat.calls.get());

        // WeChat calls the token invalid (another app reset it): the one asking renews once; the other container,
        // told the same, takes the new token from the table instead of renewing again
        wechat.token = null;
        String replaced = one.instead(renewed);
        assertNotEquals(renewed, replaced);
        assertEquals(replaced, other.instead(renewed));
        assertEquals(3, wechat.calls.get());

        // WeChat refuses a token its normal mode still gives (it was reset elsewhere): a forced renewal ends it
        String forced = one.instead(replaced);
        assertNotEquals(replaced, forced);
        assertEquals(5, wechat.calls.get(), "the normal call gave the refused token again, the forced one a new token");
    }
}
