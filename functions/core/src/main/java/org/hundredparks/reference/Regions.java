package org.hundredparks.reference;

/** GB/T 2260 codes nest by their digits: 44 0000 is a province, 4403 00 a city in it, 440305 a county of that city. */
public final class Regions {

    private Regions() {
    }

    /** Whether {@code code} is {@code area} or lies inside it. */
    public static boolean within(String code, String area) {
        if (code == null || area == null || code.length() != 6 || area.length() != 6) {
            return false;
        }
        if (area.endsWith("0000")) {
            return code.startsWith(area.substring(0, 2));
        }
        if (area.endsWith("00")) {
            return code.startsWith(area.substring(0, 4));
        }
        return code.equals(area);
    }

    /** The province a code lies in, as its two-digit prefix. */
    public static String province(String code) {
        return code == null || code.length() < 2 ? null : code.substring(0, 2);
    }
}
