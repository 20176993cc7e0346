package org.hundredparks.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.identity.Caller;
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
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * People's sign-in with WeChat: a mini-program's code becomes the person bound to its openid and a session (an
 * access token of at most 15 minutes and a refresh token); an openid bound to nobody gets a binding ticket of ten
 * minutes to present with an invitation code. Refresh tokens rotate on each use and are kept only as hashes; one
 * used a second time (stolen, or replayed) revokes its whole family. A disabled person's, or a suspended
 * organisation's, refresh is refused and their access tokens stop working at the next request ({@link #active}).
 * Sign-ins, bindings and disablings go to the organisation's audit trail; refreshes do not (one every 15 minutes).
 */
public class Sessions {

    private static final Logger LOG = Logger.getLogger(Sessions.class);
    static final Duration BINDING_TICKET = Duration.ofMinutes(10);
    static final Duration REFRESH_TOKEN = Duration.ofDays(30);

    private final RecordStore records;
    private final OrganisationService organisations;
    private final WeChat wechat;
    private final Invitations invitations;
    private final AccessTokens tokens;
    private final Clock clock;
    private final boolean trustDevelopmentTokens;

    /**
     * @param trustDevelopmentTokens whether a token of no platform subject (the local run's {@code /_local/tokens}, the
     *     tests') may act: only in the local and test profiles; elsewhere such a token is refused
     */
    public Sessions(RecordStore records, OrganisationService organisations, WeChat wechat, Invitations invitations, AccessTokens tokens,
            Clock clock, boolean trustDevelopmentTokens) {
        this.records = records;
        this.organisations = organisations;
        this.wechat = wechat;
        this.invitations = invitations;
        this.tokens = tokens;
        this.clock = clock;
        this.trustDevelopmentTokens = trustDevelopmentTokens;
    }

    /** A signed-in person's tokens. */
    public record Session(Person person, String accessToken, long expiresIn, String refreshToken) {
    }

    /** What a WeChat sign-in gives: a session, or, for an openid bound to nobody, a ticket to bind with. */
    public record SignIn(Session session, String bindingTicket, Long bindingTicketExpiresIn) {
    }

    public SignIn signInWithWeChat(String code) {
        if (code == null || code.isBlank() || code.length() > 128) {
            throw new Refusal(400, "WECHAT_CODE_INVALID", "code", "微信登录凭证无效，请重新登录");
        }
        WeChat.Session user = wechat.jscode2session(code);
        Optional<Person> person = records.get(SigninKeys.openid(user.openid()), SigninKeys.OPENID)
                .flatMap(binding -> binding.string("personId")).flatMap(this::person);
        if (person.isPresent()) {
            Organisation organisation = requireActive(person.get());
            organisations.audit(organisation, AuditAction.SIGNED_IN, person.get().id(), person.get().id(), "wechat");
            return new SignIn(start(person.get()), null, null);
        }
        String ticket = Secrets.secret();
        records.create(Item.of(SigninKeys.binding(Hashes.sha256(ticket)), SigninKeys.BINDING).with("type", SigninKeys.BINDING)
                .with("openid", user.openid()).with("unionid", user.unionid())
                .with(TableDesign.EXPIRES_AT, clock.instant().plus(BINDING_TICKET).getEpochSecond()));
        return new SignIn(null, ticket, BINDING_TICKET.toSeconds());
    }

    /**
     * The desks' sign-in: WeChat's website QR login gives the user's unionid, which the mini-program's binding linked
     * to the person: one identity on phone and desk. A user not bound on the phone yet is told to bind there first.
     */
    public Session signInOnTheWeb(String code) {
        if (code == null || code.isBlank() || code.length() > 128) {
            throw new Refusal(400, "WECHAT_CODE_INVALID", "code", "微信登录凭证无效，请重新扫码");
        }
        WeChat.Session user = wechat.webLogin(code);
        Person person = Optional.ofNullable(user.unionid())
                .flatMap(unionid -> records.get(SigninKeys.unionid(unionid), SigninKeys.UNIONID))
                .flatMap(binding -> binding.string("personId")).flatMap(this::person)
                .orElseThrow(() -> new Refusal(404, "NOT_BOUND", null, "该微信尚未绑定单位，请先在小程序中凭邀请码绑定"));
        organisations.audit(requireActive(person), AuditAction.SIGNED_IN, person.id(), person.id(), "web");
        return start(person);
    }

    /**
     * Binds the ticket's openid to a new person of the invitation's organisation and starts a session. Every step
     * is keyed so that a retry finds what the first try wrote: the invitation claimed for this openid, the person
     * whose id derives from the openid, the openid's binding.
     */
    public Session bind(String bindingTicket, String invitationCode) {
        String ticketKey = SigninKeys.binding(Hashes.sha256(bindingTicket == null ? "" : bindingTicket));
        Item ticket = records.get(ticketKey, SigninKeys.BINDING)
                .orElseThrow(() -> new Refusal(401, "BINDING_TICKET_INVALID", "bindingTicket", "绑定凭证无效或已过期，请重新登录"));
        String openid = ticket.string("openid").orElseThrow();
        String unionid = ticket.string("unionid").orElse(null);
        String personId = Hashes.derivedId("psn_", 24, "wechat", openid);
        // one identity per WeChat user: a unionid bound to someone else stops here, before anything is written
        if (unionid != null) {
            records.get(SigninKeys.unionid(unionid), SigninKeys.UNIONID).flatMap(u -> u.string("personId"))
                    .filter(bound -> !bound.equals(personId)).ifPresent(bound -> {
                        throw new Refusal(409, "ALREADY_BOUND", null, "该微信已绑定其他账号");
                    });
        }
        Invitations.Stored invitation = invitations.claim(invitationCode, openid);
        Instant now = clock.instant();
        Caller actingAs = new Caller(personId, invitation.actingAs().role(), invitation.organisationId(), invitation.actingAs().regionCode(),
                invitation.actingAs().domain(), invitation.actingAs().parkId());
        Person person = new Person(personId, invitation.organisationId(), Person.Status.ACTIVE, now, invitation.issuedBy(), openid, unionid,
                actingAs);
        try {
            records.create(toItem(person));
        } catch (ConditionFailedException boundBefore) {
            person = person(personId).orElseThrow();
        }
        createIfAbsent(Item.of(SigninKeys.openid(openid), SigninKeys.OPENID).with("type", SigninKeys.OPENID).with("personId", personId));
        if (unionid != null) {
            createIfAbsent(Item.of(SigninKeys.unionid(unionid), SigninKeys.UNIONID).with("type", SigninKeys.UNIONID).with("personId", personId));
        }
        Organisation organisation = requireActive(person);
        Session session = start(person);
        if (records.delete(ticketKey, SigninKeys.BINDING)) { // a ticket binds once: replaying it mints no further sessions
            organisations.audit(organisation, AuditAction.BOUND, person.id(), person.id(), person.invitedBy());
        }
        return session;
    }

    /** A new session for a refresh token, which is used up; one used before revokes its whole family. */
    public Session refresh(String refreshToken) {
        Item stored = records.get(SigninKeys.refresh(Hashes.sha256(refreshToken == null ? "" : refreshToken)), SigninKeys.REFRESH)
                .orElseThrow(Sessions::invalidRefresh);
        String family = stored.string("family").orElseThrow();
        if (!"ACTIVE".equals(stored.string("status").orElse(""))) {
            revoke(family, "an old refresh token was used again");
            throw reused();
        }
        Optional<Item> chain = records.get(SigninKeys.family(family), SigninKeys.REFRESH_FAMILY);
        if (chain.flatMap(f -> f.string("revokedAt")).isPresent()) {
            throw reused();
        }
        // refused before the token is used up: a person refused now is not taken for a thief when they try again
        Person person = person(stored.string("personId").orElseThrow()).orElseThrow(Sessions::invalidRefresh);
        Organisation organisation = requireActive(person);
        if (organisation.kind().role() != person.actingAs().role()
                || !organisation.accepts(chain.flatMap(f -> f.string("startedAt")).map(Instant::parse).orElse(null))) {
            throw new Refusal(401, "SESSION_ENDED", "refreshToken", "所在单位曾被停用，此前的登录已失效，请重新登录");
        }
        try {
            records.put(Item.from(stored.values()).with("status", "USED").with("usedAt", clock.instant().toString()),
                    "#status = :active", Map.of("#status", "status"), Map.of(":active", AttributeValue.fromS("ACTIVE")));
        } catch (ConditionFailedException usedConcurrently) {
            revoke(family, "a refresh token was used twice at once");
            throw reused();
        }
        return session(person, family);
    }

    /**
     * Whether a token's caller may still act: a person not disabled or a client system not revoked, of an organisation
     * not suspended, issued after any suspension ended the organisation's sessions. A token of no platform subject (the local run's {@code /_local/tokens}, the tests') acts only where
     * development tokens are trusted, and registers the organisation it names on first use.
     */
    public boolean active(Caller caller, Instant issuedAt) {
        String subject = caller.subject();
        boolean person = subject != null && subject.startsWith("psn_");
        boolean system = subject != null && subject.startsWith("cli_");
        if (!person && !system) {
            if (!trustDevelopmentTokens) {
                return false;
            }
            Organisation claimed = organisations.registerForDevelopment(caller);
            return claimed == null || claimed.active();
        }
        boolean subjectActive = person ? person(subject).map(p -> p.status() == Person.Status.ACTIVE).orElse(false)
                : records.get(SigninKeys.clientSystem(subject), SigninKeys.CLIENT_SYSTEM)
                        .map(c -> ClientSystem.Status.ACTIVE.name().equals(c.string("status").orElse(""))).orElse(false);
        return subjectActive && organisations.accepts(caller.organisationId(), caller.role(), issuedAt);
    }

    /** An organisation's people, for its own people. */
    public List<Person> people(Caller caller, String organisationId) {
        requireOwnOrganisation(caller, organisationId);
        return records.queryAll(SigninKeys.ownedOfKind(organisationId, SigninKeys.PERSON).page(100, null))
                .stream().map(People::fromItem).toList();
    }

    /** An organisation's people disable a colleague: no refresh, and their access tokens stop at the next request. */
    public Person disable(Caller caller, String organisationId, String personId) {
        requireOwnOrganisation(caller, organisationId);
        Ids.require("personId", personId);
        Item stored = records.get(SigninKeys.person(personId), SigninKeys.PERSON).orElseThrow(Refusal::notFound);
        Person person = People.fromItem(stored);
        if (!person.organisationId().equals(organisationId)) {
            throw Refusal.notFound();
        }
        if (person.status() == Person.Status.DISABLED) {
            return person;
        }
        Person disabled = new Person(person.id(), person.organisationId(), Person.Status.DISABLED, person.boundAt(), person.invitedBy(),
                person.openid(), person.unionid(), person.actingAs());
        records.replace(toItem(disabled), stored.number(RecordStore.VERSION).orElse(1L));
        organisations.audit(organisationId, AuditAction.PERSON_DISABLED, caller.subject(), personId, null);
        return disabled;
    }

    private Session start(Person person) {
        String family = HexFormat.of().formatHex(Secrets.random(16));
        records.create(Item.of(SigninKeys.family(family), SigninKeys.REFRESH_FAMILY).with("type", SigninKeys.REFRESH_FAMILY)
                .with("personId", person.id()).with("startedAt", clock.instant().toString()).with(TableDesign.EXPIRES_AT, clock.instant().plus(REFRESH_TOKEN).getEpochSecond()));
        return session(person, family);
    }

    private Session session(Person person, String family) {
        String refresh = Secrets.secret();
        records.create(Item.of(SigninKeys.refresh(Hashes.sha256(refresh)), SigninKeys.REFRESH).with("type", SigninKeys.REFRESH)
                .with("personId", person.id()).with("family", family).with("status", "ACTIVE")
                .with(TableDesign.EXPIRES_AT, clock.instant().plus(REFRESH_TOKEN).getEpochSecond()));
        AccessTokens.Issued access = tokens.issue(person.actingAs());
        return new Session(person, access.token(), access.expiresInSeconds(), refresh);
    }

    private void revoke(String family, String why) {
        LOG.warnf("refresh-token family %s revoked: %s", family, why);
        records.overwrite(Item.of(SigninKeys.family(family), SigninKeys.REFRESH_FAMILY).with("type", SigninKeys.REFRESH_FAMILY)
                .with("revokedAt", clock.instant().toString())
                .with(TableDesign.EXPIRES_AT, clock.instant().plus(REFRESH_TOKEN).getEpochSecond()));
    }

    private Optional<Person> person(String personId) {
        return records.get(SigninKeys.person(personId), SigninKeys.PERSON).map(People::fromItem);
    }

    /** The person's organisation, when the person may sign in: not disabled, of an organisation not suspended. */
    private Organisation requireActive(Person person) {
        if (person.status() != Person.Status.ACTIVE) {
            throw new Refusal(401, "PERSON_DISABLED", null, "该账号已停用");
        }
        return organisations.find(person.organisationId()).filter(Organisation::active)
                .orElseThrow(() -> new Refusal(401, "ORGANISATION_SUSPENDED", null, "所在单位已停用，请联系上级主管部门"));
    }

    private static void requireOwnOrganisation(Caller caller, String organisationId) {
        Stewardship.requireOwnOrganisation(caller, organisationId, "只能管理本单位的人员");
    }

    private void createIfAbsent(Item item) {
        try {
            records.create(item);
        } catch (ConditionFailedException exists) {
            Item stored = records.get(item.pk(), item.sk()).orElseThrow();
            if (!stored.string("personId").equals(item.string("personId"))) {
                throw new Refusal(409, "ALREADY_BOUND", null, "该微信已绑定其他账号");
            }
        }
    }

    static Refusal invalidRefresh() {
        return new Refusal(401, "REFRESH_INVALID", "refreshToken", "登录已失效，请重新登录");
    }

    static Refusal reused() {
        return new Refusal(401, "REFRESH_REUSED", "refreshToken", "登录凭证已被使用过，为安全起见本次登录已失效，请重新登录");
    }

    private static Item toItem(Person person) {
        return Item.of(SigninKeys.person(person.id()), SigninKeys.PERSON)
                .with("type", SigninKeys.PERSON)
                .with("id", person.id())
                .with("organisationId", person.organisationId())
                .with("status", person.status().name())
                .with("openid", person.openid())
                .with("unionid", person.unionid())
                .with("person", Documents.toAttribute(person))
                .with("actingAs", Documents.toAttribute(person.actingAs()))
                .with(RecordStore.VERSION, 1)
                .with(TableDesign.BY_OWNER.partitionKey(), TableDesign.ownedBy(person.organisationId()))
                .with(TableDesign.BY_OWNER.sortKey(), SigninKeys.ownedPerson(person.boundAt(), person.id()));
    }

}
