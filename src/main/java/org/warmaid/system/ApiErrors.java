package org.warmaid.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.warmaid.model.FieldProblem;

/** The JSON API's error body: {@code {"errors":[{"field":…,"message":…}]}}. */
public record ApiErrors(List<FieldProblem> errors) {

    public static ApiErrors of(String message) {
        return new ApiErrors(List.of(new FieldProblem(null, message)));
    }

    public static ApiErrors of(String field, String message) {
        return new ApiErrors(List.of(new FieldProblem(field, message)));
    }

    void writeTo(HttpServletResponse response, int status, ObjectMapper json) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), this);
    }
}
