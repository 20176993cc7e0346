package org.hundredparks.signin;

import java.util.regex.Pattern;
import org.hundredparks.identity.Caller;
import org.hundredparks.platform.Refusal;
import org.hundredparks.validation.InvalidInputException;

/**
 * Who may manage an organisation's sign-in (its invitations, people and systems): a person of the organisation,
 * never a client system (a leaked system secret must not mint people or systems), and the ids they name are the
 * platform's ids, short and plain, before they reach a key.
 */
final class Stewardship {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private Stewardship() {
    }

    /** A person (or a development token), not a client system. */
    static void requirePerson(Caller caller) {
        if (caller.subject() != null && caller.subject().startsWith("cli_")) {
            throw new Refusal(403, "NOT_A_PERSON", null, "对接系统不能管理单位的人员、邀请与对接系统");
        }
    }

    /** A person of the organisation itself. */
    static void requireOwnOrganisation(Caller caller, String organisationId, String message) {
        requireId("organisationId", organisationId);
        requirePerson(caller);
        if (!caller.owns(organisationId)) {
            throw new Refusal(403, "NOT_OWNER", null, message);
        }
    }

    static void requireId(String field, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new InvalidInputException("INVALID_ID", field, "编号格式不正确（1–64位字母、数字或 _ . : -）");
        }
    }
}
