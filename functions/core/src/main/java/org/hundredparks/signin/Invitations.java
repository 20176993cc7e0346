package org.hundredparks.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Hashes;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TableDesign;
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

    private final RecordStore records;
    private final Clock clock;

    public Invitations(RecordStore records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** An issued invitation: the code, shown this once, and what it invites to. */
    public record Issued(String code, String organisationId, Role role, String regionCode, Instant expiresAt) {
    }

    /** An invitation as stored, for the binding. */
    record Stored(String organisationId, Caller actingAs, String issuedBy, Instant expiresAt, String usedBy) {
    }

    public Issued issue(Caller caller, String organisationId, Invitation invitation) {
        Invitation asked = invitation == null ? new Invitation(null, null, null, null, null) : invitation;
        Rules rules = new Rules();
        asked.check(rules);
        rules.check();
        Stewardship.requireId("organisationId", organisationId);
        Stewardship.requirePerson(caller);
        Caller invited = invited(caller, organisationId, asked);
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
                .with(TableDesign.EXPIRES_AT, expires.getEpochSecond()));
        return new Issued(code, organisationId, invited.role(), invited.regionCode(), expires);
    }

    /**
     * Who the invitation makes of its user: a colleague of the caller (the caller's own claims), or for the
     * authority above, the role and region asked for, within what it oversees.
     */
    private static Caller invited(Caller caller, String organisationId, Invitation asked) {
        if (caller.role() == Role.PUBLIC || caller.organisationId() == null) {
            throw Refusal.forbidden("ROLE_NOT_ALLOWED");
        }
        if (caller.owns(organisationId)) {
            if (asked.role() != null && asked.role() != caller.role()) {
                throw new Refusal(403, "OTHER_ROLE", "role", "只能邀请同一角色的同事加入本单位");
            }
            return new Caller(null, caller.role(), organisationId, caller.regionCode(), caller.domain(), caller.parkId());
        }
        if (asked.role() == null || asked.regionCode() == null) {
            throw new InvalidInputException("REQUIRED", asked.role() == null ? "role" : "regionCode", "邀请其他单位须指定角色（role）与行政区划代码（regionCode）");
        }
        boolean allowed = switch (caller.role()) {
            case MINISTRY -> asked.role() == Role.PROVINCE_AUTHORITY && asked.domain() != null
                    && (caller.domain() == null || caller.domain() == asked.domain());
            case PROVINCE_AUTHORITY -> (asked.role() == Role.UNIVERSITY || asked.role() == Role.ENTERPRISE) && caller.inProvince(asked.regionCode());
            case PARK_ADMIN -> asked.role() == Role.ENTERPRISE && caller.inProvince(asked.regionCode());
            default -> false;
        };
        if (!allowed) {
            throw new Refusal(403, "NOT_ABOVE", "role", "只能邀请本单位的同事，或所辖范围内的下级单位");
        }
        String region = asked.role() == Role.PROVINCE_AUTHORITY ? Regions.province(asked.regionCode()) + "0000" : asked.regionCode();
        return new Caller(null, asked.role(), organisationId, region, asked.role() == Role.PROVINCE_AUTHORITY ? asked.domain() : null, null);
    }

    /** Whether anyone already signs in for the organisation: a person bound to it, or a system registered for it. */
    private boolean claimed(String organisationId) {
        for (String kind : new String[] {SigninKeys.PERSON, SigninKeys.CLIENT_SYSTEM}) {
            if (!records.query(QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(organisationId))
                    .between(SigninKeys.ownedPrefix(kind), SigninKeys.ownedPrefix(kind) + "\uffff").page(1, null)).items().isEmpty()) {
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
