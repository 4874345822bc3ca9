package org.herald.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageTextRendererTest {
    private final PageTextRenderer renderer = new PageTextRenderer();

    private String render(String html) {
        return renderer.render(Jsoup.parse(html));
    }

    @Test
    void blocksGiveOneLineEachAndParagraphsStandApart() {
        String html = "<h1>Storm hits <em>coast</em></h1><div>By Maria Lenz</div>"
                + "<p>First   paragraph\n of text.</p><p>Second one.</p><ul><li>Home</li><li>World</li></ul>";
        assertEquals("Storm hits coast\nBy Maria Lenz\n\nFirst paragraph of text.\n\nSecond one.\n\nHome\nWorld\n",
                render(html));
    }

    @Test
    void furnitureIsKeptButScriptsStylesAndHiddenElementsAreNot() {
        String html = "<head><title>Page title</title><style>p{}</style></head><body>"
                + "<nav><a href=/>Home</a> | <a href=/w>World</a></nav><script>var x = 1;</script>"
                + "<noscript>Enable JavaScript</noscript><div hidden>Secret</div>"
                + "<span style='display: none'>Gone</span><div style='visibility:hidden'>Also gone</div>"
                + "<template><p>Later</p></template><footer>© 2024 Kestrel News</footer></body>";
        assertEquals("Home | World\n© 2024 Kestrel News\n", render(html));
    }

    @Test
    void lineBreaksSplitLinesAndPreKeepsItsOwn() {
        assertEquals("one\ntwo\n\nthree\nfour\nfive\n", render("<div>one<br>two<br><br>three</div><pre>four\nfive</pre>"));
    }

    @Test
    void tableCellsAndCaptionsAreLinesOfTheirOwn() {
        String html = "<table><tr><td>Name</td><td>Votes</td></tr></table>"
                + "<figure><img src=a.jpg alt=ignored><figcaption>Smoke over Thessia</figcaption></figure>";
        assertEquals("Name\nVotes\nSmoke over Thessia\n", render(html));
    }
}
