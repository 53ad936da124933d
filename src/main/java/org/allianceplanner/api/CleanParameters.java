package org.allianceplanner.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.io.TextRules;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Query parameters and path variables obey the same {@link TextRules} as documents: a NUL in an id
 * or a parameter is a 400 naming it, before any controller (or PostgreSQL) sees it.
 */
class CleanParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<FieldProblem> problems = new ArrayList<>();
        request.getParameterMap().forEach((name, values) -> {
            if (!TextRules.isClean(name)) {
                problems.add(FieldProblem.of(TextRules.visible(name), "input.controlCharacter", TextRules.visible(name)));
                return;
            }
            for (String value : values) {
                if (!TextRules.isClean(value)) {
                    problems.add(FieldProblem.of(name, "input.controlCharacter", TextRules.visible(value)));
                }
            }
        });
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !TextRules.isClean(text)) {
                    problems.add(FieldProblem.of(String.valueOf(name), "input.controlCharacter",
                            TextRules.visible(text)));
                }
            });
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return true;
    }
}
