package org.allianceplanner.api;

import java.net.URI;
import java.util.List;

import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.messages.AllianceException;
import org.allianceplanner.messages.ConflictException;
import org.allianceplanner.messages.Message;
import org.allianceplanner.messages.NotAllowedException;
import org.allianceplanner.messages.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as application/problem+json (RFC 9457), rendered here from its message codes: the
 * title and the detail in Chinese and English ("方案不存在 / Plan not found"), the detail's code, and
 * for bad input each bad field with its message in both languages. Nothing ever answers with a
 * stack trace.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    /** One bad field as the API answers it: where, the message's code, and its text in both languages. */
    public record FieldProblemView(String field, String code, String message, String messageEn) {

        public static FieldProblemView of(FieldProblem p) {
            return new FieldProblemView(p.field(), p.code(), p.message(), p.messageEn());
        }
    }

    /** How many problems an answer lists at most; {@code errorCount} tells how many there were. */
    public static final int MAX_ERRORS = 100;

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, e, e.getProblems().stream().limit(MAX_ERRORS)
                .map(FieldProblemView::of).toList(), e.getProblems().size());
    }

    /** A multipart body that cannot be read (no boundary, cut short): the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return invalid(InvalidInputException.at("", "input.badMultipart"));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e, null);
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, e, null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e, null);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, e, null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Message.of("error.internal.title"),
                Message.of("error.internal.detail"), null);
    }

    /** Spring MVC's own errors (wrong method, media type, missing parameter…) as problem+json too. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        HttpHeaders problemHeaders = new HttpHeaders();
        problemHeaders.putAll(response.getHeaders());
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(response.getBody(), problemHeaders, response.getStatusCode());
    }

    /** The problem of an exception, with {@code errors} when given. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, AllianceException e, List<?> errors) {
        return problem(status, e.title(), e.detail(), errors);
    }

    /**
     * The problem of an exception with the first {@link #MAX_ERRORS} of its {@code errors} (however
     * many there were: 200,000 bad values do not make a 30 MB answer) and their {@code errorCount}.
     */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, AllianceException e, List<?> errors,
            int errorCount) {
        ResponseEntity<ProblemDetail> response = problem(status, e.title(), e.detail(),
                errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        response.getBody().setProperty("errorCount", errorCount);
        return response;
    }

    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, Message title, Message detail,
            List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail.both());
        problem.setTitle(title.both());
        problem.setType(URI.create("about:blank"));
        problem.setProperty("code", detail.code());
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
