package org.hundredparks.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.identity.Caller;
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
import org.hundredparks.validation.Rules;

/**
 * Regional systems and their client credentials (OAuth 2.0 client-credentials grant). A signed-in person of an
 * organisation registers a system for that organisation and sees its secret once; the secret is kept as its
 * SHA-256 (it is 256 random bits, so a slow hash adds nothing); a token request presents it and gets an access
 * token acting for the organisation (while the organisation is not suspended). Listing, rotating and revoking are
 * the organisation's; each, and each token granted, goes to its audit trail.
 */
public class ClientSystems {

    private final RecordStore records;
    private final OrganisationService organisations;
    private final AccessTokens tokens;
    private final Clock clock;

    public ClientSystems(RecordStore records, OrganisationService organisations, AccessTokens tokens, Clock clock) {
        this.records = records;
        this.organisations = organisations;
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A registered (or re-keyed) system with its secret: the one time the secret is shown. */
    public record Credentials(ClientSystem system, String clientSecret) {
    }

    public Credentials register(Caller caller, String organisationId, String name) {
        requireOwnOrganisation(caller, organisationId);
        Rules rules = new Rules();
        rules.required("name", "系统名称", name).length("name", "系统名称", name, 100);
        rules.check();
        String clientId = "cli_" + HexFormat.of().formatHex(Secrets.random(12));
        String secret = Secrets.secret();
        Instant now = clock.instant();
        Caller actingAs = new Caller(clientId, caller.role(), caller.organisationId(), caller.regionCode(), caller.domain(), caller.parkId());
        ClientSystem system = new ClientSystem(clientId, organisationId, name.strip(), ClientSystem.Status.ACTIVE, now, now, actingAs);
        records.create(toItem(system, Hashes.sha256(secret)));
        organisations.audit(organisationId, AuditAction.CLIENT_REGISTERED, caller.subject(), clientId, system.name());
        return new Credentials(system, secret);
    }

    public List<ClientSystem> list(Caller caller, String organisationId) {
        requireOwnOrganisation(caller, organisationId);
        return records.queryAll(SigninKeys.ownedOfKind(organisationId, SigninKeys.CLIENT_SYSTEM).page(100, null))
                .stream().map(ClientSystems::fromItem).toList();
    }

    /** A new secret; the old one stops working at once. */
    public Credentials rotateSecret(Caller caller, String organisationId, String clientId) {
        Item stored = owned(caller, organisationId, clientId);
        ClientSystem system = fromItem(stored);
        requireSameClaims(caller, system);
        if (system.status() != ClientSystem.Status.ACTIVE) {
            throw new Refusal(409, "CLIENT_REVOKED", "clientId", "该对接系统已停用");
        }
        String secret = Secrets.secret();
        ClientSystem rotated = new ClientSystem(system.clientId(), system.organisationId(), system.name(), system.status(),
                system.createdAt(), clock.instant(), system.actingAs());
        save(rotated, Hashes.sha256(secret), stored.number(RecordStore.VERSION).orElse(1L));
        organisations.audit(organisationId, AuditAction.CLIENT_SECRET_ROTATED, caller.subject(), clientId, null);
        return new Credentials(rotated, secret);
    }

    /** Stops the system: it gets no new token, and the API refuses the tokens it holds at their next request. */
    public ClientSystem revoke(Caller caller, String organisationId, String clientId) {
        Item stored = owned(caller, organisationId, clientId);
        ClientSystem system = fromItem(stored);
        requireSameClaims(caller, system);
        if (system.status() == ClientSystem.Status.REVOKED) {
            return system;
        }
        ClientSystem revoked = new ClientSystem(system.clientId(), system.organisationId(), system.name(), ClientSystem.Status.REVOKED,
                system.createdAt(), system.secretIssuedAt(), system.actingAs());
        save(revoked, stored.string("secretHash").orElseThrow(), stored.number(RecordStore.VERSION).orElse(1L));
        organisations.audit(organisationId, AuditAction.CLIENT_REVOKED, caller.subject(), clientId, null);
        return revoked;
    }

    /** The client-credentials grant: an access token for an active system whose secret matches. */
    public AccessTokens.Issued token(String clientId, String clientSecret) {
        if (clientId == null || clientSecret == null || clientId.length() > 64 || clientSecret.length() > 256) {
            throw invalidClient();
        }
        Item stored = records.get(SigninKeys.clientSystem(clientId), SigninKeys.CLIENT_SYSTEM).orElseThrow(ClientSystems::invalidClient);
        byte[] expected = stored.string("secretHash").orElse("").getBytes(StandardCharsets.US_ASCII);
        byte[] presented = Hashes.sha256(clientSecret).getBytes(StandardCharsets.US_ASCII);
        ClientSystem system = fromItem(stored);
        if (!MessageDigest.isEqual(expected, presented) || system.status() != ClientSystem.Status.ACTIVE) {
            throw invalidClient();
        }
        Organisation organisation = organisations.find(system.organisationId()).filter(Organisation::active)
                .orElseThrow(ClientSystems::invalidClient);
        organisations.audit(organisation, AuditAction.SIGNED_IN, clientId, clientId, "client_credentials");
        return tokens.issue(system.actingAs());
    }

    static Refusal invalidClient() {
        return new Refusal(401, "INVALID_CLIENT", "client_id", "对接系统的凭据无效或已停用");
    }

    private Item owned(Caller caller, String organisationId, String clientId) {
        requireOwnOrganisation(caller, organisationId);
        Ids.require("clientId", clientId);
        Item stored = records.get(SigninKeys.clientSystem(clientId), SigninKeys.CLIENT_SYSTEM).orElseThrow(Refusal::notFound);
        if (!organisationId.equals(stored.string("organisationId").orElse(null))) {
            throw Refusal.notFound();
        }
        return stored;
    }

    private void save(ClientSystem system, String secretHash, long expectedVersion) {
        try {
            records.replace(toItem(system, secretHash), expectedVersion);
        } catch (ConditionFailedException concurrent) {
            throw new Refusal(409, "CONFLICT", null, "对接系统刚被修改，请刷新后重试");
        }
    }

    private static void requireOwnOrganisation(Caller caller, String organisationId) {
        if (caller.role() == Role.PUBLIC) {
            throw new Refusal(403, "NOT_OWNER", null, "只能管理本单位的对接系统");
        }
        Stewardship.requireOwnOrganisation(caller, organisationId, "只能管理本单位的对接系统");
    }

    /** A system acts with its registration's claims: only a person holding the same claims may re-key or stop it. */
    private static void requireSameClaims(Caller caller, ClientSystem system) {
        Caller acting = system.actingAs();
        boolean same = acting.role() == caller.role() && Objects.equals(acting.regionCode(), caller.regionCode())
                && acting.domain() == caller.domain() && Objects.equals(acting.parkId(), caller.parkId());
        if (!same) {
            throw new Refusal(403, "OTHER_CLAIMS", null, "该对接系统以其他身份登记，只能由相同角色与辖区的人员管理");
        }
    }

    private static Item toItem(ClientSystem system, String secretHash) {
        return Item.of(SigninKeys.clientSystem(system.clientId()), SigninKeys.CLIENT_SYSTEM)
                .with("type", SigninKeys.CLIENT_SYSTEM)
                .with("id", system.clientId())
                .with("organisationId", system.organisationId())
                .with("status", system.status().name())
                .with("secretHash", secretHash)
                .with("system", Documents.toAttribute(system))
                .with("actingAs", Documents.toAttribute(system.actingAs()))
                .with(RecordStore.VERSION, 1)
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(system.organisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), SigninKeys.owned(system.createdAt(), system.clientId()));
    }

    private static ClientSystem fromItem(Item item) {
        ClientSystem system = Documents.read(item.values().get("system"), ClientSystem.class);
        Caller actingAs = Documents.read(item.values().get("actingAs"), Caller.class);
        return new ClientSystem(system.clientId(), system.organisationId(), system.name(), system.status(), system.createdAt(),
                system.secretIssuedAt(), actingAs);
    }
}
