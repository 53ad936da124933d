package org.allianceplanner.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.OrganizationDocument;
import org.allianceplanner.io.Parsed;
import org.allianceplanner.io.PlanDocument;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.NotAllowedException;
import org.allianceplanner.messages.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API's shared edge in a web slice (no service, no database): how each kind of failure answers
 * as problem+json, rendered from its codes in both languages, and how {@link JsonBody} reads bodies.
 */
@WebMvcTest(controllers = ProblemResponsesTest.Probe.class, properties = "alliance.api.max-body-size=2KB")
@Import({ProblemResponsesTest.Probe.class, ProblemResponsesTest.OpenSlice.class})
@EnableConfigurationProperties(ApiProperties.class)
class ProblemResponsesTest {

    /** The access rules are not part of this slice (security.AccessApiTest and others test them): all open. */
    @org.springframework.boot.test.context.TestConfiguration
    static class OpenSlice {

        @org.springframework.context.annotation.Bean
        org.springframework.security.web.SecurityFilterChain open(
                org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
        }
    }

    /** Endpoints that fail on purpose, or echo what @JsonBody read. */
    @RestController
    static class Probe {

        @GetMapping("/probe/plans/{id}")
        String plan(@PathVariable String id) {
            throw NotFoundException.plan(id);
        }

        @GetMapping("/probe/conflict")
        String conflict() {
            throw ConflictException.of("lastCommunity", "垫江县");
        }

        @GetMapping("/probe/forbidden")
        String forbidden() {
            throw NotAllowedException.scope("垫江县");
        }

        @GetMapping("/probe/crash")
        String crash() {
            throw new IllegalStateException("secret internals");
        }

        @PostMapping(value = "/probe/plan", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> plan(@JsonBody PlanDocument plan) {
            return Map.of("name", plan.name(), "organizations", plan.organizations().size());
        }

        @PostMapping(value = "/probe/organization", consumes = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> organization(@JsonBody Parsed<OrganizationDocument> organization) {
            return Map.of("id", organization.value().id(), "problems", organization.problems().size());
        }

        @PutMapping(value = "/probe/patch", consumes = {"application/merge-patch+json", MediaType.APPLICATION_JSON_VALUE})
        Map<String, Object> patch(@JsonBody MergePatch patch) {
            return Map.of("fields", patch.patch().size());
        }
    }

    @Autowired
    MockMvc mvc;

    @Test
    void notFoundAndConflictSayWhatInBothLanguagesWithTheirCode() throws Exception {
        mvc.perform(get("/probe/plans/p9")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("方案不存在 / Plan not found"))
                .andExpect(jsonPath("$.detail").value("没有编号为p9的方案 / No plan with id p9"))
                .andExpect(jsonPath("$.code").value("error.planNotFound.detail"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/probe/conflict")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("不能删除最后一个社区 / Cannot remove the last community"))
                .andExpect(jsonPath("$.detail").value(containsString("Scope \"垫江县\" keeps at least one community")));
    }

    @Test
    void aRefusalFromAServiceIsA403InBothLanguages() throws Exception {
        mvc.perform(get("/probe/forbidden")).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("无权操作 / Not allowed"))
                .andExpect(jsonPath("$.code").value("error.forbidden.scope"))
                .andExpect(jsonPath("$.detail").value(containsString("scope \"垫江县\"")));
    }

    @Test
    void anUnexpectedErrorIsA500WithoutItsInternals() throws Exception {
        mvc.perform(get("/probe/crash")).andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("服务内部错误 / Internal error"))
                .andExpect(content().string(not(containsString("secret internals"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void badBodiesListEveryFieldWithCodeAndBothLanguages() throws Exception {
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": 5, \"communities\": [], \"organizations\": [], \"colour\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误 / Invalid input"))
                .andExpect(jsonPath("$.detail").value("4处输入有误 / 4 problem(s) in the input"))
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].code").value("input.unknownField"))
                .andExpect(jsonPath("$.errors[0].message").value("未知字段"))
                .andExpect(jsonPath("$.errors[0].messageEn").value("unknown field"));
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\", \"name\": \"b\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("input.duplicateKey"));
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"a\"}{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("input.trailingContent"));
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_JSON).content(""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("input.empty"));
    }

    @Test
    void parsedAndPatchBodiesReachTheHandlerTyped() throws Exception {
        mvc.perform(post("/probe/organization").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\": \"o1\", \"partyMembers\": \"many\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value("o1"))
                .andExpect(jsonPath("$.problems").value(1));
        mvc.perform(put("/probe/patch").contentType("application/merge-patch+json").content("{\"a\": null, \"b\": 1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.fields").value(2));
        mvc.perform(put("/probe/patch").contentType("application/merge-patch+json").content("[1]"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].code").value("input.patchNotObject"));
    }

    @Test
    void springsOwnErrorsAndTooLargeBodiesAreProblemsToo() throws Exception {
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_FORM_URLENCODED).content("a=b"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/probe/plans/p1")).andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/probe/plan").contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"" + "x".repeat(3000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("请求体过大 / Request body too large"));
    }
}
