package org.allianceplanner.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.model.AllianceConstraint;
import org.allianceplanner.model.OrganizationType;
import org.allianceplanner.model.ServiceVocabulary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a client needs to build a request: constraints and their defaults, vocabulary, demo datasets. */
@RestController
@RequestMapping("/api")
class CatalogController {

    record ConstraintInfo(String name, String level, long defaultWeight, String zh, String en, String unitZh,
            String unitEn, String group, String groupZh, String groupEn) {
    }

    record TypeInfo(String code, String zh, String en) {
    }

    @GetMapping("/constraints")
    List<ConstraintInfo> constraints() {
        return Arrays.stream(AllianceConstraint.values())
                .map(c -> new ConstraintInfo(c.id(), c.level().name(), c.defaultWeight(), c.zh(), c.en(), c.unitZh(),
                        c.unitEn(), c.group().name(), c.group().zh(), c.group().en()))
                .toList();
    }

    @GetMapping("/vocabulary")
    Map<String, Object> vocabulary() {
        return Map.of(
                "services", ServiceVocabulary.chineseLabels().keySet().stream()
                        .map(code -> new TypeInfo(code, ServiceVocabulary.zh(code), ServiceVocabulary.en(code))).toList(),
                "organizationTypes", Arrays.stream(OrganizationType.values())
                        .map(t -> new TypeInfo(t.name(), t.zh(), t.en())).toList());
    }

    @GetMapping("/datasets")
    List<String> datasets() {
        return DemoDatasets.NAMES;
    }

    @GetMapping(value = "/datasets/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> dataset(@PathVariable String name) throws IOException {
        if (!DemoDatasets.NAMES.contains(name)) {
            throw NotFoundException.dataset(name);
        }
        try (InputStream in = DemoDatasets.open(name)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        }
    }
}
