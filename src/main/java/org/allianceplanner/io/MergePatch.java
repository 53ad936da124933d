package org.allianceplanner.io;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON Merge Patch (RFC 7396): the fields it names replace the target's, {@code null} removes a
 * field, objects merge field by field, anything else (arrays too) replaces. The result is read
 * strictly again, so a patch can say nothing a whole document could not.
 */
public record MergePatch(ObjectNode patch) {

    public MergePatch {
        patch = patch.deepCopy();
    }

    /** The body as a patch: a JSON object, else {@link InvalidInputException}. */
    public static MergePatch of(JsonNode body) {
        if (!(body instanceof ObjectNode object)) {
            throw InvalidInputException.at("", "input.patchNotObject");
        }
        return new MergePatch(object);
    }

    /** A patch that sets one field. */
    public static MergePatch setting(String field, JsonNode value) {
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set(field, value);
        return new MergePatch(patch);
    }

    /** The target with this patch applied; the target is not changed. */
    public JsonNode applyTo(JsonNode target) {
        return merge(target, patch);
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
