package org.multivector.app.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's pages: one shell ({@code pages/shell.html}: head, style sheet, chart library, the shared
 * {@code common.js} that draws the header and navigation, the page's own script) around each page's
 * {@code <main>} content ({@code pages/NAME.html}). A page file starts with one comment naming its title and
 * any extra scripts, e.g. {@code <!-- page: Export corridors | script: /vendor/topojson-client/topojson-client.min.js -->}.
 * Pages are put together once, when the server starts; a missing or malformed page file is a bug of the
 * build and stops the start.
 */
final class PageShell {

    /** The pages, by the name of their file and script, in the order the navigation shows them. */
    static final List<String> PAGES = List.of("profile", "corridors", "bargaining", "scenarios", "strategy");

    private static final Pattern HEADER = Pattern.compile("<!-- page: ([^|>]+?)((?: \\| script: [^ |>]+)*) -->\\n");
    private static final Pattern SCRIPT = Pattern.compile(" \\| script: ([^ |>]+)");

    private PageShell() {}

    /** Every page's full HTML, by request path ({@code /profile.html}, ...). */
    static Map<String, String> render() {
        String shell = resource("shell");
        Map<String, String> pages = new LinkedHashMap<>();
        for (String name : PAGES) {
            pages.put("/" + name + ".html", render(shell, name, resource(name)));
        }
        return pages;
    }

    static String render(String shell, String name, String page) {
        Matcher header = HEADER.matcher(page);
        if (!header.lookingAt()) {
            throw new IllegalStateException("pages/" + name + ".html does not start with <!-- page: TITLE -->");
        }
        StringBuilder scripts = new StringBuilder();
        Matcher script = SCRIPT.matcher(header.group(2));
        while (script.find()) {
            scripts.append("  <script src=\"").append(script.group(1)).append("\"></script>\n");
        }
        return shell.replace("{{title}}", header.group(1).strip())
                .replace("{{scripts}}", scripts)
                .replace("{{page}}", name)
                .replace("{{main}}", page.substring(header.end()));
    }

    private static String resource(String name) {
        try (InputStream in = PageShell.class.getResourceAsStream("/pages/" + name + ".html")) {
            if (in == null) {
                throw new IllegalStateException("pages/" + name + ".html is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
