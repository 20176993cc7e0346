package org.hundredparks.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.organisation.Organisation;
import org.hundredparks.organisation.OrganisationService;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Ids;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Rules;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Single-use, expiring invitation codes into an organisation. The code is shown to its issuer once and kept only as
 * its SHA-256; the one who binds with it first claims it (a conditional write), and the same person binding again
 * (a retry) finds it claimed by themselves.
 */
public class Invitations {

    /** Ten characters of an alphabet without look-alikes (no 0/O, 1/I/L): about 49 bits, read aloud or typed on a phone. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int DEFAULT_DAYS = 7;
    private static final String OPERATOR = "operator";

    private final RecordStore records;
    private final OrganisationService organisations;
    private final Clock clock;

    public Invitations(RecordStore records, OrganisationService organisations, Clock clock) {
        this.records = records;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** An issued invitation: the code, shown this once, and what it invites to. */
    @Schema(name = "IssuedInvitation")
    public record Issued(String code, String organisationId, Role role, String regionCode, Instant expiresAt) {
    }

    /** An invitation as stored, for the binding. */
    record Stored(String organisationId, Caller actingAs, String issuedBy, Instant expiresAt, String usedBy) {
    }

    public Issued issue(Caller caller, String organisationId, Invitation invitation) {
        Invitation asked = invitation == null ? new Invitation(null) : invitation;
        Rules rules = new Rules();
        asked.check(rules);
        rules.check();
        Ids.require("organisationId", organisationId);
        Stewardship.requirePerson(caller);
        Caller invited = invited(caller, organisationId);
        if (!caller.owns(organisationId) && claimed(organisationId)) {
            // the authority above brings an organisation's first person; after that, its own people invite
            throw new Refusal(403, "ORGANISATION_HAS_PEOPLE", null, "该单位已有人员或对接系统，只能由本单位人员邀请");
        }
        String code = Secrets.code(ALPHABET, 10);
        Instant expires = clock.instant().plus(Duration.ofDays(asked.validDays() == null ? DEFAULT_DAYS : asked.validDays()));
        records.create(Item.of(SigninKeys.invitation(Hashes.sha256(code)), SigninKeys.INVITATION)
                .with("type", SigninKeys.INVITATION)
                .with("organisationId", organisationId)
                .with("actingAs", Documents.toAttribute(invited))
                .with("issuedBy", caller.subject())
                .with("fromAbove", caller.owns(organisationId) ? null : "true")
                .with(TableDesign.EXPIRES_AT, expires.getEpochSecond()));
        organisations.audit(organisationId, AuditAction.INVITATION_ISSUED, caller.subject(), organisationId, invited.role().name());
        return new Issued(code, organisationId, invited.role(), invited.regionCode(), expires);
    }

    /**
     * The operator founds a ministry department and its first person's invitation, the one invitation no
     * authority can issue. The operator chooses the code and sends only its SHA-256 (of the code in capitals), so
     * the code never travels or rests on the platform; it is valid for 30 days. Founding again changes nothing.
     */
    public Organisation found(String ministryId, String name, Domain domain, String codeSha256) {
        if (codeSha256 == null || !codeSha256.matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("INVALID_HASH", "invitationCodeSha256", "邀请码的 SHA-256 应为64位小写十六进制");
        }
        Organisation ministry = organisations.found(ministryId, name, domain);
        if (claimed(ministry.id())) {
            // a department whose people sign in invites its own colleagues; the operator's message brings no one else in
            throw new Refusal(409, "ORGANISATION_HAS_PEOPLE", null, "该单位已有人员，只能由本单位人员邀请");
        }
        try {
            records.create(Item.of(SigninKeys.invitation(codeSha256), SigninKeys.INVITATION)
                    .with("type", SigninKeys.INVITATION)
                    .with("organisationId", ministry.id())
                    .with("actingAs", Documents.toAttribute(new Caller(null, Role.MINISTRY, ministry.id(), null, ministry.domain(), null)))
                    .with("issuedBy", OPERATOR)
                    .with("fromAbove", "true")
                    .with(TableDesign.EXPIRES_AT, clock.instant().plus(Duration.ofDays(30)).getEpochSecond()));
            organisations.audit(ministry.id(), AuditAction.INVITATION_ISSUED, OPERATOR, ministry.id(), Role.MINISTRY.name());
        } catch (ConditionFailedException issuedBefore) {
            // the same founding delivered twice
        }
        return ministry;
    }

    /**
     * Who the invitation makes of its user: a colleague of the caller (the caller's own claims), or, for the
     * authority above a registered organisation, a person with the claims of that organisation's record.
     */
    private Caller invited(Caller caller, String organisationId) {
        if (caller.role() == Role.PUBLIC || caller.organisationId() == null) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        if (caller.owns(organisationId)) {
            return new Caller(null, caller.role(), organisationId, caller.regionCode(), caller.domain(), caller.parkId());
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow(() -> new Refusal(404, "ORGANISATION_UNKNOWN",
                "organisationId", "该单位尚未登记：请先由上级主管部门登记（POST /organisations）"));
        if (!organisations.oversees(caller, organisation)) {
            throw new Refusal(403, "NOT_ABOVE", null, "只能邀请本单位的同事，或所辖范围内的下级单位");
        }
        if (!organisation.active()) {
            throw new Refusal(409, "ORGANISATION_SUSPENDED", null, "该单位已停用");
        }
        return new Caller(null, organisation.kind().role(), organisation.id(), organisation.regionCode(), organisation.domain(),
                organisation.kind() == Organisation.Kind.PARK ? organisation.parkId() : null);
    }

    /**
     * Whether anyone signs in for the organisation: an active person bound to it, or an active system registered for
     * it. An organisation whose people were all disabled is brought back by the authority above.
     */
    private boolean claimed(String organisationId) {
        for (String kind : new String[] {SigninKeys.PERSON, SigninKeys.CLIENT_SYSTEM}) {
            if (!records.queryAll(SigninKeys.ownedOfKind(organisationId, kind).whereEquals("status", "ACTIVE").page(100, null)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Claims the invitation for an openid: once; again by the same openid (a retry) as before. An invitation whose
     * issuer was disabled since is void.
     */
    Stored claim(String code, String openid) {
        String key = SigninKeys.invitation(Hashes.sha256(code == null ? "" : code.trim().toUpperCase()));
        Item stored = records.get(key, SigninKeys.INVITATION).orElseThrow(() ->
                new Refusal(404, "INVITATION_INVALID", "invitationCode", "邀请码无效或已过期"));
        String issuer = stored.string("issuedBy").orElse(null);
        if (issuer != null && issuer.startsWith("psn_") && !records.get(SigninKeys.person(issuer), SigninKeys.PERSON)
                .flatMap(p -> p.string("status")).map("ACTIVE"::equals).orElse(false)) {
            throw new Refusal(404, "INVITATION_INVALID", "invitationCode", "邀请码无效或已过期");
        }
        String usedBy = stored.string("usedBy").orElse(null);
        if (usedBy != null && !usedBy.equals(openid)) {
            throw new Refusal(409, "INVITATION_USED", "invitationCode", "邀请码已被使用");
        }
        // from above, an invitation brings an organisation's first person only: not once someone else signs in for it
        if (usedBy == null && stored.string("fromAbove").isPresent() && claimed(stored.string("organisationId").orElseThrow())) {
            throw new Refusal(409, "ORGANISATION_HAS_PEOPLE", "invitationCode", "该单位已有人员，请向本单位人员索取邀请码");
        }
        if (usedBy == null) {
            try {
                records.put(Item.from(stored.values()).with("usedBy", openid).with("usedAt", clock.instant().toString()),
                        "attribute_exists(#pk) AND (attribute_not_exists(#usedBy) OR #usedBy = :openid)",
                        Map.of("#pk", TableDesign.PK, "#usedBy", "usedBy"), Map.of(":openid", AttributeValue.fromS(openid)));
            } catch (ConditionFailedException taken) {
                throw new Refusal(409, "INVITATION_USED", "invitationCode", "邀请码已被使用");
            }
        }
        return new Stored(stored.string("organisationId").orElseThrow(), Documents.read(stored.values().get("actingAs"), Caller.class),
                stored.string("issuedBy").orElse(null), Instant.ofEpochSecond(stored.number(TableDesign.EXPIRES_AT).orElse(0L)), openid);
    }
}
