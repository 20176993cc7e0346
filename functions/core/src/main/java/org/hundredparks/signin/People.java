package org.hundredparks.signin;

import java.util.List;
import java.util.Optional;
import org.hundredparks.identity.Caller;
import org.hundredparks.storage.Documents;
import org.hundredparks.storage.Item;
import org.hundredparks.storage.RecordStore;
import org.hundredparks.validation.Ids;

/**
 * The platform's people as other features read them, with no caller to check: whom a reminder reaches and who may
 * subscribe to messages. What a caller may see of people is {@link Sessions#people}'s.
 */
public final class People {

    private final RecordStore records;

    public People(RecordStore records) {
        this.records = records;
    }

    /** A person by id (a token's subject), if there is one. */
    public Optional<Person> find(String personId) {
        if (personId == null || !Ids.valid(personId)) {
            return Optional.empty();
        }
        return records.get(SigninKeys.person(personId), SigninKeys.PERSON).map(People::fromItem);
    }

    /** A person who may sign in (not disabled), if there is one. */
    public Optional<Person> findActive(String personId) {
        return find(personId).filter(People::active);
    }

    /** An organisation's people who may sign in (not disabled). */
    public List<Person> activeOf(String organisationId) {
        return records.queryAll(SigninKeys.ownedOfKind(organisationId, SigninKeys.PERSON).page(100, null)).stream()
                .map(People::fromItem).filter(People::active).toList();
    }

    private static boolean active(Person person) {
        return person.status() == Person.Status.ACTIVE;
    }

    static Person fromItem(Item item) {
        Person person = Documents.read(item.values().get("person"), Person.class);
        return new Person(person.id(), person.organisationId(), Person.Status.valueOf(item.string("status").orElseThrow()), person.boundAt(),
                person.invitedBy(), item.string("openid").orElse(null), item.string("unionid").orElse(null),
                Documents.read(item.values().get("actingAs"), Caller.class));
    }
}
