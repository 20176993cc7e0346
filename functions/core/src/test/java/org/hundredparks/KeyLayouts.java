package org.hundredparks;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hundredparks.storage.RecordLayout;

/**
 * Every record layout core declares: the {@code LAYOUT} of each package's {@code ...Keys} class, found among
 * core's classes (so a new package's keys are included without being listed here), in package order.
 */
final class KeyLayouts {

    /** A layout and the package that owns it. */
    record Owned(String owner, RecordLayout layout) {
    }

    private KeyLayouts() {
    }

    static List<Owned> all() {
        List<Owned> all = new ArrayList<>();
        CoreClasses.main().stream()
                .filter(c -> c.getSimpleName().endsWith("Keys") && c.getPackageName().startsWith("org.hundredparks."))
                .sorted((a, b) -> a.getName().compareTo(b.getName()))
                .forEach(c -> {
                    try {
                        Field field = Class.forName(c.getName()).getDeclaredField("LAYOUT");
                        field.setAccessible(true);
                        for (Object layout : (List<?>) field.get(null)) {
                            all.add(new Owned(c.getPackageName(), (RecordLayout) layout));
                        }
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(c.getName() + " declares no LAYOUT", e);
                    }
                });
        return all;
    }

    /**
     * The constant prefix of every partition a package writes (the table's and the indexes' own), and its owner:
     * the prefixes no other package may spell. The byOwner partition ({@code ORG#}) is storage's, shared on purpose.
     */
    static Map<String, String> prefixOwners() {
        Map<String, String> owners = new LinkedHashMap<>();
        for (Owned owned : all()) {
            List<String> partitions = new ArrayList<>(List.of(owned.layout().partitionKey()));
            owned.layout().indexes().forEach(entry -> partitions.add(entry.partitionKey()));
            for (String partition : partitions) {
                int variable = partition.indexOf('<');
                String prefix = variable < 0 ? partition : partition.substring(0, variable);
                if (prefix.length() < 4 || prefix.startsWith("ORG#")) {
                    continue;
                }
                String earlier = owners.putIfAbsent(prefix, owned.owner());
                if (earlier != null && !earlier.equals(owned.owner())) {
                    throw new AssertionError("two packages write partitions starting " + prefix + ": " + earlier + ", " + owned.owner());
                }
            }
        }
        return owners;
    }
}
