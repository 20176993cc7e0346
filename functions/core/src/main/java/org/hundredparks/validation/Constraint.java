package org.hundredparks.validation;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One rule a request type's check asks for, as the contract states it: a field path as the client writes it
 * ({@code contact.mobile}, {@code patents[0].number}; {@code keywords[]} for every item of a list) and what the value
 * must be. Read from the check itself ({@link #of}), so the published limits are the enforced ones.
 */
public record Constraint(String path, Kind kind, Long min, Long max, String pattern) {

    public enum Kind {
        /** present and not blank */
        REQUIRED,
        /** at most {@code max} characters */
        LENGTH,
        /** a number from {@code min} to {@code max} (either may be open) */
        RANGE,
        /** a list of {@code min} to {@code max} items */
        COUNT,
        /** a text matching {@code pattern} entirely */
        PATTERN
    }

    /**
     * Runs {@code type}'s {@code check(Rules, …)} on probes (every text and number absent, every list one probe
     * element long, every nested record a probe) with rules that record instead of enforce, once with every enum
     * absent and once with each of its values, and keeps the rules recorded every time: the contract says what always
     * holds. A rule a check asks for some values only (a registration's name, for every kind but a park) is then not
     * stated, nor one field against another. A rule behind a test on a text or number the probe leaves absent is stated
     * as if it always held: write such tests so that absence fails them ({@code x != null && …}).
     */
    public static List<Constraint> of(Class<? extends Record> type) {
        Method check = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals("check") && m.getParameterCount() >= 1 && m.getParameterTypes()[0] == Rules.class)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no check(Rules …)"));
        check.setAccessible(true);
        List<Constraint> always = null;
        for (int variant = -1; variant < mostEnumValues(type, 0); variant++) {
            List<Constraint> stated = new ArrayList<>();
            Object[] arguments = new Object[check.getParameterCount()];
            arguments[0] = Rules.stating(stated);
            try {
                check.invoke(probe(type, 0, variant), arguments);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read the rules of " + type.getName(), e);
            }
            if (always == null) {
                always = stated;
            } else {
                always.retainAll(new HashSet<>(stated));
            }
        }
        return List.copyOf(always);
    }

    /** The most values any enum in the type has: how many probes it takes to try each value of each. */
    private static int mostEnumValues(Class<?> type, int depth) {
        if (type.isEnum()) {
            return type.getEnumConstants().length;
        }
        if (!type.isRecord() || depth > 5) {
            return 0;
        }
        int most = 0;
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> inner = component.getType();
            if (Collection.class.isAssignableFrom(inner) && component.getGenericType() instanceof ParameterizedType parameterized
                    && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
                inner = element;
            }
            most = Math.max(most, mostEnumValues(inner, depth + 1));
        }
        return most;
    }

    /** @param variant -1: every enum absent; otherwise each enum takes its value of that index (or its last) */
    private static Object probe(Class<?> type, int depth, int variant) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            return variant < 0 ? null : values[Math.min(variant, values.length - 1)];
        }
        if (!type.isRecord() || depth > 5) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), depth, variant);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a probe of " + type.getName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic, int depth, int variant) {
        if (type.isPrimitive()) {
            return type == boolean.class ? false : type == long.class ? 0L : type == double.class ? 0d : 0;
        }
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            Object item = probe(element, depth + 1, variant);
            Collection<Object> values = Set.class.isAssignableFrom(type) ? new HashSet<>() : new ArrayList<>();
            values.add(item);
            return values;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        return probe(type, depth + 1, variant);
    }
}
