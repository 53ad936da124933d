package org.allianceplanner.api;

import java.net.URI;
import java.util.List;

import org.allianceplanner.calendar.NoCalendarException;
import org.allianceplanner.catalogue.DatasetNotFoundException;
import org.allianceplanner.io.FieldProblem;
import org.allianceplanner.io.InvalidInputException;
import org.allianceplanner.plans.ConflictException;
import org.allianceplanner.plans.NotFoundException;
import org.allianceplanner.plans.PlanNotFoundException;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as application/problem+json (RFC 9457). Bad input lists each bad field with a Chinese
 * and an English message; nothing ever answers with a stack trace.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "输入有误 / Invalid input",
                "%d处输入有误 / %d problem(s) in the input".formatted(e.getProblems().size(), e.getProblems().size()),
                e.getProblems());
    }

    @ExceptionHandler(PlanNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(PlanNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "方案不存在 / Plan not found", e.getMessage(), null);
    }

    @ExceptionHandler(NoCalendarException.class)
    ResponseEntity<ProblemDetail> noCalendar(NoCalendarException e) {
        return problem(HttpStatus.NOT_FOUND, "方案没有活动日程 / No activity calendar", e.getMessage(), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.title(), e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.title(), e.getMessage(), null);
    }

    @ExceptionHandler(DatasetNotFoundException.class)
    ResponseEntity<ProblemDetail> noDataset(DatasetNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "数据集不存在 / Dataset not found", e.getMessage(), null);
    }

    @ExceptionHandler(RequestTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "请求体过大 / Request body too large", e.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        LOG.error("Unexpected error", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "服务内部错误 / Internal error",
                "The request could not be completed; the error is in the service log.", null);
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

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
