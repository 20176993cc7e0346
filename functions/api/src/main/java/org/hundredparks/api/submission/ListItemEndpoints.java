package org.hundredparks.api.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.hundredparks.api.concurrency.IfMatch;
import org.hundredparks.api.identity.CurrentCaller;
import org.hundredparks.identity.Caller;
import org.hundredparks.matching.MatchStore;
import org.hundredparks.platform.Refusal;
import org.hundredparks.submission.ItemStatus;
import org.hundredparks.submission.ListItem;
import org.hundredparks.submission.ListItemFields;
import org.hundredparks.submission.ListItemRepository;
import org.hundredparks.submission.ListType;
import org.hundredparks.submission.SubmissionPolicy;
import org.hundredparks.submission.SubmissionService;
import org.hundredparks.validation.InvalidInputException;

/** What the four list resources share: HTTP in, the workflow in core, HTTP out (ETag, masking). */
@ApplicationScoped
public class ListItemEndpoints {

    static final int MAX_PAGE = 100;

    private final SubmissionService submissions;
    private final CurrentCaller currentCaller;
    private final MatchStore matchStore;

    public ListItemEndpoints(SubmissionService submissions, CurrentCaller currentCaller, MatchStore matchStore) {
        this.submissions = submissions;
        this.currentCaller = currentCaller;
        this.matchStore = matchStore;
    }

    /** The item's matches, for those who oversee it (owner, its authorities, its park). */
    MatchList matches(ListType type, String id, int limit) {
        MatchList.requireLimit(limit);
        ListItem item = submissions.get(currentCaller.get(), type, id);
        if (!SubmissionPolicy.oversees(currentCaller.get(), item)) {
            throw Refusal.forbidden("MATCHES_NOT_VISIBLE");
        }
        return MatchList.of(item.id(), matchStore.top(item.id(), limit));
    }

    Response create(ListType type, ListItemFields fields) {
        SubmissionService.Created created = submissions.create(currentCaller.get(), type, fields);
        ListItem item = created.item();
        Response.ResponseBuilder response = created.written() && item.version() == 1
                ? Response.created(URI.create("/" + type.path() + "/" + item.id()))
                : Response.ok().header("Location", "/" + type.path() + "/" + item.id());
        return response.tag(etag(item)).entity(view(item)).build();
    }

    Response get(ListType type, String id) {
        ListItem item = submissions.get(currentCaller.get(), type, id);
        return Response.ok(view(item)).tag(etag(item)).build();
    }

    Response update(ListType type, String id, String ifMatch, ListItemFields fields) {
        return ok(submissions.update(currentCaller.get(), type, id, IfMatch.required(ifMatch), fields));
    }

    Response submit(ListType type, String id, String ifMatch) {
        return ok(submissions.submit(currentCaller.get(), type, id, IfMatch.version(ifMatch)));
    }

    Response publish(ListType type, String id, String ifMatch) {
        return ok(submissions.publish(currentCaller.get(), type, id, IfMatch.version(ifMatch)));
    }

    Response withdraw(ListType type, String id, String ifMatch) {
        return ok(submissions.withdraw(currentCaller.get(), type, id, IfMatch.version(ifMatch)));
    }

    Response list(ListType type, String region, String park, String field, ItemStatus status, String updatedSince,
            boolean mine, Integer limit, String cursor) {
        ListItemRepository.Found found = submissions.list(currentCaller.get(), type,
                request(region, park, field, status, updatedSince, mine, limit, cursor));
        return Response.ok(new ListItemView.Page(found.items().stream().map(this::view).toList(), found.nextCursor())).build();
    }

    /** A list request from the query parameters every list route (and the cards) takes, each checked. */
    public static SubmissionService.ListRequest request(String region, String park, String field, ItemStatus status, String updatedSince,
            boolean mine, Integer limit, String cursor) {
        if (region != null && !region.matches("\\d{2}(\\d{2}){0,2}")) {
            throw new InvalidInputException("INVALID_REGION_CODE", "regionCode", "地区应为2、4或6位行政区划代码");
        }
        int size = limit == null ? 20 : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInputException("OUT_OF_RANGE", "limit", "每页条数应在1到" + MAX_PAGE + "之间");
        }
        Instant since = null;
        if (updatedSince != null) {
            try {
                since = Instant.parse(updatedSince);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("INVALID_TIME", "updatedSince", "时间格式应为 ISO-8601，如 2024-09-01T00:00:00Z");
            }
        }
        return new SubmissionService.ListRequest(region, park, field, status, since, mine, size, cursor);
    }

    private Response ok(ListItem item) {
        return Response.ok(view(item)).tag(etag(item)).build();
    }

    private ListItemView view(ListItem item) {
        Caller caller = currentCaller.get();
        return ListItemView.of(item, SubmissionPolicy.oversees(caller, item));
    }

    private static EntityTag etag(ListItem item) {
        return new EntityTag(Long.toString(item.version()));
    }
}
