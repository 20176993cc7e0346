package org.hundredparks.storage;

import java.util.List;

/** One page of a query and the opaque cursor of the next one (null on the last page). */
public record Page(List<Item> items, String nextCursor) {
}
