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
     * Runs {@code type}'s {@code check(Rules, …)} on a probe (every text and number absent, every list one probe
     * element long, every nested record a probe) with rules that record instead of enforce. A rule a check asks only
     * for some values (a branch on a kind, one field against another) is not stated: the contract says what always
     * holds. So a rule for some values only must sit behind a test the probe fails ({@code kind != null && kind != PARK},
     * not {@code kind != PARK}).
     */
    public static List<Constraint> of(Class<? extends Record> type) {
        Method check = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals("check") && m.getParameterCount() >= 1 && m.getParameterTypes()[0] == Rules.class)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type.getName() + " has no check(Rules …)"));
        List<Constraint> stated = new ArrayList<>();
        Object[] arguments = new Object[check.getParameterCount()];
        arguments[0] = Rules.stating(stated);
        try {
            check.setAccessible(true);
            check.invoke(probe(type, 0), arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the rules of " + type.getName(), e);
        }
        return List.copyOf(stated);
    }

    private static Object probe(Class<?> type, int depth) {
        if (!type.isRecord() || depth > 5) {
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType(), depth);
        }
        try {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a probe of " + type.getName(), e);
        }
    }

    private static Object value(Class<?> type, Type generic, int depth) {
        if (type.isPrimitive()) {
            return type == boolean.class ? false : type == long.class ? 0L : type == double.class ? 0d : 0;
        }
        if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            Object item = probe(element, depth + 1);
            Collection<Object> values = Set.class.isAssignableFrom(type) ? new HashSet<>() : new ArrayList<>();
            values.add(item);
            return values;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Map.of();
        }
        return probe(type, depth + 1);
    }
}
