package org.hundredparks.api.json;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.api.actionplan.ActionPlanResource;
import org.hundredparks.api.problem.Problem;
import org.hundredparks.api.signin.AuthResource;
import org.hundredparks.api.signin.ClientSystemResource;
import org.hundredparks.api.submission.ListItemView;
import org.hundredparks.signin.Invitations;

/**
 * The API's own types that it writes inside a {@code Response} (for its status, Location or ETag) rather than
 * as a method's declared return type. A native build only sees declared types, so these are named here for
 * Jackson's reflection (the native check found ListItemView missing, and later the invitation a person is shown). Core's records register themselves
 * where they are declared ({@code @RegisterForReflection} on each stored record).
 */
@RegisterForReflection(targets = {
        ListItemView.class, ListItemView.Page.class, ActionPlanResource.ActionPlanView.class,
        Problem.class, Problem.FieldError.class,
        AuthResource.SessionResponse.class, AuthResource.TokenResponse.class, ClientSystemResource.Issued.class, Invitations.Issued.class})
public final class ResponseTypes {

    private ResponseTypes() {
    }
}
