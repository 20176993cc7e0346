package org.hundredparks.storage;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.hundredparks.actionplan.Action;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.cooperation.ProgressUpdate;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.identity.Caller;
import org.hundredparks.imports.ImportJob;
import org.hundredparks.imports.RowError;
import org.hundredparks.matching.Match;
import org.hundredparks.reminder.Reminder;
import org.hundredparks.reporting.ReportFigures;
import org.hundredparks.reporting.ReportService;
import org.hundredparks.reporting.TypicalCase;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.Contact;
import org.hundredparks.submission.Patent;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;

/**
 * Every record the table (or S3) keeps as a JSON document ({@link Documents}), for the native image:
 * Jackson reads and writes them by reflection, which a native build allows only for the types it is told
 * about. Every function includes core, so every function knows them all; the native check found the
 * reminders function unable to read a challenge back without this.
 */
@RegisterForReflection(targets = {
        AchievementFields.class, ChallengeFields.class, TalentNeedFields.class, StaffOfferFields.class, Contact.class, Patent.class,
        ActionPlanFields.class, Action.class, BidFields.class, CooperationFields.class, Outcome.class, ProgressUpdate.class,
        ProgressUpdate.Entry.class, Outcome.Entry.class, EnterpriseFields.class, ImportJob.class, RowError.class, Match.class,
        Reminder.class, ReportService.Report.class, ReportFigures.class, ReportFigures.Table.class, TypicalCase.class,
        Caller.class})
public final class StoredDocuments {

    private StoredDocuments() {
    }
}
