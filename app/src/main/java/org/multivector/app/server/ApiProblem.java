package org.multivector.app.server;

import org.multivector.input.Problem;
import org.multivector.input.ProblemRenderer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A problem to report to an API client as RFC 9457 {@code application/problem+json}: a status, a
 * short title, a detail for people, and for validation problems the fields at fault.
 *
 * <p>Thrown from handlers; the server's exception handler turns it into the response. The message
 * never carries a stack trace or internal names.
 */
public final class ApiProblem extends RuntimeException {

    /**
     * One thing wrong with the request.
     *
     * @param field  where: a query or path parameter name, or a JSON pointer / YAML path into the body
     * @param detail what is wrong and, where useful, what would be right
     * @param line   1-based line in the body, 0 when not applicable
     * @param column 1-based column in the body, 0 when not applicable
     */
    public record FieldError(String field, String detail, int line, int column) {

        /** An error about a named parameter, without a position. */
        public FieldError(String field, String detail) {
            this(field, detail, 0, 0);
        }

        Map<String, Object> toJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("field", field);
            json.put("detail", detail);
            if (line > 0) {
                json.put("line", line);
                json.put("column", column);
            }
            return json;
        }
    }

    private final int status;
    private final String title;
    private final List<FieldError> errorList;

    public ApiProblem(int status, String title, String detail, List<FieldError> errorList) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errorList = List.copyOf(errorList);
    }

    /** 400: one parameter is wrong. */
    public static ApiProblem invalidField(String field, String detail) {
        return new ApiProblem(400, "Invalid request", field + ": " + detail, List.of(new FieldError(field, detail)));
    }

    /** 422: the body is well-formed but breaks rules, listed one per field. */
    public static ApiProblem invalidBody(String detail, List<FieldError> errors) {
        return new ApiProblem(422, "Invalid content", detail, errors);
    }

    /**
     * 422 for input that breaks rules: one error per {@link Problem}, its file shown through
     * {@code shownFile} (to hide a server-side temporary folder), its detail as
     * {@link ProblemRenderer#detail(Problem)} renders it.
     */
    public static ApiProblem invalidInput(String detail, List<Problem> problems, UnaryOperator<String> shownFile) {
        List<FieldError> errors = new ArrayList<>();
        for (Problem problem : problems) {
            errors.add(new FieldError(
                    shownFile.apply(problem.file()),
                    ProblemRenderer.detail(problem),
                    problem.line(),
                    problem.column()));
        }
        return invalidBody(detail, errors);
    }

    /** {@link #invalidInput(String, List, UnaryOperator)} summarised as "the scenario has 2 problems; nothing was run". */
    public static ApiProblem invalidInput(
            String subject, String outcome, List<Problem> problems, UnaryOperator<String> shownFile) {
        return invalidInput(
                subject + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; "
                        + outcome,
                problems,
                shownFile);
    }

    /** 404: the named thing does not exist; {@code field} names the parameter that named it. */
    public static ApiProblem notFound(String field, String detail) {
        return new ApiProblem(404, "Not found", detail, List.of(new FieldError(field, detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errorList;
    }

    /** The RFC 9457 body. */
    public Map<String, Object> toJson(String instance) {
        return body(status, title, getMessage(), instance, errorList);
    }

    static Map<String, Object> body(int status, String title, String detail, String instance, List<FieldError> errors) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", "about:blank");
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.put("instance", instance);
        if (!errors.isEmpty()) {
            json.put("errors", errors.stream().map(FieldError::toJson).toList());
        }
        return json;
    }
}
