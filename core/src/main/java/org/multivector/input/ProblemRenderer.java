package org.multivector.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns problems into words: a text list for the terminal (one problem a line, a
 * "Maybe" advice indented under it) and a JSON form for the HTTP API. The command line, the server and
 * the exception messages all go through here, so a problem reads the same from every door.
 */
public final class ProblemRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The most problems listed; the rest are counted ("... and 12 more"). */
    public static final int MAX_LISTED = 200;

    private ProblemRenderer() {}

    /**
     * {@code "2 problems in the dataset:"} then each problem on its own line, indented, with the lines
     * of a multi-line message (its "Maybe" advice) indented further.
     */
    public static String text(String subject, List<Problem> problems) {
        return text(subject, problems, problems.size());
    }

    /** As {@link #text(String, List)}, for an input with {@code total} problems of which these are listed. */
    public static String text(String subject, List<Problem> problems, int total) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder();
        text.append(total)
                .append(total == 1 ? " problem" : " problems")
                .append(" in ")
                .append(subject)
                .append(':');
        int listed = 0;
        for (Problem problem : problems) {
            if (listed++ == MAX_LISTED) {
                break;
            }
            text.append(nl).append("  ").append(line(problem));
        }
        int more = total - Math.min(listed, MAX_LISTED);
        if (more > 0) {
            text.append(nl).append("  ... and ").append(more).append(" more");
        }
        return text.toString();
    }

    /**
     * A refusal for the terminal: {@code "the dataset has 2 problems; nothing was loaded:"} then the
     * problems as {@link #text(String, List)} lists them.
     *
     * @param subject what was read ("the dataset", "the scenario")
     * @param outcome what therefore did not happen ("nothing was loaded")
     * @param total   how many problems there are; more than listed when a reader stopped counting
     */
    public static String refusal(String subject, String outcome, List<Problem> problems, int total) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(subject)
                .append(" has ")
                .append(total)
                .append(total == 1 ? " problem" : " problems")
                .append("; ")
                .append(outcome)
                .append(':');
        int listed = 0;
        for (Problem problem : problems) {
            if (listed++ == MAX_LISTED) {
                break;
            }
            text.append(nl).append("  ").append(line(problem));
        }
        int more = total - Math.min(listed, MAX_LISTED);
        if (more > 0) {
            text.append(nl).append("  ... and ").append(more).append(" more");
        }
        return text.toString();
    }

    /** As {@link #refusal(String, String, List, int)} with every problem listed. */
    public static String refusal(String subject, String outcome, List<Problem> problems) {
        return refusal(subject, outcome, problems, problems.size());
    }

    /** An exception's refusal: {@code "the dataset has 2 problems; nothing was loaded:"} and the list. */
    public static String refusal(InvalidInputException e, String outcome) {
        return refusal(e.subject(), outcome, e.problems());
    }

    /**
     * A problem without its file, for an API error that names the file separately: the cell or byte
     * place when there is one, then {@code [rule] message}.
     */
    public static String detail(Problem problem) {
        String place = switch (problem.place()) {
            case Place.Text text -> "";
            case Place.Bytes bytes -> "byte " + bytes.offset() + ": ";
            case Place.Cell cell -> cell.reference() + ": ";
        };
        return place + "[" + problem.rule().id() + "] " + problem.message();
    }

    /** The problems of an exception, headed by its subject. */
    public static String text(InvalidInputException e) {
        return text(e.subject(), e.problems());
    }

    /** One problem as one entry of a list: {@code file:line:column: [rule] message}, continuation lines indented. */
    public static String line(Problem problem) {
        return problem.format().replace("\n", System.lineSeparator() + "    ");
    }

    /**
     * One problem as a JSON object's fields: {@code file}, {@code line}, {@code column}, {@code rule},
     * {@code message}, plus {@code sheet} and {@code cell} for a spreadsheet cell or {@code byteOffset}
     * for undecodable bytes.
     */
    public static Map<String, Object> fields(Problem problem) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", problem.file());
        fields.put("line", problem.line());
        fields.put("column", problem.column());
        switch (problem.place()) {
            case Place.Text text -> {}
            case Place.Bytes bytes -> fields.put("byteOffset", bytes.offset());
            case Place.Cell cell -> {
                fields.put("sheet", cell.sheet());
                fields.put("cell", cell.reference());
            }
        }
        fields.put("rule", problem.rule().id());
        fields.put("message", problem.message());
        fields.put("text", problem.format());
        return fields;
    }

    /** Every problem as {@link #fields(Problem)}, for embedding in a JSON response. */
    public static List<Map<String, Object>> fields(List<Problem> problems) {
        return problems.stream().map(ProblemRenderer::fields).toList();
    }

    /** {@code {"error": summary, "problems": [...]}}: the body the API sends for invalid input. */
    public static Map<String, Object> body(String error, List<Problem> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("problems", fields(problems));
        return body;
    }

    /** The problems as a JSON array. */
    public static String json(List<Problem> problems) {
        try {
            return JSON.writeValueAsString(fields(problems));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems could not be written as JSON", e);
        }
    }
}
