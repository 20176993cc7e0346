package org.hundredparks.submission;

import java.util.LinkedHashMap;
import java.util.Map;

/** A value with a Chinese name people read (reports, explanations, spreadsheet cells), beside its code name. */
public interface Labelled {

    String label();

    /** The label of the value named {@code name}, or the name itself when the enum has no such value. */
    static <E extends Enum<E> & Labelled> String labelOf(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value.label();
            }
        }
        return name;
    }

    /** Label → name, in declaration order: how a spreadsheet cell is read back. */
    static <E extends Enum<E> & Labelled> Map<String, String> names(Class<E> type) {
        Map<String, String> names = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            names.put(value.label(), value.name());
        }
        return names;
    }
}
