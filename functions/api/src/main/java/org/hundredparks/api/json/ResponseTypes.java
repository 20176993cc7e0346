package org.hundredparks.api.json;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.api.actionplan.ActionPlanResource;
import org.hundredparks.api.problem.Problem;
import org.hundredparks.api.submission.ListItemView;
import org.hundredparks.cooperation.Cooperation;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.cooperation.ProgressUpdate;
import org.hundredparks.enterprise.Enterprise;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.Bid;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.Patent;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Types the API writes inside a {@code Response} (for its status, Location or ETag) rather than as a method's
 * declared return type. A native build only sees declared types, so these, and the records inside them,
 * are named here for Jackson's reflection; the native check found ListItemView missing.
 */
@RegisterForReflection(targets = {
        ListItemView.class, ListItemView.Page.class, AchievementFields.class, ChallengeFields.class, TalentNeedFields.class,
        StaffOfferFields.class, Contact.class, Patent.class,
        ActionPlanResource.ActionPlanView.class, ActionPlanFields.class, Action.class,
        Cooperation.class, CooperationFields.class, ProgressUpdate.class, Outcome.class,
        Bid.class, BidFields.class, Enterprise.class, EnterpriseFields.class,
        Problem.class, Problem.FieldError.class})
public final class ResponseTypes {

    private ResponseTypes() {
    }
}
