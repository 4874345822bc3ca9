package org.herald.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The runs of text a container holds itself, outside its block children: {@code <div>First run<br><br>Second
 * run<div class="ad">…</div>Third run</div>} has three. Inline elements belong to the run they sit in; a block
 * child or two {@code <br>} in a row end it. White space is collapsed.
 */
final class BareText {
    private BareText() {}

    static List<String> runs(Element container) {
        List<String> runs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean lastWasBreak = false;
        for (Node child : container.childNodes()) {
            if (child instanceof TextNode t) {
                if (!t.isBlank()) lastWasBreak = false;
                run.append(t.text());
            } else if (child instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    if (lastWasBreak) end(run, runs);
                    lastWasBreak = !lastWasBreak;
                    run.append(' ');
                    continue;
                }
                if (Tags.isBlock(tag)) {
                    end(run, runs);
                } else {
                    run.append(e.text());
                }
                lastWasBreak = false;
            }
        }
        end(run, runs);
        return runs;
    }

    private static void end(StringBuilder run, List<String> runs) {
        String text = run.toString().replaceAll("\\s+", " ").strip();
        if (!text.isEmpty()) runs.add(text);
        run.setLength(0);
    }
}
