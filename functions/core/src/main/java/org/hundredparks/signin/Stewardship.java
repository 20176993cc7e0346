package org.hundredparks.signin;

import org.hundredparks.identity.Caller;
import org.hundredparks.platform.Refusal;
import org.hundredparks.validation.Ids;

/**
 * Who may manage an organisation's sign-in (its invitations, people and systems): a person of the organisation,
 * never a client system (a leaked system secret must not mint people or systems), naming the organisation by an id
 * of the platform's shape before it reaches a key.
 */
final class Stewardship {

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
        Ids.require("organisationId", organisationId);
        requirePerson(caller);
        if (!caller.owns(organisationId)) {
            throw new Refusal(403, "NOT_OWNER", null, message);
        }
    }
}
