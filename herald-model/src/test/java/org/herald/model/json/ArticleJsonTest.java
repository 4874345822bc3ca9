package org.herald.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.Article;
import org.herald.model.BodyConfidence;
import org.herald.model.LeadImage;
import org.junit.jupiter.api.Test;

class ArticleJsonTest {
    private final ArticleJson json = new ArticleJson();

    private static Article.Builder sample() {
        return Article.builder("sample.txt").paragraphs(List.of("The harbour reopened on Monday."));
    }

    @Test
    void writesAgenciesBesideAuthors() {
        JsonNode o = json.toNode(sample().authors(List.of("Jane Doe")).agencies(List.of("Reuters")).build());
        assertEquals("Jane Doe", o.get("authors").get(0).asText());
        assertEquals("Reuters", o.get("agencies").get(0).asText());
        assertTrue(json.toNode(sample().build()).get("agencies").isEmpty(), "an empty list, never missing");
    }

    @Test
    void writesAnImageWithoutUrlAsNullUrl() {
        JsonNode image = json.toNode(sample().image(LeadImage.withoutUrl(Optional.of("Boats in the harbour."),
                Optional.of("Photo: Ana Ruiz"))).build()).get("image");
        assertTrue(image.get("url").isNull());
        assertEquals("Boats in the harbour.", image.get("caption").asText());
        assertEquals("Photo: Ana Ruiz", image.get("credit").asText());
    }

    @Test
    void writesTheBodyConfidenceAndWhyItIsDoubtful() {
        JsonNode sure = json.toNode(sample().bodyConfidence(new BodyConfidence(0.9274, Optional.empty(),
                Map.of("link_density", 0.01))).build());
        assertEquals(0.927, sure.get("body_confidence").asDouble(), 1e-9);
        assertTrue(sure.get("body_doubtful").isNull());
        JsonNode doubtful = json.toNode(sample().bodyConfidence(new BodyConfidence(0.2, Optional.of("link_density 0.80"),
                Map.of("link_density", 0.8))).build());
        assertEquals("link_density 0.80", doubtful.get("body_doubtful").asText());
        JsonNode unjudged = json.toNode(sample().build());
        assertTrue(unjudged.has("body_confidence") && unjudged.get("body_confidence").isNull(), "null, never missing");
    }

    @Test
    void refusesAnImageWithNothingKnown() {
        assertThrows(IllegalArgumentException.class, () -> LeadImage.withoutUrl(Optional.empty(), Optional.empty()));
    }
}
