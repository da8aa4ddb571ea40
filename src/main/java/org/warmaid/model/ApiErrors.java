package org.warmaid.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The JSON API's error body: {@code {"errors":[{"field":…,"message":…}]}}. */
public record ApiErrors(List<FieldProblem> errors) {

    public static ApiErrors of(String message) {
        return new ApiErrors(List.of(new FieldProblem(null, message)));
    }

    public static ApiErrors of(String field, String message) {
        return new ApiErrors(List.of(new FieldProblem(field, message)));
    }

    /**
     * The answer with this body as JSON whatever the request's {@code Accept} header says: a client
     * that asks for HTML only must still get the error, not a failure to write it (which would end
     * as a 500).
     */
    public ResponseEntity<ApiErrors> answer(HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(this);
    }

    public void writeTo(HttpServletResponse response, int status, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), this);
    }
}
