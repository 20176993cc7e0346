package org.hundredparks.actionplan;

import java.util.regex.Pattern;

/**
 * The notice's naming rule for every action: "'百园百校万企'创新合作行动——具体名称". People type the
 * quotes in several ways (', ", “ ”, ‘ ’) and the dash as one em dash pair; the rule is the words.
 */
public final class ActionName {

    private static final Pattern RULE = Pattern.compile("^['\"“‘]百园百校万企['\"”’]创新合作行动——(?<name>\\S.{0,99})$");

    private ActionName() {
    }

    public static boolean follows(String name) {
        return name != null && RULE.matcher(name.strip()).matches();
    }

    /** The part after the dash: what the action itself is called. */
    public static String specificName(String name) {
        var matcher = RULE.matcher(name.strip());
        return matcher.matches() ? matcher.group("name") : null;
    }
}
