package org.allianceplanner.io;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field paths in reading order: organizations[2] before organizations[10]. */
public final class FieldPaths {

    private static final Pattern PART = Pattern.compile("(\\d+)|(\\D+)");

    public static final Comparator<String> ORDER = FieldPaths::compare;

    private FieldPaths() {
    }

    private static int compare(String a, String b) {
        Matcher ma = PART.matcher(a);
        Matcher mb = PART.matcher(b);
        while (ma.find() && mb.find()) {
            int result;
            if (ma.group(1) != null && mb.group(1) != null) {
                result = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
            } else {
                result = ma.group().compareTo(mb.group());
            }
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
