package org.herald.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.herald.model.LeadImage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LeadImageFinderTest {
    private static final String URL = "https://news.example.org/world/story.html";
    private final LeadImageFinder finder = new LeadImageFinder();

    private Optional<LeadImage> find(String html) {
        Document doc = Jsoup.parse(html, URL);
        return finder.find(doc, Optional.ofNullable(doc.selectFirst("article")), PageMetadata.empty());
    }

    private static LeadImage image(String url, String caption, String credit) {
        return new LeadImage(url, Optional.ofNullable(caption), Optional.ofNullable(credit));
    }

    @Test
    void figureWithCaptionAndCreditElement() {
        assertEquals(Optional.of(image("https://news.example.org/img/dam.jpg", "The dam on Sunday.", "Jane Doe/Reuters")),
                find("<article><figure><img src='/img/dam.jpg' width='800'><figcaption>The dam on Sunday. "
                        + "<span class='credit'>Jane Doe/Reuters</span></figcaption></figure><p>Text</p></article>"));
    }

    @Test
    void creditSplitFromTheCaptionText() {
        assertEquals(Optional.of(image("https://news.example.org/a.jpg", "The dam on Sunday.", "Jane Doe/Reuters")),
                find("<article><figure><img src='/a.jpg'><figcaption>The dam on Sunday. Photo: Jane Doe/Reuters</figcaption></figure></article>"));
        assertEquals(Optional.of(image("https://news.example.org/a.jpg", "Rescuers at work", "AP Photo/John Smith")),
                find("<article><figure><img src='/a.jpg'><figcaption>Rescuers at work (AP Photo/John Smith)</figcaption></figure></article>"));
        assertEquals(Optional.of(image("https://news.example.org/a.jpg", "Rescuers at work.", "AFP via Getty Images")),
                find("<article><figure><img src='/a.jpg'><figcaption>Rescuers at work. AFP via Getty Images</figcaption></figure></article>"));
        assertEquals(Optional.of(image("https://news.example.org/a.jpg", "Rescuers at work", "Agency")),
                find("<article><figure><img src='/a.jpg'><div class='caption'>Rescuers at work © Agency</div></figure></article>"));
    }

    @Test
    void lazyImagesAndSrcset() {
        assertEquals("https://news.example.org/big.jpg", find("<article><img src='data:image/gif;base64,R0lGOD' "
                + "data-src='/big.jpg'></article>").orElseThrow().url().orElseThrow());
        assertEquals("https://cdn.example.org/b-1024.jpg", find("<article><img src='/a.gif' "
                + "srcset='https://cdn.example.org/b-480.jpg 480w, https://cdn.example.org/b-1024.jpg 1024w'></article>")
                .orElseThrow().url().orElseThrow());
    }

    @Test
    void figureAboveTheArticleContainer() {
        assertEquals("https://news.example.org/top.jpg", find("<main><figure><img src='/top.jpg'>"
                + "<figcaption>Top</figcaption></figure><article><h1>Headline</h1><p>Text</p></article></main>")
                .orElseThrow().url().orElseThrow());
    }

    @Test
    void skipsIconsAndFallsBackToOpenGraph() {
        Document doc = Jsoup.parse("<article><img src='/logo.png'><img src='/x.jpg' width='16' height='16'><p>Text</p></article>", URL);
        PageMetadata meta = new PageMetadata(Optional.empty(), java.util.List.of(), java.util.List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(LeadImage.of("https://cdn.example.org/og.jpg")), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertEquals(Optional.of(LeadImage.of("https://cdn.example.org/og.jpg")),
                finder.find(doc, Optional.ofNullable(doc.selectFirst("article")), meta));
    }
}
