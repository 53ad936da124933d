package org.allianceplanner.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.allianceplanner.messages.Message;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refusals from the security filters as problem+json, like every other error of the API: 401
 * ("未登录 / Not signed in") without or with bad credentials, 403 ("无权操作 / Not allowed") when the
 * role is too low or the page's CSRF token is missing. Never a sign-in page or a redirect.
 */
final class ProblemWriter implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** Set on a request whose bearer token was refused, to say so in the 401. */
    static final String BAD_TOKEN = ProblemWriter.class.getName() + ".badToken";

    private final ObjectMapper json;

    ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean badToken = request.getAttribute(BAD_TOKEN) != null;
        write(response, 401, Message.of("error.notSignedIn.title"),
                Message.of(badToken ? "error.badToken.detail" : "error.notSignedIn.detail"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, 403, Message.of("error.forbidden.title"),
                Message.of(e instanceof CsrfException ? "error.csrf.detail" : "error.forbidden.detail"));
    }

    void write(HttpServletResponse response, int status, Message title, Message detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title.both());
        problem.put("status", status);
        problem.put("detail", detail.both());
        problem.put("code", detail.code());
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        json.writeValue(response.getOutputStream(), problem);
    }
}
