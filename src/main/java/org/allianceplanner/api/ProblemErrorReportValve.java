package org.allianceplanner.api;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The errors Tomcat answers itself, before any filter or the error page (a path holding {@code %00} or an
 * encoded slash, a malformed request), as the same problem+json as {@link ProblemErrorController}'s instead
 * of Tomcat's HTML page: every error of the service has one shape.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private final ObjectMapper json;

    ProblemErrorReportValve(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), ProblemErrorController.refused(status).getBody());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is already in use: nothing more can be said.
        }
    }
}
