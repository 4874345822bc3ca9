package org.herald.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * #11 item 8: a file name that is no UTF-8, typed on the command line, reached {@code main} as U+FFFD (the JVM
 * decodes argv), so {@code extract $'caf\xE9.html'} could not open the file and its {@code source} was mangled.
 */
class CommandLineBytesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void latin1NamesOnTheCommandLineOpenTheirOwnFilesAndShowTheirBytesInSource() throws Exception {
        // Java cannot write such a name from a String, nor pass it as an argument: the shell does both, as a user's
        // shell would; the JVM is started the way ./herald starts it (UTF-8 locale, sun.nio.fs opened).
        String pages = "printf \"$PAGE\" Ferry > \"$(printf 'caf\\351.html')\";"
                + " printf \"$PAGE\" Harbour > \"$(printf 'caf\\350.html')\"";
        assertEquals(0, shell(pages).waitFor());
        String extract = "exec \"$JAVA\" --add-opens java.base/sun.nio.fs=ALL-UNNAMED -cp \"$CP\" org.herald.cli.Main"
                + " extract \"$DIR/$(printf 'caf\\351.html')\" \"$DIR/$(printf 'caf\\350.html')\"";
        Process p = shell(extract);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "extract ended");
        String stderr = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), stderr);
        List<JsonNode> docs = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) docs.add(JSON.readTree(line));
        assertEquals(2, docs.size(), out.toString(StandardCharsets.UTF_8));
        assertEquals(dir + "/caf\\xE9.html", docs.get(0).get("source").asText());
        assertEquals("Ferry vote", docs.get(0).get("title").asText(), "the file named by the \\xE9 byte was read");
        assertEquals(dir + "/caf\\xE8.html", docs.get(1).get("source").asText());
        assertEquals("Harbour vote", docs.get(1).get("title").asText(), "and the \\xE8 one: two files, not one");
    }

    @Test
    void onlyArgumentsTheJvmMangledAreRewrittenFromTheirBytes() {
        byte[] cmdline = "java\0-cp\0x.jar\0org.herald.cli.Main\0extract\0caf\u00e9.html\0caf\u00e9.html\0"
                .getBytes(StandardCharsets.ISO_8859_1);
        String[] args = {"extract", "caf\uFFFD.html", "caf\uFFFD.html"};
        assertEquals(List.of("extract", "caf\\xE9.html", "caf\\xE9.html"),
                CommandLineBytes.restored(args, cmdline, StandardCharsets.UTF_8));

        byte[] other = "java\0Main\0extract\0other.html\0".getBytes(StandardCharsets.ISO_8859_1);
        String[] mangled = {"extract", "caf\uFFFD.html"};
        assertEquals(List.of(mangled), CommandLineBytes.restored(mangled, other, StandardCharsets.UTF_8),
                "bytes that do not decode to the argument main got leave it as it is");
    }

    private Process shell(String script) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("sh", "-c", script).directory(dir.toFile());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().put("CP", System.getProperty("java.class.path"));
        pb.environment().put("DIR", dir.toString());
        pb.environment().put("LC_ALL", "C.UTF-8");
        pb.environment().put("PAGE", "<html><head><title>%s vote</title></head><body><article><p>The council approved"
                + " the night ferry on Wednesday after a tied vote, the mayor said.</p><p>Islanders in the public"
                + " gallery applauded as the result was read out.</p></article></body></html>");
        return pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }
}
