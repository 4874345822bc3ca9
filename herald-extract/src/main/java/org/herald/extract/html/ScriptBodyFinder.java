package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article a script-built page carries only in its scripts: Next.js pages ship the story's HTML as a string in
 * {@code __NEXT_DATA__} or in {@code self.__next_f.push([1, "…"])} flight data and render it in the browser, and some
 * sites give the whole text only as JSON-LD {@code articleBody}. This finds the longest string literal in the page's
 * scripts that is a run of paragraphs ({@code <p>} markup, or plain text under an {@code articleBody} key) and returns
 * it as an HTML fragment for the usual cleaning and scoring. Used only when the page's own markup yields almost
 * nothing: a script string is the site's data, not what a reader is shown, and may hold other stories too.
 */
final class ScriptBodyFinder {
    /** A string shorter than this is a teaser or a field, not a story. */
    static final int MIN_TEXT = 500;
    /** A run of paragraphs has at least this many paragraph tags. */
    private static final int MIN_PARAGRAPH_TAGS = 2;
    /** Flight data escapes strings inside strings; two levels cover Next.js and JSON inside JSON. */
    private static final int MAX_DEPTH = 2;
    private static final Pattern PARAGRAPH_TAG = Pattern.compile("<p[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLAIN_TEXT_KEY = Pattern.compile("\"articleBody\"\\s*:\\s*$");

    private ScriptBodyFinder() {}

    /** The scripts' text, read before cleaning removes them. */
    static List<String> scripts(Document doc) {
        List<String> data = new ArrayList<>();
        for (Element script : doc.select("script")) {
            String type = script.attr("type");
            if (!type.isEmpty() && !type.contains("json") && !type.contains("javascript")) continue;
            String text = script.data();
            if (text.length() >= MIN_TEXT) data.add(text);
        }
        return data;
    }

    /** The longest run of paragraphs found in the scripts, as an HTML fragment's body. */
    static Optional<Element> find(List<String> scripts) {
        Best best = new Best();
        for (String script : scripts) {
            scan(script, 0, best);
        }
        return best.html == null ? Optional.empty() : Optional.of(Jsoup.parseBodyFragment(best.html).body());
    }

    private static void scan(String text, int depth, Best best) {
        int i = 0;
        while (i < text.length()) {
            int open = text.indexOf('"', i);
            if (open < 0) return;
            int close = closingQuote(text, open + 1);
            if (close < 0) return;
            if (text.charAt(close) == '\n') {
                i = close + 1;   // a quote in a comment or a regular expression opened nothing: go on after the line
                continue;
            }
            if (close - open > MIN_TEXT) {
                String value = unescape(text, open + 1, close);
                consider(value, PLAIN_TEXT_KEY.matcher(text.substring(Math.max(0, open - 40), open)).find(), best);
                if (depth < MAX_DEPTH && value.indexOf('"') >= 0) {
                    scan(value, depth + 1, best);
                }
            }
            i = close + 1;
        }
    }

    private static void consider(String value, boolean plainTextKey, Best best) {
        String html;
        if (countParagraphTags(value) >= MIN_PARAGRAPH_TAGS) {
            html = value;
        } else if (plainTextKey && value.indexOf('<') < 0) {
            html = paragraphsOf(value);
        } else {
            return;
        }
        int length = Jsoup.parseBodyFragment(html).body().text().length();
        if (length >= MIN_TEXT && length > best.length) {
            best.html = html;
            best.length = length;
        }
    }

    private static int countParagraphTags(String s) {
        int n = 0;
        var m = PARAGRAPH_TAG.matcher(s);
        while (m.find() && n < MIN_PARAGRAPH_TAGS) n++;
        return n;
    }

    /** Plain text with line breaks between paragraphs, as JSON-LD articleBody gives it, marked up as paragraphs. */
    private static String paragraphsOf(String text) {
        StringBuilder html = new StringBuilder();
        for (String line : text.split("\\n+")) {
            if (line.isBlank()) continue;
            html.append("<p>").append(org.jsoup.nodes.Entities.escape(line.strip())).append("</p>");
        }
        return html.toString();
    }

    /**
     * Index of the quote that ends the string opened before {@code from}; of the raw line break that shows no string
     * was opened (JSON and JavaScript strings never hold one); or -1 at the end of the text.
     */
    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            } else if (c == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** A JSON / JavaScript string literal's text: {@code \n}, {@code \"}, {@code \\u003c} and the rest decoded. */
    static String unescape(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b', 'f' -> out.append(' ');
                case 'u' -> {
                    if (i + 4 < to && isHex(s, i + 1, i + 5)) {
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append('u');
                    }
                }
                default -> out.append(e);   // \" \\ \/ and JavaScript's \' 
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) return false;
        }
        return true;
    }

    private static final class Best {
        String html;
        int length;
    }
}
