package org.hundredparks.validation;

import java.util.regex.Pattern;

/** The platform's ids as callers name them (organisations, people, systems): short and plain, checked before they reach a key. */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}");

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    public static void require(String field, String id) {
        if (!valid(id)) {
            throw new InvalidInputException("INVALID_ID", field, "编号格式不正确（1–64位字母、数字或 _ . : -）");
        }
    }
}
