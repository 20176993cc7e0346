package org.hundredparks.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Outside the local and test profiles, only a token of a known, active person or system may act: the check fails closed. */
class SessionsTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();

    private Sessions sessions(boolean trustDevelopmentTokens) {
        Clock clock = Clock.systemUTC();
        RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "sessions"), clock);
        AccessTokens tokens = new AccessTokens(new LocalTokenSigner(Path.of("../../local/jwt/private.pem")), "https://local.hundred-parks.org",
                "hundred-parks", Duration.ofMinutes(15), clock);
        WeChat noCalls = new WeChat() {
            @Override
            public Session jscode2session(String code) {
                throw new AssertionError("no WeChat call here");
            }

            @Override
            public Session webLogin(String code) {
                throw new AssertionError("no WeChat call here");
            }
        };
        return new Sessions(records, noCalls, new Invitations(records, clock), tokens, clock, trustDevelopmentTokens);
    }

    @Test
    void onlyKnownActiveSubjectsActWhereDevelopmentTokensAreNotTrusted() {
        Sessions production = sessions(false);
        assertFalse(production.active("user-of-a-development-token"), "a subject no platform key issues");
        assertFalse(production.active(null), "a token without a subject");
        assertFalse(production.active("psn_0123456789abcdef01234567"), "a person the platform does not know");
        assertFalse(production.active("cli_0123456789abcdef01234567"), "a system the platform does not know");
        assertTrue(sessions(true).active("user-of-a-development-token"), "the local run and the tests");
    }
}
