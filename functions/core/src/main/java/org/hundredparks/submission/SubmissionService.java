package org.hundredparks.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hundredparks.identity.Caller;
import org.hundredparks.platform.Refusal;
import org.hundredparks.reference.Regions;
import org.hundredparks.storage.ConditionFailedException;
import org.hundredparks.storage.QuerySpec;
import org.hundredparks.storage.TableDesign;
import org.hundredparks.validation.Rules;

/**
 * The life of a list item: create (DRAFT), edit, submit for review, publish by the competent
 * authority, withdraw (CLOSED). Only PUBLISHED items are visible beyond their overseers and take part
 * in matching. Editing a published item sends it back to review.
 */
public class SubmissionService {

    private final ListItemRepository repository;
    private final Clock clock;

    public SubmissionService(ListItemRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The outcome of a create: the item, and whether this call wrote it (false: an earlier submission did). */
    public record Created(ListItem item, boolean written) {
    }

    /**
     * Creates a draft. With an {@code externalId} already used by this organisation in this list, the
     * existing item is returned (and updated first if the fields differ): resubmitting never duplicates.
     */
    public Created create(Caller caller, ListType type, ListItemFields fields) {
        check(fields);
        String denied = SubmissionPolicy.createDenied(caller, type, fields);
        if (denied != null) {
            throw Refusal.forbidden(denied);
        }
        Instant now = clock.instant();
        String id = ListItemRepository.newId(type, caller.organisationId(), fields.externalId());
        ListItem draft = new ListItem(id, type, ItemStatus.DRAFT, null, caller.organisationId(), caller.subject(), 1, now, now, null,
                fields);
        try {
            repository.create(draft);
            return new Created(draft, true);
        } catch (ConditionFailedException exists) {
            ListItem existing = repository.find(id).orElseThrow(() -> exists);
            if (existing.fields().equals(fields)) {
                return new Created(existing, false);
            }
            return new Created(update(caller, type, id, existing.version(), fields), true);
        }
    }

    /**
     * The items that {@link #create} would find for these fields of this caller, by external id: lets a
     * bulk import skip unchanged rows with batched reads instead of failed writes.
     */
    public java.util.Map<String, ListItem> existing(Caller caller, ListType type, List<String> externalIds) {
        return repository.findAll(externalIds.stream().map(e -> ListItemRepository.newId(type, caller.organisationId(), e)).toList());
    }

    public ListItem get(Caller caller, ListType type, String id) {
        ListItem item = repository.find(id).filter(i -> i.type() == type).orElseThrow(Refusal::notFound);
        if (!SubmissionPolicy.mayRead(caller, item)) {
            throw Refusal.notFound();
        }
        return item;
    }

    /** Replaces the fields of an item the caller owns, if it is still at {@code expectedVersion}. */
    public ListItem update(Caller caller, ListType type, String id, Long expectedVersion, ListItemFields fields) {
        check(fields);
        ListItem current = get(caller, type, id);
        if (!SubmissionPolicy.mayEdit(caller, current)) {
            throw Refusal.forbidden("NOT_OWNER");
        }
        if (!caller.inProvince(fields.regionCode())) {
            throw Refusal.forbidden("OTHER_REGION");
        }
        if (!Objects.equals(current.fields().externalId(), fields.externalId())) {
            throw new Refusal(409, "EXTERNAL_ID_CHANGED", "externalId", "外部编号不能修改");
        }
        if (current.status() == ItemStatus.CLOSED) {
            throw new Refusal(409, "CLOSED", "status", "条目已关闭，不能修改");
        }
        ItemStatus next = current.status() == ItemStatus.PUBLISHED ? ItemStatus.SUBMITTED : current.status();
        return save(current, expectedVersion, current.with(next, null, fields, clock.instant()));
    }

    public ListItem submit(Caller caller, ListType type, String id, Long expectedVersion) {
        ListItem current = get(caller, type, id);
        if (!SubmissionPolicy.mayEdit(caller, current)) {
            throw Refusal.forbidden("NOT_OWNER");
        }
        requireStatus(current, ItemStatus.DRAFT);
        return save(current, expectedVersion, current.with(ItemStatus.SUBMITTED, null, current.fields(), clock.instant()));
    }

    public ListItem publish(Caller caller, ListType type, String id, Long expectedVersion) {
        ListItem current = get(caller, type, id);
        if (!SubmissionPolicy.mayPublish(caller, current)) {
            throw Refusal.forbidden("NOT_COMPETENT_AUTHORITY");
        }
        requireStatus(current, ItemStatus.SUBMITTED, ItemStatus.DRAFT);
        return save(current, expectedVersion, current.with(ItemStatus.PUBLISHED, null, current.fields(), clock.instant()));
    }

    public ListItem withdraw(Caller caller, ListType type, String id, Long expectedVersion) {
        ListItem current = get(caller, type, id);
        if (!SubmissionPolicy.mayWithdraw(caller, current)) {
            throw Refusal.forbidden("NOT_OWNER");
        }
        requireStatus(current, ItemStatus.DRAFT, ItemStatus.SUBMITTED, ItemStatus.PUBLISHED);
        return save(current, expectedVersion, current.with(ItemStatus.CLOSED, "WITHDRAWN", current.fields(), clock.instant()));
    }

    /** What a list request asks for; every filter optional. */
    public record ListRequest(String regionCode, String parkId, String field, ItemStatus status, Instant updatedSince,
            boolean mine, int limit, String cursor) {
    }

    public ListItemRepository.Found list(Caller caller, ListType type, ListRequest request) {
        QuerySpec spec;
        if (request.mine()) {
            if (caller.organisationId() == null) {
                throw Refusal.forbidden("ROLE_NOT_ALLOWED");
            }
            spec = QuerySpec.of(TableDesign.BY_OWNER, TableDesign.ownedBy(caller.organisationId()))
                    // this list's range of the owner's partition
                    .between(SubmissionKeys.ownedFrom(type, request.updatedSince() == null ? "" : request.updatedSince()),
                            SubmissionKeys.ownedFrom(type, "\uffff"))
                    .whereEquals("status", request.status() == null ? null : request.status().name());
        } else {
            ItemStatus status = request.status() == null ? ItemStatus.PUBLISHED : request.status();
            if (status != ItemStatus.PUBLISHED && !mayListUnpublished(caller, request)) {
                throw Refusal.forbidden("ROLE_NOT_ALLOWED");
            }
            if (request.parkId() != null) {
                spec = QuerySpec.of(TableDesign.BY_PARK, SubmissionKeys.byPark(type, request.parkId()))
                        .whereEquals("status", status.name());
            } else if (request.regionCode() != null) {
                spec = QuerySpec.of(TableDesign.BY_REGION, SubmissionKeys.byRegion(type, Regions.province(request.regionCode())))
                        .whereEquals("status", status.name());
            } else {
                spec = QuerySpec.of(TableDesign.BY_STATUS, SubmissionKeys.byStatus(type, status));
            }
            spec = spec.from(request.updatedSince() == null ? null : request.updatedSince().toString())
                    .whereStartsWith("regionCode", request.regionCode());
        }
        return repository.query(spec.whereEquals("field", request.field()).page(request.limit(), request.cursor()));
    }

    /** The caller's organisation's items of a list, newest change first, at most {@code max} (its home screen's counts). */
    public List<ListItem> mine(Caller caller, ListType type, int max) {
        if (caller.organisationId() == null) {
            return List.of();
        }
        List<ListItem> mine = new java.util.ArrayList<>();
        String cursor = null;
        do {
            ListItemRepository.Found page = list(caller, type, new ListRequest(null, null, null, null, null, true, Math.min(100, max), cursor));
            mine.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null && mine.size() < max);
        return mine.subList(0, Math.min(max, mine.size()));
    }

    /** Unpublished items are listed only within what the caller oversees. */
    private static boolean mayListUnpublished(Caller caller, ListRequest request) {
        return switch (caller.role()) {
            case MINISTRY -> true;
            case PROVINCE_AUTHORITY -> request.regionCode() != null && caller.inProvince(request.regionCode());
            case PARK_ADMIN -> request.parkId() != null && request.parkId().equals(caller.parkId());
            default -> false;
        };
    }

    private ListItem save(ListItem current, Long expectedVersion, ListItem next) {
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new Refusal(412, "VERSION_MISMATCH", "If-Match", "条目已被他人修改（版本不符），请刷新后重试");
        }
        try {
            return repository.replace(next, current.version());
        } catch (ConditionFailedException raced) {
            throw new Refusal(409, "CONFLICT", null, "条目刚被他人修改，请刷新后重试");
        }
    }

    private static void requireStatus(ListItem item, ItemStatus... allowed) {
        for (ItemStatus status : allowed) {
            if (item.status() == status) {
                return;
            }
        }
        throw new Refusal(409, "INVALID_TRANSITION", "status", "当前状态（" + item.status() + "）下不能执行此操作");
    }

    private static void check(ListItemFields fields) {
        if (fields == null) {
            throw new org.hundredparks.validation.InvalidInputException("REQUIRED", null, "请求体不能为空");
        }
        Rules rules = new Rules();
        fields.check(rules);
        rules.check();
    }
}
