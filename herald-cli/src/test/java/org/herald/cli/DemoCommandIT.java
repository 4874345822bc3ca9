package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The whole demo as a user runs it, in its own JVM: language models, the printed people, quotes and events per
 * sample, then the web UI serving the stored samples, and on SIGTERM (Ctrl-C) the temporary store deleted.
 */
class DemoCommandIT {
    private static final Pattern URL = Pattern.compile("serving (\\d+) articles at (http://\\S+/)");
    private static final Pattern STORE = Pattern.compile("(/\\S*herald-demo-store\\S*)");

    @Test
    void demoShowsWhoSaidWhatThenServesTheSamplesAndCleansUp() throws Exception {
        Process demo = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g", "-cp", System.getProperty("java.class.path"), "org.herald.cli.Main", "demo", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        StringBuilder out = new StringBuilder();
        Matcher serving = null;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                out.append(line).append('\n');
                Matcher m = URL.matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            String text = out.toString();
            assertTrue(serving != null, "no URL printed:\n" + text);
            assertTrue(text.contains("Davit Harutyunyan (Foreign Minister, ARM)"), text);
            assertTrue(text.contains("Davit Harutyunyan: \u201cWe have lost a year of trade"), text);
            assertTrue(text.contains("ARMGOV \u2192 GEOGOV  CAMEO 040"), text);
            assertTrue(text.contains("(understanding is English-only"), text);
            int samples = new SampleArticles().index().size();
            assertEquals(samples, Integer.parseInt(serving.group(1)), "every sample is stored");

            String base = serving.group(2);
            HttpClient http = HttpClient.newHttpClient();
            ObjectMapper json = new ObjectMapper();
            JsonNode articles = json.readTree(get(http, base + "api/articles?limit=50"));
            assertEquals(samples, articles.get("total").asInt());
            JsonNode events = json.readTree(get(http, base + "api/events?source=ARM"));
            assertTrue(events.get("events").size() > 0, events.toString());
            assertTrue(get(http, base).contains("<html"), "the UI's start page");

            Matcher folder = STORE.matcher(text);
            assertTrue(folder.find(), "the demo names its store:\n" + text);
            Path store = Path.of(folder.group(1));
            assertTrue(Files.isDirectory(store), store.toString());
            demo.destroy(); // SIGTERM, as Ctrl-C: shutdown hooks stop the server and delete the store
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS), "the demo did not stop on SIGTERM");
            assertFalse(Files.exists(store), "temporary store left behind: " + store);
        } finally {
            demo.destroyForcibly();
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + " → " + r.body());
        return r.body();
    }
}
