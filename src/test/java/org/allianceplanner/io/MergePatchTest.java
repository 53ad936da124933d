package org.allianceplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON Merge Patch as RFC 7396 defines it: its appendix's examples, and a patch that is no object. */
class MergePatchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource(delimiter = '|', value = {
        "{\"a\":\"b\"}                 | {\"a\":\"c\"}              | {\"a\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"b\":\"c\"}              | {\"a\":\"b\",\"b\":\"c\"}",
        "{\"a\":\"b\"}                 | {\"a\":null}               | {}",
        "{\"a\":\"b\",\"b\":\"c\"}     | {\"a\":null}               | {\"b\":\"c\"}",
        "{\"a\":[\"b\"]}               | {\"a\":\"c\"}              | {\"a\":\"c\"}",
        "{\"a\":\"c\"}                 | {\"a\":[\"b\"]}            | {\"a\":[\"b\"]}",
        "{\"a\":{\"b\":\"c\"}}         | {\"a\":{\"b\":\"d\",\"c\":null}} | {\"a\":{\"b\":\"d\"}}",
        "{\"a\":[{\"b\":\"c\"}]}       | {\"a\":[1]}                | {\"a\":[1]}",
        "[\"a\",\"b\"]                 | {\"a\":\"b\"}              | {\"a\":\"b\"}",
        "{\"e\":null}                  | {\"a\":1}                  | {\"e\":null,\"a\":1}",
        "{}                            | {\"a\":{\"bb\":{\"ccc\":null}}} | {\"a\":{\"bb\":{}}}",
    })
    void theRfcExamples(String target, String patch, String result) throws Exception {
        JsonNode before = JSON.readTree(target);
        JsonNode merged = MergePatch.of(JSON.readTree(patch)).applyTo(before);
        assertThat(merged).isEqualTo(JSON.readTree(result));
        assertThat(before).as("the target is not changed").isEqualTo(JSON.readTree(target));
    }

    @Test
    void aPatchMustBeAnObject() throws Exception {
        assertThatThrownBy(() -> MergePatch.of(JSON.readTree("[1, 2]"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.getProblems()).singleElement()
                        .satisfies(p -> assertThat(p.code()).isEqualTo("input.patchNotObject")));
    }
}
