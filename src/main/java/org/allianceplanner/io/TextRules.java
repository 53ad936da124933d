package org.allianceplanner.io;

/**
 * What text the service accepts, in documents, ids, paths and query parameters alike: no NUL (which
 * PostgreSQL cannot store), no other control character but tab, line feed and carriage return, and
 * no half of a surrogate pair (which no UTF-8 encodes).
 */
public final class TextRules {

    private TextRules() {
    }

    public static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each refused character written as \\u0000, to show in a message; at most 60 characters. */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 60; i++) {
            char c = text.charAt(i);
            boolean bad = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F || Character.isSurrogate(c);
            out.append(bad ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.length() >= 60 ? out.substring(0, 60) + "…" : out.toString();
    }
}
