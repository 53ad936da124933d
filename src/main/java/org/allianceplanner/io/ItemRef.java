package org.allianceplanner.io;

import java.util.Locale;

import org.allianceplanner.messages.Localized;

/**
 * A message argument naming another item of the same document, such as the first of two
 * organizations with one id: {@code organizations[3]}. An edge that shows the items differently (a
 * workbook, by row) replaces it.
 */
public record ItemRef(String array, int index) implements Localized {

    @Override
    public String in(Locale locale) {
        return array + "[" + index + "]";
    }
}
