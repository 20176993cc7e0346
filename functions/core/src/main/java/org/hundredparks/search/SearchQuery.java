package org.hundredparks.search;

/**
 * One search as asked: the words, the filters (each optional, all of them combined), and the page.
 *
 * @param regionCode a 2-, 4- or 6-digit region code prefix (province, city, county)
 * @param cursor     the {@code nextCursor} of the page before, or null for the first page
 */
public record SearchQuery(String q, SearchList list, String regionCode, String parkId, String field, int limit, String cursor) {

    public static final int MAX_LENGTH = 50;
    public static final int MAX_LIMIT = 50;
    public static final int DEFAULT_LIMIT = 20;

    public SearchQuery withCursor(String next) {
        return new SearchQuery(q, list, regionCode, parkId, field, limit, next);
    }
}
