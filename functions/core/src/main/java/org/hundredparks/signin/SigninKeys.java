package org.hundredparks.signin;

import static org.hundredparks.storage.RecordLayout.in;

import java.util.List;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordLayout;
import org.hundredparks.storage.TableDesign;

/** The keys of sign-in (client systems, people, WeChat bindings, invitations, refresh tokens); others reach them through {@link Sessions} and {@link ClientSystems}. {@link #LAYOUT} is what docs/data-model.md shows. */
final class SigninKeys {

    static final String CLIENT_SYSTEM = "CLIENT_SYSTEM";
    static final String PERSON = "PERSON";
    static final String OPENID = "OPENID";
    static final String UNIONID = "UNIONID";
    static final String INVITATION = "INVITATION";
    static final String BINDING = "BINDING";
    static final String REFRESH = "REFRESH";
    static final String REFRESH_FAMILY = "REFRESH_FAMILY";

    private SigninKeys() {
    }

    static String clientSystem(String clientId) {
        return "CLIENT_SYSTEM#" + clientId;
    }

    static String owned(Object createdAt, String clientId) {
        return CLIENT_SYSTEM + "#" + createdAt + "#" + clientId;
    }

    /** An organisation's records of one kind (PERSON, CLIENT_SYSTEM) in its byOwner partition, oldest first. */
    static QuerySpec ownedOfKind(String organisationId, String kind) {
        return QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(organisationId)).between(kind + "#", kind + "#\uffff").descending(false);
    }

    static String person(String personId) {
        return "PERSON#" + personId;
    }

    static String ownedPerson(Object boundAt, String personId) {
        return PERSON + "#" + boundAt + "#" + personId;
    }

    static String openid(String openid) {
        return "OPENID#" + openid;
    }

    static String unionid(String unionid) {
        return "UNIONID#" + unionid;
    }

    /** Invitation codes, binding tickets and refresh tokens are keyed by their SHA-256: the table never holds them. */
    static String invitation(String codeHash) {
        return "INVITATION#" + codeHash;
    }

    static String binding(String ticketHash) {
        return "BINDING#" + ticketHash;
    }

    static String refresh(String tokenHash) {
        return "REFRESH#" + tokenHash;
    }

    static String family(String familyId) {
        return "REFRESH_FAMILY#" + familyId;
    }

    static final List<RecordLayout> LAYOUT = List.of(
            RecordLayout.of("client system (对接系统)", clientSystem("<clientId>"), CLIENT_SYSTEM,
                    "a system's credentials (the secret's SHA-256 only) and status; an organisation's systems",
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), owned("<createdAt>", "<clientId>"))),
            RecordLayout.of("person (人员)", person("<personId>"), PERSON,
                    "a person: organisation, status, the claims of their tokens; an organisation's people",
                    in(TableDesign.BY_OWNER, TableDesign.ownedBy("<organisationId>"), ownedPerson("<boundAt>", "<personId>"))),
            RecordLayout.of("WeChat binding", openid("<openid>"), OPENID,
                    "who an openid is (created only if absent: an openid binds once); also `UNIONID#<unionid>` / `UNIONID`"),
            RecordLayout.of("invitation (邀请码)", invitation("<SHA-256 of the code>"), INVITATION,
                    "an invitation's organisation and claims, expiresAt, and who used it (claimed only if unused: single use)"),
            RecordLayout.of("binding ticket", binding("<SHA-256 of the ticket>"), BINDING,
                    "an unbound openid's short-lived ticket (10 minutes, expiresAt) to present with an invitation code"),
            RecordLayout.of("refresh token", refresh("<SHA-256 of the token>"), REFRESH,
                    "a refresh token's person, family and state: ACTIVE until used once (a conditional write), then USED; expiresAt"),
            RecordLayout.of("refresh-token family", family("<familyId>"), REFRESH_FAMILY,
                    "one sign-in's chain of refresh tokens: revoked when an old token is used again"));
}
