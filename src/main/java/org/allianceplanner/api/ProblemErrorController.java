package org.allianceplanner.api;

import org.allianceplanner.messages.Message;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors that never reached a controller (a path the firewall refuses, such as {@code /api/plans//diff},
 * or one Tomcat forwards to the error page) as problem+json too, instead of Spring Boot's own JSON:
 * every answer of the service that is an error has one shape.
 */
@RestController
class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return refused(code instanceof Integer c ? c : 500);
    }

    /** The answer to a request refused with {@code code} before it reached the service (an unknown code: 500). */
    static ResponseEntity<ProblemDetail> refused(int code) {
        HttpStatus status = HttpStatus.resolve(code) != null && code >= 400 ? HttpStatus.valueOf(code)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            return ProblemResponses.problem(status, Message.of("error.internal.title"),
                    Message.of("error.internal.detail"), null);
        }
        return ProblemResponses.problem(status, Message.of("error.status.title", status.value()),
                Message.of("error.status.detail", status.value(), status.getReasonPhrase()), null);
    }
}
