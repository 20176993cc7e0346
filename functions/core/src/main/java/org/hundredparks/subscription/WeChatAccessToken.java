package org.hundredparks.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.jboss.logging.Logger;

/**
 * The mini-program's access token, shared by every container through the table: WeChat's stable token is good for two
 * hours and is renewed five minutes before it ends; one container at a time renews it (a lease of ten seconds) while
 * the others keep using the one they have, or wait for the new one. Kept in memory between calls.
 */
final class WeChatAccessToken {

    private static final Logger LOG = Logger.getLogger(WeChatAccessToken.class);
    /** Renewed this long before it ends, as WeChat itself renews the stable token. */
    static final Duration MARGIN = Duration.ofMinutes(5);
    static final Duration LEASE = Duration.ofSeconds(10);
    /** How long a container waits for another's renewal before it gives up on this message. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private final RecordStore records;
    private final WeChatMessaging wechat;
    private final Supplier<String> appId;
    private final Clock clock;
    private final String holder = UUID.randomUUID().toString();
    private String token;
    private Instant expiresAt = Instant.EPOCH;

    WeChatAccessToken(RecordStore records, WeChatMessaging wechat, Supplier<String> appId, Clock clock) {
        this.records = records;
        this.wechat = wechat;
        this.appId = appId;
        this.clock = clock;
    }

    /** A token good for at least a few more minutes. */
    synchronized String current() {
        if (token != null && clock.instant().plus(MARGIN).isBefore(expiresAt)) {
            return token;
        }
        return renewed(null);
    }

    /** A token other than {@code refused}, which WeChat called invalid: another container's newer one, or a renewal. */
    synchronized String instead(String refused) {
        token = null;
        return renewed(refused);
    }

    private String renewed(String refused) {
        String pk = SubscriptionKeys.accessToken(appId.get());
        Instant giveUp = clock.instant().plus(WAIT);
        while (true) {
            Instant now = clock.instant();
            Optional<Item> stored = records.get(pk, SubscriptionKeys.ACCESS_TOKEN);
            String known = stored.flatMap(i -> i.string("token")).filter(t -> !t.equals(refused)).orElse(null);
            Instant knownUntil = stored.flatMap(i -> i.number(TableDesign.EXPIRES_AT)).map(Instant::ofEpochSecond).orElse(Instant.EPOCH);
            if (known != null && now.plus(MARGIN).isBefore(knownUntil)) {
                return keep(known, knownUntil);
            }
            if (records.lease(pk, SubscriptionKeys.ACCESS_TOKEN, holder, now.plus(LEASE))) {
                WeChatMessaging.AccessToken fresh = wechat.stableToken(false);
                if (fresh.token().equals(refused)) {
                    // WeChat still gives the token it has just refused: end it and take a new one
                    fresh = wechat.stableToken(true);
                }
                Instant until = now.plusSeconds(fresh.expiresIn());
                // the whole item, without the lease: the next renewal may start at once
                records.overwrite(Item.of(pk, SubscriptionKeys.ACCESS_TOKEN).with("type", SubscriptionKeys.ACCESS_TOKEN)
                        .with("token", fresh.token()).with(TableDesign.EXPIRES_AT, until.getEpochSecond()));
                LOG.infof("WeChat access token renewed, good until %s", until);
                return keep(fresh.token(), until);
            }
            if (known != null && now.isBefore(knownUntil)) {
                return known; // another container is renewing it; this one still works for a few minutes
            }
            if (now.isAfter(giveUp)) {
                throw new WeChatMessaging.Unavailable("no WeChat access token: another container's renewal did not finish", null);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WeChatMessaging.Unavailable("interrupted waiting for the access token", e);
            }
        }
    }

    private String keep(String value, Instant until) {
        token = value;
        expiresAt = until;
        return value;
    }
}
