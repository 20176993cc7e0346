package org.hundredparks.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hundredparks.audit.AuditAction;
import org.hundredparks.audit.AuditEntry;
import org.hundredparks.audit.AuditTrail;
import org.hundredparks.identity.Caller;
import org.hundredparks.identity.Domain;
import org.hundredparks.identity.Role;
import org.hundredparks.platform.Refusal;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.storage.TestAws;
import org.hundredparks.validation.InvalidInputException;
import org.hundredparks.validation.Uscc;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Who registers whom, who oversees whom, suspension and the audit trail, read from the organisations' records in a
 * real table (dynalite).
 */
class OrganisationServiceTest {

    private static final DynamoDbClient DYNAMO = TestAws.dynamo();
    private static final String USCC = "91440300MA5F00003" + Uscc.checkCharacter("91440300MA5F00003");

    private final RecordStore records = new RecordStore(DYNAMO, TestAws.newTable(DYNAMO, "organisations"), Clock.systemUTC());
    private final OrganisationService organisations = new OrganisationService(records, new AuditTrail(records, Clock.systemUTC()),
            Clock.systemUTC());

    private static final Caller MIIT = new Caller("psn_miit", Role.MINISTRY, "miit-kjs", null, Domain.INDUSTRY, null);
    private static final Caller GD_EDU = new Caller("psn_gdedu", Role.PROVINCE_AUTHORITY, "gd-edu", "440000", Domain.EDUCATION, null);
    private static final Caller SZ_PARK = new Caller("psn_szpark", Role.PARK_ADMIN, "HTZ-440300-01", "440300", null, "HTZ-440300-01");

    @Test
    void eachAuthorityRegistersWhatItOversees() {
        organisations.found("miit-kjs", "工业和信息化部科技司", Domain.INDUSTRY);
        assertEquals(Organisation.Kind.MINISTRY, organisations.get("miit-kjs").kind());

        // the ministry: a province's authority of its own domain, not of another, and no university
        assertRefused(403, "NOT_ABOVE", () -> organisations.register(MIIT, registration("gd-edu", Organisation.Kind.PROVINCE_AUTHORITY,
                "广东省教育厅", "440000", Domain.EDUCATION, null)));
        Organisation gdIndustry = organisations.register(MIIT, registration("gd-gxt", Organisation.Kind.PROVINCE_AUTHORITY, "广东省工业和信息化厅",
                "440000", Domain.INDUSTRY, null)).organisation();
        assertEquals(Domain.INDUSTRY, gdIndustry.domain());
        assertRefused(403, "NOT_ABOVE", () -> organisations.register(MIIT, registration("uni-a", Organisation.Kind.UNIVERSITY, "某大学",
                "440305", null, null)));
        assertThrows(InvalidInputException.class, () -> organisations.register(MIIT, registration("gd-x", Organisation.Kind.PROVINCE_AUTHORITY,
                "某厅", "440300", Domain.INDUSTRY, null)), "an authority's region is a province");

        // a province's authority: universities and parks of its province only
        Organisation university = organisations.register(GD_EDU, registration("uni-szu", Organisation.Kind.UNIVERSITY, "深圳大学", "440305",
                null, null)).organisation();
        assertTrue(organisations.oversees(GD_EDU, university));
        assertRefused(403, "NOT_ABOVE", () -> organisations.register(GD_EDU, registration("uni-pku", Organisation.Kind.UNIVERSITY, "北京大学",
                "110108", null, null)));
        Organisation park = organisations.register(GD_EDU, registration("HTZ-440300-01", Organisation.Kind.PARK, null, null, null, null))
                .organisation();
        assertEquals("HTZ-440300-01", park.parkId(), "a park is its own park");
        assertTrue(park.name().contains("深圳"), "a park's name is the shipped list's: " + park.name());
        assertThrows(InvalidInputException.class, () -> organisations.register(GD_EDU, registration("HTZ-NOWHERE", Organisation.Kind.PARK,
                null, null, null, null)));

        // a park's admin: enterprises, which become members of its park, and only those it oversees
        Organisation enterprise = organisations.register(SZ_PARK, registration("ent-sz", Organisation.Kind.ENTERPRISE, "深圳某储能科技有限公司",
                "440305", null, USCC)).organisation();
        assertTrue(enterprise.memberOf("HTZ-440300-01"));
        assertTrue(organisations.oversees(SZ_PARK, enterprise));
        assertFalse(organisations.oversees(SZ_PARK, university));
        assertFalse(organisations.oversees(new Caller("psn_gz", Role.PARK_ADMIN, "HTZ-440100-01", "440100", null, "HTZ-440100-01"), enterprise));
        assertFalse(organisations.oversees(new Caller("cli_gdedu", Role.PROVINCE_AUTHORITY, "gd-edu", "440000", Domain.EDUCATION, null),
                university), "a system acts for its organisation only");

        // not an enterprise of another province, not a park's id for anything but the park
        assertRefused(403, "NOT_ABOVE", () -> organisations.register(SZ_PARK, registration("ent-bj", Organisation.Kind.ENTERPRISE, "北京某公司",
                "110108", null, USCC)));
        assertThrows(InvalidInputException.class, () -> organisations.register(GD_EDU, registration("HTZ-440100-01", Organisation.Kind.UNIVERSITY,
                "冒用园区编号的大学", "440106", null, null)));

        // registering again is a retry; another organisation under a taken id is refused
        assertFalse(organisations.register(GD_EDU, registration("uni-szu", Organisation.Kind.UNIVERSITY, "深圳大学", "440305", null, null))
                .created());
        assertRefused(409, "ORGANISATION_EXISTS", () -> organisations.register(GD_EDU, registration("uni-szu", Organisation.Kind.UNIVERSITY,
                "另一所大学", "440305", null, null)));
    }

    @Test
    void theAuthorityAboveSuspendsAndReinstatesAndTheTrailRecordsIt() {
        organisations.register(GD_EDU, registration("uni-gd", Organisation.Kind.UNIVERSITY, "某大学", "440106", null, null));
        assertTrue(organisations.get("uni-gd").active());
        assertFalse(organisations.accepts("uni-unregistered", Role.UNIVERSITY, Instant.now()), "an organisation the platform does not know does not act");

        Caller colleague = new Caller("psn_uni", Role.UNIVERSITY, "uni-gd", "440106", null, null);
        assertRefused(403, "NOT_ABOVE", () -> organisations.suspend(colleague, "uni-gd"));
        assertRefused(403, "NOT_ABOVE", () -> organisations.suspend(new Caller("psn_js", Role.PROVINCE_AUTHORITY, "js-edu", "320000",
                Domain.EDUCATION, null), "uni-gd"));
        assertEquals(Organisation.Status.SUSPENDED, organisations.suspend(GD_EDU, "uni-gd").status());
        assertFalse(organisations.get("uni-gd").active());
        assertEquals(Organisation.Status.ACTIVE, organisations.reinstate(GD_EDU, "uni-gd").status());
        assertTrue(organisations.get("uni-gd").active());
        assertTrue(organisations.accepts("uni-gd", Role.UNIVERSITY, Instant.now().plusSeconds(1)), "a session begun after the suspension");
        assertFalse(organisations.accepts("uni-gd", Role.UNIVERSITY, Instant.now().minusSeconds(60)), "a session the suspension ended");
        assertFalse(organisations.accepts("uni-gd", Role.ENTERPRISE, Instant.now().plusSeconds(1)), "a role the organisation's kind has not");

        // the university reads its own entries; the province reads them under its province; another province does not
        List<AuditAction> own = organisations.auditEntries(colleague, "uni-gd", null, null, 10, null).entries().stream()
                .map(AuditEntry::action).toList();
        assertEquals(List.of(AuditAction.ORGANISATION_REINSTATED, AuditAction.ORGANISATION_SUSPENDED,
                AuditAction.ORGANISATION_REGISTERED), own, "newest first");
        assertEquals(3, organisations.auditEntries(GD_EDU, null, "440000", null, 10, null).entries().stream()
                .filter(e -> e.organisationId().equals("uni-gd")).count());
        assertEquals("psn_gdedu", organisations.auditEntries(GD_EDU, "uni-gd", null, null, 1, null).entries().get(0).actor());
        assertRefused(403, "OTHER_REGION", () -> organisations.auditEntries(new Caller("psn_js", Role.PROVINCE_AUTHORITY, "js-edu", "320000",
                Domain.EDUCATION, null), null, "440000", null, 10, null));
        assertRefused(403, "NOT_ABOVE", () -> organisations.auditEntries(new Caller("psn_other", Role.UNIVERSITY, "uni-other", "440106", null,
                null), "uni-gd", null, null, 10, null));
        assertThrows(InvalidInputException.class, () -> organisations.auditEntries(GD_EDU, "uni-gd", "440000", null, 10, null),
                "exactly one scope");
    }

    @Test
    void aParkCannotUndoItsProvincesSuspensionAndOthersSeeAPublicView() {
        organisations.register(SZ_PARK, registration("ent-susp", Organisation.Kind.ENTERPRISE, "某科技公司", "440305", null, USCC));
        organisations.suspend(GD_EDU, "ent-susp");
        assertRefused(403, "SUSPENDED_ABOVE", () -> organisations.reinstate(SZ_PARK, "ent-susp"));
        assertEquals(Organisation.Status.ACTIVE, organisations.reinstate(GD_EDU, "ent-susp").status());
        organisations.suspend(SZ_PARK, "ent-susp");
        assertEquals(Organisation.Status.ACTIVE, organisations.reinstate(SZ_PARK, "ent-susp").status(), "the park undoes its own");

        Caller stranger = new Caller("psn_x", Role.UNIVERSITY, "uni-x", "110108", null, null);
        Organisation seen = organisations.view(stranger, "ent-susp");
        assertEquals("HTZ-440300-01", seen.parkId());
        assertNull(seen.createdBy());
        assertNull(seen.sessionsEndedAt());
        assertEquals("psn_szpark", organisations.view(SZ_PARK, "ent-susp").createdBy());
    }

    @Test
    void aProvincesAuthoritiesAreNotFiledUnderItsProvince() {
        Caller ministry = new Caller("psn_moe", Role.MINISTRY, "moe", null, Domain.EDUCATION, null);
        organisations.register(ministry, registration("gd-jyt-file", Organisation.Kind.PROVINCE_AUTHORITY, "广东省教育厅", "440000",
                Domain.EDUCATION, null));
        assertEquals(0, organisations.auditEntries(GD_EDU, null, "440000", null, 100, null).entries().stream()
                .filter(e -> e.organisationId().equals("gd-jyt-file")).count(), "its overseer is the ministry");
        assertEquals(1, organisations.auditEntries(ministry, "gd-jyt-file", null, null, 10, null).entries().size());
    }

    @Test
    void aParksAdminReadsTheEntriesOfItsMembers() {
        organisations.register(SZ_PARK, registration("ent-park", Organisation.Kind.ENTERPRISE, "某科技公司", "440305", null, USCC));
        assertEquals(1, organisations.auditEntries(SZ_PARK, null, null, "HTZ-440300-01", 10, null).entries().stream()
                .filter(e -> e.organisationId().equals("ent-park")).count());
        assertRefused(403, "OTHER_PARK", () -> organisations.auditEntries(new Caller("psn_gz", Role.PARK_ADMIN, "HTZ-440100-01", "440100",
                null, "HTZ-440100-01"), null, null, "HTZ-440300-01", 10, null));
    }

    @Test
    void aDevelopmentTokenRegistersWhatItClaimsOnce() {
        Caller enterprise = new Caller("user-ent", Role.ENTERPRISE, "ent-dev", "440305", null, "HTZ-440300-01");
        Organisation registered = organisations.registerForDevelopment(enterprise);
        assertTrue(registered.memberOf("HTZ-440300-01"), "an enterprise with a park is a member of it");
        assertEquals(registered, organisations.registerForDevelopment(enterprise));
        Organisation authority = organisations.registerForDevelopment(new Caller("user-a", Role.PROVINCE_AUTHORITY, "gd-dev", "440300",
                Domain.SCIENCE, null));
        assertEquals("440000", authority.regionCode());
        assertNull(organisations.registerForDevelopment(Caller.anonymous()));
    }

    private static OrganisationRegistration registration(String id, Organisation.Kind kind, String name, String region, Domain domain,
            String uscc) {
        return new OrganisationRegistration(id, kind, name, region, domain, uscc, null);
    }

    private static void assertRefused(int status, String code, Runnable action) {
        Refusal refusal = assertThrows(Refusal.class, action::run);
        assertEquals(status, refusal.status());
        assertEquals(code, refusal.code());
    }
}
