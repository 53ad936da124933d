package org.allianceplanner.scopes;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.allianceplanner.io.CommunityDocument;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.io.PlanMapper;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotFoundException;
import org.allianceplanner.plans.StoredDocumentException;
import org.allianceplanner.store.ScopeRepository;
import org.allianceplanner.store.StoreJson;
import org.allianceplanner.store.StoredScope;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Master-data changes against the adopted plan of a scope: organizations and communities added,
 * updated (JSON merge patch, RFC 7396) or removed, and community needs replaced. Each change is a new
 * revision of the scope's master data, logged with its time. A change is checked as strictly as a
 * submitted problem — the changed item on its own (paths relative to it) and the whole master data
 * after it — and the master data is written only when all of it is valid.
 */
@Service
public class MasterDataService {

    /** What a change answers: the new revision and the item as it is now (or as it was, when removed). */
    public record Changed(String scope, int revision, Instant changedAt, String kind, String subject,
            JsonNode organization, JsonNode community, List<String> notes, String scopeUrl) {
    }

    private static final ObjectMapper JSON = JsonInput.mapper();
    private static final int ATTEMPTS = 5;

    private final ScopeRepository scopes;

    public MasterDataService(ScopeRepository scopes) {
        this.scopes = scopes;
    }

    /** What an edit did to the master data tree it was given. */
    private record Edit(String kind, String subject, JsonNode organization, JsonNode community, JsonNode body,
            List<String> notes) {
    }

    public Changed addOrganization(String scope, byte[] body) {
        return change(scope, data -> {
            ArrayNode organizations = data.withArray("organizations");
            ObjectNode item = readOrganization(body, data, organizations.size(), null);
            organizations.add(item);
            return new Edit("ADD_ORGANIZATION", item.path("id").asText(), item, null, item, List.of());
        });
    }

    public Changed updateOrganization(String scope, String id, byte[] patch) {
        return change(scope, data -> {
            ArrayNode organizations = data.withArray("organizations");
            int index = indexOf(organizations, id, "organization");
            JsonNode patchNode = readPatch(patch, OrganizationDocument.class);
            JsonNode merged = merge(organizations.get(index), patchNode);
            ObjectNode item = readOrganization(bytes(merged), data, index, id);
            organizations.set(index, item);
            return new Edit("UPDATE_ORGANIZATION", id, item, null, patchNode, List.of());
        });
    }

    public Changed removeOrganization(String scope, String id) {
        return change(scope, data -> {
            ArrayNode organizations = data.withArray("organizations");
            int index = indexOf(organizations, id, "organization");
            if (organizations.size() == 1) {
                throw ConflictException.of("lastOrganization", scope);
            }
            JsonNode removed = organizations.remove(index);
            return new Edit("REMOVE_ORGANIZATION", id, removed, null, removed, List.of());
        });
    }

    public Changed addCommunity(String scope, byte[] body) {
        return change(scope, data -> {
            ArrayNode communities = data.withArray("communities");
            ObjectNode item = readCommunity(body, data, communities.size(), null);
            communities.add(item);
            return new Edit("ADD_COMMUNITY", item.path("id").asText(), null, item, item, List.of());
        });
    }

    public Changed updateCommunity(String scope, String id, byte[] patch) {
        return change(scope, data -> {
            JsonNode patchNode = readPatch(patch, CommunityDocument.class);
            return updateCommunity(data, id, patchNode, "UPDATE_COMMUNITY", patchNode);
        });
    }

    /** Replaces a community's needs; the body is the list of needs, or {"needs": [...]}. */
    public Changed replaceNeeds(String scope, String id, byte[] body) {
        return change(scope, data -> {
            JsonNode node = readJson(body, CommunityDocument.class);
            JsonNode needs = node.isObject() && node.size() == 1 && node.has("needs") ? node.get("needs") : node;
            if (!needs.isArray()) {
                throw InvalidInputException.of("needs", "应为需求数组，如[{\"code\":\"ELDERLY_CARE\",\"priority\":3}]",
                        "must be an array of needs such as [{\"code\":\"ELDERLY_CARE\",\"priority\":3}]");
            }
            ObjectNode patchNode = JsonNodeFactory.instance.objectNode();
            patchNode.set("needs", needs);
            return updateCommunity(data, id, patchNode, "CHANGE_NEEDS", patchNode);
        });
    }

    private Edit updateCommunity(ObjectNode data, String id, JsonNode patchNode, String kind, JsonNode body) {
        ArrayNode communities = data.withArray("communities");
        int index = indexOf(communities, id, "community");
        JsonNode merged = merge(communities.get(index), patchNode);
        ObjectNode item = readCommunity(bytes(merged), data, index, id);
        communities.set(index, item);
        return new Edit(kind, id, null, item, body, List.of());
    }

    /**
     * Removes a community. Its members lose their current community and are placed again by the next
     * rebalancing; references to it (home community, exclusions) go too.
     */
    public Changed removeCommunity(String scope, String id) {
        return change(scope, data -> {
            ArrayNode communities = data.withArray("communities");
            int index = indexOf(communities, id, "community");
            if (communities.size() == 1) {
                throw ConflictException.of("lastCommunity", scope);
            }
            JsonNode removed = communities.remove(index);
            List<String> notes = new ArrayList<>();
            for (JsonNode node : data.withArray("organizations")) {
                ObjectNode o = (ObjectNode) node;
                String organization = o.path("id").asText();
                if (id.equals(o.path("currentCommunity").asText(null))) {
                    o.remove("currentCommunity");
                    notes.add(organization + ": no current community any more; the next rebalancing places it");
                    if (o.path("pinned").asBoolean(false)) {
                        o.remove("pinned");
                        notes.add(organization + ": no longer pinned");
                    }
                }
                if (id.equals(o.path("homeCommunity").asText(null))) {
                    o.remove("homeCommunity");
                    notes.add(organization + ": no home community any more");
                }
                JsonNode excluded = o.get("excludedCommunities");
                if (excluded != null && excluded.isArray()) {
                    for (Iterator<JsonNode> it = excluded.iterator(); it.hasNext(); ) {
                        if (id.equals(it.next().asText())) {
                            it.remove();
                        }
                    }
                    if (excluded.isEmpty()) {
                        o.remove("excludedCommunities");
                    }
                }
            }
            // Anything else that belongs to the community (such as its dated joint activities) goes with it.
            data.fields().forEachRemaining(field -> {
                if (field.getValue().isArray() && !field.getKey().equals("communities")
                        && !field.getKey().equals("organizations")) {
                    int before = field.getValue().size();
                    for (Iterator<JsonNode> it = field.getValue().iterator(); it.hasNext(); ) {
                        if (id.equals(it.next().path("community").asText(null))) {
                            it.remove();
                        }
                    }
                    if (field.getValue().size() < before) {
                        notes.add((before - field.getValue().size()) + " of " + field.getKey() + " removed with it");
                    }
                }
            });
            return new Edit("REMOVE_COMMUNITY", id, null, removed, removed, notes);
        });
    }

    /**
     * A new revision of the whole problem: the master data is replaced by the body (validated like a
     * submitted problem). Organizations keep the {@code currentCommunity} the body gives them;
     * {@code community} (a plan's output) is dropped.
     */
    public Changed replaceData(String scope, byte[] body) {
        return change(scope, data -> {
            PlanDocument document = PlanMapper.readDocument(body);
            if (document.scope() != null && !document.scope().equals(scope)) {
                throw InvalidInputException.of("scope", "范围应为\"%s\"或不填".formatted(scope),
                        "must be \"%s\" or left out".formatted(scope));
            }
            ObjectNode replacement = StoreJson.tree(document);
            replacement.put("scope", scope);
            replacement.remove("score");
            int dropped = 0;
            for (JsonNode o : replacement.withArray("organizations")) {
                if (((ObjectNode) o).remove("community") != null) {
                    dropped++;
                }
            }
            data.removeAll();
            data.setAll(replacement);
            List<String> notes = dropped == 0 ? List.of()
                    : List.of(dropped + " organization(s) had a \"community\"; master data keeps only currentCommunity");
            return new Edit("NEW_REVISION", null, null, null, null, notes);
        });
    }

    /**
     * Applies an edit to the scope's master data and writes it as the next revision; when another
     * change came first, reads the new revision and applies the edit again.
     */
    private Changed change(String scope, Function<ObjectNode, Edit> edit) {
        for (int attempt = 1; ; attempt++) {
            StoredScope stored = scopes.find(scope).orElseThrow(() -> NotFoundException.scope(scope));
            ObjectNode data = dataOf(stored);
            Edit done = edit.apply(data);
            List<FieldProblem> problems = problemsOf(data);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            Instant now = Instant.now();
            if (scopes.change(scope, stored.revision(), StoreJson.write(data), now, done.kind(), done.subject(),
                    done.body() == null ? null : StoreJson.write(done.body()))) {
                return new Changed(scope, stored.revision() + 1, now, done.kind(), done.subject(), done.organization(),
                        done.community(), done.notes().isEmpty() ? null : done.notes(), ScopeUrls.of(scope));
            }
            if (attempt >= ATTEMPTS) {
                throw ConflictException.of("concurrentChange", scope);
            }
        }
    }

    static ObjectNode dataOf(StoredScope stored) {
        if (stored.documentError() != null) {
            throw StoredDocumentException.recorded(stored.documentError());
        }
        JsonNode data;
        try {
            data = StoreJson.parse(stored.dataJson());
        } catch (IOException e) {
            throw new StoredDocumentException(Message.of("error.storedDocument.notJson",
                    StoredDocumentException.document("masterData", stored.scope()), e.getMessage()));
        }
        if (!(data instanceof ObjectNode object)) {
            throw new StoredDocumentException(Message.of("error.storedDocument.notObject",
                    StoredDocumentException.document("masterData", stored.scope())));
        }
        return object;
    }

    /** Reads an organization given whole or patched; paths in the problems are relative to it. */
    private static ObjectNode readOrganization(byte[] json, ObjectNode data, int index, String keepId) {
        return read(json, OrganizationDocument.class, data, "organizations", index, o -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (o.community() != null) {
                problems.add(new FieldProblem("community", "总体数据不含community（那是方案的结果），现属社区请填currentCommunity",
                        "master data has no \"community\" (a plan's output); set currentCommunity"));
            }
            if (keepId != null && o.id() != null && !keepId.equals(o.id())) {
                problems.add(new FieldProblem("id", "编号不能修改（应为\"%s\"）".formatted(keepId),
                        "the id cannot change (it is \"%s\")".formatted(keepId)));
            }
            return problems;
        });
    }

    private static ObjectNode readCommunity(byte[] json, ObjectNode data, int index, String keepId) {
        return read(json, CommunityDocument.class, data, "communities", index, c -> {
            if (keepId != null && c.id() != null && !keepId.equals(c.id())) {
                return List.of(new FieldProblem("id", "编号不能修改（应为\"%s\"）".formatted(keepId),
                        "the id cannot change (it is \"%s\")".formatted(keepId)));
            }
            return List.of();
        });
    }

    /**
     * Reads the item strictly and checks the master data with the item at {@code index} of
     * {@code array}, so that one answer lists its wrong types, missing fields and bad references.
     */
    private static <T> ObjectNode read(byte[] json, Class<T> type, ObjectNode data, String array, int index,
            Function<T, List<FieldProblem>> checks) {
        String prefix = array + "[" + index + "]";
        T item;
        try {
            item = JsonInput.read(json, type, read -> {
                List<FieldProblem> problems = new ArrayList<>(checks.apply(read));
                ObjectNode candidate = data.deepCopy();
                ArrayNode items = candidate.withArray(array);
                ObjectNode itemNode = StoreJson.tree(read);
                if (index < items.size()) {
                    items.set(index, itemNode);
                } else {
                    items.add(itemNode);
                }
                for (FieldProblem problem : problemsOf(candidate)) {
                    problems.add(relative(problem, prefix));
                }
                return problems;
            });
        } catch (InvalidInputException e) {
            throw new InvalidInputException(distinct(e.getProblems()));
        }
        return StoreJson.tree(item);
    }

    /** Everything wrong with master data, as for a submitted problem; empty when valid. */
    private static List<FieldProblem> problemsOf(ObjectNode data) {
        try {
            PlanMapper.readDocument(bytes(data));
            return List.of();
        } catch (InvalidInputException e) {
            return e.getProblems();
        }
    }

    private static FieldProblem relative(FieldProblem problem, String prefix) {
        String field = problem.field();
        if (field.equals(prefix)) {
            field = "";
        } else if (field.startsWith(prefix + ".")) {
            field = field.substring(prefix.length() + 1);
        } else {
            return problem;
        }
        return new FieldProblem(field, problem.message(), problem.messageEn());
    }

    private static List<FieldProblem> distinct(List<FieldProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        List<FieldProblem> result = new ArrayList<>();
        for (FieldProblem p : problems) {
            if (seen.add(p.field() + "\u0000" + p.messageEn())) {
                result.add(p);
            }
        }
        return result;
    }

    private static int indexOf(ArrayNode items, String id, String what) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(items.get(i).path("id").asText(null))) {
                return i;
            }
        }
        throw "organization".equals(what) ? NotFoundException.organization(id) : NotFoundException.community(id);
    }

    /** A merge-patch body: a JSON object. */
    private static JsonNode readPatch(byte[] body, Class<?> type) {
        JsonNode node = readJson(body, type);
        if (!node.isObject()) {
            throw InvalidInputException.of("", "补丁应为JSON对象（JSON Merge Patch）", "a patch must be a JSON object (JSON Merge Patch)");
        }
        return node;
    }

    private static JsonNode readJson(byte[] body, Class<?> type) {
        if (body != null && body.length > 0) {
            try {
                JsonNode node = JSON.readTree(body);
                if (node != null && !node.isMissingNode()) {
                    return node;
                }
            } catch (IOException e) {
                // Let the strict reader say what is wrong, in its words.
            }
        }
        JsonInput.read(body, type, x -> List.of());
        throw InvalidInputException.of("", "请求体应为JSON对象", "the body must be a JSON object");
    }

    /** JSON Merge Patch (RFC 7396): objects merge, null removes a field, anything else replaces. */
    static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
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

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
