package org.allianceplanner.datasets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.allianceplanner.io.NeedDocument;
import org.allianceplanner.model.OrganizationType;

/**
 * The curated lists of a named dataset, kept as tab-separated resource files beside this class so
 * that the Chinese names read as data, not code: {@code <name>-communities.tsv} and
 * {@code <name>-units.tsv}. Lines starting with # are comments; the last column says where a name
 * comes from and is not read.
 */
final class Catalogue {

    /** A community as listed: its pinyin id, name, street, character and the needs the seeds report. */
    record CommunityEntry(String id, String name, String street, CommunityCharacter character,
            List<NeedDocument> reportedNeeds) {
    }

    /** A unit as listed; {@code home} is the community the seeds pair it with, or null. */
    record UnitEntry(String id, String name, OrganizationType type, List<String> capabilities, String home,
            TypeProfiles.Size size) {
    }

    private Catalogue() {
    }

    /** Columns: id, name, street, character, reported needs (CODE:priority,…), source. */
    static List<CommunityEntry> communities(String dataset) {
        List<CommunityEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String[] row : rows(dataset + "-communities.tsv", 5)) {
            CommunityEntry entry = new CommunityEntry(row[0], row[1], row[2], CommunityCharacter.valueOf(row[3]),
                    VocabularyCodes.needs(row[4]));
            if (!ids.add(entry.id())) {
                throw new IllegalStateException(dataset + ": community id " + entry.id() + " listed twice");
            }
            entries.add(entry);
        }
        return entries;
    }

    /**
     * Columns: type, name, capabilities (1–3 codes), home community id, size (SMALL, LARGE or blank),
     * source. Ids are the type and its running number in the file, such as {@code school-004}.
     */
    static List<UnitEntry> units(String dataset) {
        List<UnitEntry> entries = new ArrayList<>();
        Map<OrganizationType, Integer> numbers = new EnumMap<>(OrganizationType.class);
        Set<String> names = new HashSet<>();
        for (String[] row : rows(dataset + "-units.tsv", 5)) {
            OrganizationType type = OrganizationType.valueOf(row[0]);
            List<String> capabilities = VocabularyCodes.codes(row[2]);
            if (capabilities.isEmpty() || capabilities.size() > 3 || !names.add(row[1])) {
                throw new IllegalStateException(dataset + ": unit " + row[1] + " is listed twice or has "
                        + capabilities.size() + " capabilities instead of 1 to 3");
            }
            int number = numbers.merge(type, 1, Integer::sum);
            String id = "%s-%03d".formatted(type.name().toLowerCase(Locale.ROOT).replace('_', '-'), number);
            entries.add(new UnitEntry(id, row[1], type, capabilities, row[3].isBlank() ? null : row[3],
                    row[4].isBlank() ? TypeProfiles.Size.TYPICAL : TypeProfiles.Size.valueOf(row[4])));
        }
        return entries;
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = Catalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing dataset resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException("%s line %d: %d columns, expected at least %d"
                            .formatted(resource, lineNumber, cells.length, columns));
                }
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].trim();
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
