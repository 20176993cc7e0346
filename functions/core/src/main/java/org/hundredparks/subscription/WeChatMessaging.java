package org.hundredparks.subscription;

/**
 * WeChat's server API for subscription messages: the mini-program's access token from the stable-token endpoint, and
 * {@code subscribeMessage.send}. An interface, so that delivery is tested against a stand-in speaking WeChat's protocol.
 */
public interface WeChatMessaging {

    /** An access token and how many seconds WeChat says it lives. */
    record AccessToken(String token, long expiresIn) {
    }

    /** WeChat's answer to a send: {@code errcode} 0 when sent. */
    record Sent(int errcode, String errmsg) {

        /** The access token was not (or no longer) good: 40001, 40014, 42001. */
        boolean tokenInvalid() {
            return errcode == 40001 || errcode == 40014 || errcode == 42001;
        }
    }

    /**
     * {@code POST /cgi-bin/stable_token}: in its normal mode a token still valid is given again; {@code forceRefresh}
     * ends the current one and gives a new one (WeChat allows that 20 times a day, 30 s apart).
     */
    AccessToken stableToken(boolean forceRefresh);

    /** {@code POST /cgi-bin/message/subscribe/send}. */
    Sent send(String accessToken, SubscriptionMessage message);

    /** WeChat could not be reached, or did not answer as its API does (no token, no errcode, an HTTP error). */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
