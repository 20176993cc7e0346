package org.hundredparks.signin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.organisation.OrganisationService;
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
        OrganisationService organisations = new OrganisationService(records, new AuditTrail(records, clock), clock);
        return new Sessions(records, organisations, noCalls, new Invitations(records, organisations, clock), tokens, clock,
                trustDevelopmentTokens);
    }

    @Test
    void onlyKnownActiveSubjectsActWhereDevelopmentTokensAreNotTrusted() {
        Sessions production = sessions(false);
        assertFalse(production.active(caller("user-of-a-development-token"), Instant.now()), "a subject no platform key issues");
        assertFalse(production.active(caller(null), Instant.now()), "a token without a subject");
        assertFalse(production.active(caller("psn_0123456789abcdef01234567"), Instant.now()), "a person the platform does not know");
        assertFalse(production.active(caller("cli_0123456789abcdef01234567"), Instant.now()), "a system the platform does not know");
        assertTrue(sessions(true).active(caller("user-of-a-development-token"), Instant.now()), "the local run and the tests");
    }

    private static Caller caller(String subject) {
        return new Caller(subject, Role.UNIVERSITY, "uni-sessions", "440300", null, null);
    }
}
