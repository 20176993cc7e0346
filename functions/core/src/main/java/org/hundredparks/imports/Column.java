package org.hundredparks.imports;

/**
 * One column of an import template: its Chinese header, the field path it fills and how its text is
 * read. Lists are separated by ；, ;, 、 or a line break; enums are given by their Chinese names.
 */
public record Column(String header, String path, Kind kind, java.util.Map<String, String> labels) {

    public enum Kind { TEXT, INTEGER, MONEY, DATE, TEXT_LIST, ENUM, ENUM_LIST }

    static Column text(String header, String path) {
        return new Column(header, path, Kind.TEXT, java.util.Map.of());
    }

    static Column of(String header, String path, Kind kind) {
        return new Column(header, path, kind, java.util.Map.of());
    }

    static Column enumeration(String header, String path, boolean list, java.util.Map<String, String> labels) {
        return new Column(header, path, list ? Kind.ENUM_LIST : Kind.ENUM, labels);
    }
}
