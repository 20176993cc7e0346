package org.hundredparks.api.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.hundredparks.actionplan.ActionPlanFields;
import org.hundredparks.cooperation.CooperationFields;
import org.hundredparks.cooperation.Outcome;
import org.hundredparks.cooperation.ProgressUpdate;
import org.hundredparks.enterprise.EnterpriseFields;
import org.hundredparks.organisation.MembershipRequest;
import org.hundredparks.organisation.OrganisationRegistration;
import org.hundredparks.signin.Invitation;
import org.hundredparks.submission.AchievementFields;
import org.hundredparks.submission.BidFields;
import org.hundredparks.submission.ChallengeFields;
import org.hundredparks.submission.StaffOfferFields;
import org.hundredparks.submission.TalentNeedFields;
import org.hundredparks.validation.Constraint;

/**
 * Writes into the contract the rules each request type's check enforces (required fields, lengths, counts, ranges,
 * patterns), read from the check itself by {@link Constraint#of}, so a client generated from the contract knows the
 * limits before it meets a 400 and the two cannot drift. A check naming a field its schema lacks fails the build.
 * A schema shared by several request types (Contact) carries the rules of all of them; today they check it alike.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class StatedRules implements OASFilter {

    /** The request bodies core checks with {@code check(Rules …)}; the API's own small requests state theirs with @Schema. */
    public static final List<Class<? extends Record>> CHECKED = List.of(AchievementFields.class, ChallengeFields.class,
            TalentNeedFields.class, StaffOfferFields.class, ActionPlanFields.class, BidFields.class, CooperationFields.class,
            Outcome.Entry.class, ProgressUpdate.Entry.class, EnterpriseFields.class, OrganisationRegistration.class,
            Invitation.class, MembershipRequest.class);

    /**
     * Texts that answers mask for every reader but the owner and the authorities ({@code Contact.masked}: 138****5678):
     * their schema is shared by requests and answers, so a pattern would be broken by every masked answer. Their
     * shape is checked on input all the same (400 INVALID_MOBILE, INVALID_EMAIL).
     */
    static final Set<String> MASKED_IN_ANSWERS = Set.of("contact.mobile", "contact.email");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        for (Class<? extends Record> type : CHECKED) {
            Schema schema = schemas.get(schemaName(type));
            if (schema == null) {
                throw new IllegalStateException("no schema " + schemaName(type) + " for " + type.getName());
            }
            for (Constraint constraint : Constraint.of(type)) {
                if (!(constraint.kind() == Constraint.Kind.PATTERN && MASKED_IN_ANSWERS.contains(constraint.path()))) {
                    state(schemas, schema, constraint);
                }
            }
        }
    }

    public static String schemaName(Class<?> type) {
        var named = type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName();
    }

    /** Follows the path ({@code contact.name}, {@code patents[0].number}, {@code keywords[]}) and states the rule there. */
    private static void state(Map<String, Schema> schemas, Schema root, Constraint constraint) {
        Schema parent = root;
        String[] segments = constraint.path().split("\\.");
        for (int i = 0; i < segments.length; i++) {
            boolean item = segments[i].endsWith("]");
            String name = item ? segments[i].substring(0, segments[i].indexOf('[')) : segments[i];
            Schema property = parent.getProperties() == null ? null : parent.getProperties().get(name);
            if (property == null) {
                throw new IllegalStateException("a check names " + constraint.path() + ", which its schema does not have");
            }
            boolean last = i == segments.length - 1;
            if (!item && last) {
                stateOnProperty(parent, name, property, constraint);
            } else if (item && last) {
                stateOnItem(resolved(schemas, property).getItems(), constraint);
            } else {
                parent = resolved(schemas, item ? resolved(schemas, property).getItems() : property);
            }
        }
    }

    private static void stateOnProperty(Schema parent, String name, Schema property, Constraint constraint) {
        switch (constraint.kind()) {
            case REQUIRED -> {
                require(parent, name);
                if (property.getRef() == null && isString(property)) {
                    property.setMinLength(1);
                }
            }
            case COUNT -> {
                property.setMinItems(constraint.min().intValue());
                property.setMaxItems(constraint.max().intValue());
                if (constraint.min() > 0) {
                    require(parent, name);
                }
            }
            default -> stateOnValue(property, constraint);
        }
    }

    private static void stateOnItem(Schema items, Constraint constraint) {
        if (constraint.kind() == Constraint.Kind.REQUIRED) {
            items.setMinLength(1);
        } else {
            stateOnValue(items, constraint);
        }
    }

    private static void stateOnValue(Schema schema, Constraint constraint) {
        switch (constraint.kind()) {
            case LENGTH -> schema.setMaxLength(constraint.max().intValue());
            case RANGE -> {
                schema.setMinimum(constraint.min() == null ? null : BigDecimal.valueOf(constraint.min()));
                schema.setMaximum(constraint.max() == null ? null : BigDecimal.valueOf(constraint.max()));
            }
            // Java's matches() takes the whole text; a JSON Schema pattern may match anywhere unless anchored
            case PATTERN -> schema.setPattern("^(?:" + constraint.pattern() + ")$");
            default -> throw new IllegalStateException("cannot state " + constraint + " on a value");
        }
    }

    private static void require(Schema parent, String name) {
        if (parent.getRequired() == null || !parent.getRequired().contains(name)) {
            parent.addRequired(name);
        }
    }

    private static boolean isString(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING);
    }

    private static Schema resolved(Map<String, Schema> schemas, Schema schema) {
        if (schema.getRef() == null) {
            return schema;
        }
        return schemas.get(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
}
