package org.herald.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts built inline, one line per role; samples written by us. */
class PageLayoutTest {
    private final LineFeaturizer featurizer = new LineFeaturizer(CueLexicon.load(), LineShapes.load());
    private final PageLayout layout = new PageLayout(ScrapedTextSettings.defaults(), new LineClassifier(ScrapedTextSettings.defaults()));

    private List<LineRole> roles(String... lines) {
        return layout.classify(featurizer.features(List.of(lines))).stream().map(ClassifiedLine::role).toList();
    }

    @Test
    void kickerAboveTheHeadlineIsNotTheTitle() {
        assertEquals(List.of(LineRole.FURNITURE, LineRole.TITLE, LineRole.BODY, LineRole.BODY),
                roles("Wildfires",
                        "Wildfire forces thousands from homes near Thessia",
                        "Thousands of residents were ordered to leave their homes on Monday.",
                        "More than 300 firefighters were fighting the flames, the fire service said."));
    }

    @Test
    void captionWithCreditOnOneLineIsSplitInTheHeader() {
        List<ClassifiedLine> lines = layout.classify(featurizer.features(List.of(
                "Ferry strike ends after nine days",
                "Passengers board a ferry in Bellmare on Friday. (AP Photo/Jonas Weir)",
                "BELLMARE (AP) — Ferry crews returned to work on Friday after unions and operators agreed a pay deal.",
                "Services to the islands will run normally from Saturday, the operators said.")));
        assertEquals(List.of(LineRole.TITLE, LineRole.CAPTION, LineRole.CREDIT, LineRole.BODY, LineRole.BODY),
                lines.stream().map(ClassifiedLine::role).toList());
        assertEquals("Passengers board a ferry in Bellmare on Friday.", lines.get(1).text());
        assertEquals("AP Photo/Jonas Weir", lines.get(2).text());
    }

    @Test
    void standfirstBeforeTheBylineAndNoDateline() {
        assertEquals(List.of(LineRole.TITLE, LineRole.STANDFIRST, LineRole.BYLINE, LineRole.DATE, LineRole.BODY, LineRole.BODY),
                roles("Harbour city votes to ban cruise ships",
                        "Residents backed the ban by a wide margin in Sunday's referendum.",
                        "By Sofia Marant",
                        "Mon 1 Aug 2022 14.32 BST",
                        "Voters in Bellmare approved a ban on large cruise ships in the old port on Sunday.",
                        "Almost 64 percent of those who voted supported the measure, officials said."));
    }

    @Test
    void relatedBoxInsideTheBodyDoesNotEndIt() {
        assertEquals(List.of(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.RELATED_HEADING, LineRole.RELATED,
                        LineRole.RELATED, LineRole.BODY, LineRole.BODY),
                roles("Parliament approves new rail link",
                        "Lawmakers in Morvia approved on Monday the construction of a high-speed rail line.",
                        "The vote passed by 112 to 64 after a six-hour debate in parliament.",
                        "Related stories",
                        "Talsen unveils plan for electric buses",
                        "Morvian farmers protest over land for motorway",
                        "Construction is expected to begin next spring, with about 4,000 workers employed.",
                        "Critics say the route will damage wetlands that are home to rare birds."));
    }

    @Test
    void teaserSentencesUnderRelatedHeadlinesAreNotBody() {
        assertEquals(List.of(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.RELATED_HEADING, LineRole.RELATED,
                        LineRole.RELATED, LineRole.FURNITURE, LineRole.RELATED),
                roles("Parliament approves new rail link",
                        "Lawmakers in Morvia approved on Monday the construction of a high-speed rail line.",
                        "The vote passed by 112 to 64 after a six-hour debate in parliament.",
                        "More stories",
                        "Talsen unveils plan for electric buses",
                        "Morvian farmers protest over land for motorway",
                        "Farmers say they were offered too little for fields taken by the state.",
                        "Ferry strike ends after nine days"));
    }

    @Test
    void imageInsideTheBodyLeavesTheParagraphsAlone() {
        String caption = "Rescue teams search the rubble of a collapsed hotel in Velma on Tuesday.";
        assertEquals(List.of(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.CAPTION, LineRole.CREDIT, LineRole.BODY),
                roles("Hotel collapses in Velma after quake",
                        "An earthquake of magnitude 5.9 struck the province of Velma early on Tuesday, officials said.",
                        "At least 12 people were rescued from a collapsed hotel in the provincial capital.",
                        caption,
                        caption + " Maria Lenz/Reuters",
                        "Schools in the province will stay closed until engineers have inspected them."));
    }

    @Test
    void menuAboveTheHeadlineAndTeasersBelowTheStoryAreFurniture() {
        assertEquals(List.of(LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE,
                        LineRole.TITLE, LineRole.BYLINE, LineRole.BODY, LineRole.BODY, LineRole.BODY,
                        LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE),
                roles("Kestrel News",
                        "World",
                        "Business",
                        "Ferry strike ends after nine days",
                        "Harbour city votes to ban cruise ships from the old port",
                        "By Sofia Marant",
                        "Voters in Bellmare approved a ban on large cruise ships in the old port on Sunday.",
                        "Almost 64 percent of those who voted supported the measure, officials said.",
                        "The ban takes effect next year and covers ships with more than 1,000 passengers.",
                        "Talsen Unveils Plan For Electric Buses",
                        "Morvian Farmers Protest Over Land",
                        "Storm Leaves Thousands Without Power",
                        "Contact us"));
    }

    @Test
    void readersCommentsUnderTheStoryAreNotBody() {
        List<LineRole> roles = roles("Harbour city votes to ban cruise ships",
                "Voters in Bellmare approved a ban on large cruise ships in the old port on Sunday.",
                "Almost 64 percent of those who voted supported the measure, officials said.",
                "12 Comments",
                "Leave a reply",
                "Marta K.",
                "About time, the old town was packed every summer and nobody could get around.",
                "Reply");
        assertEquals(List.of(LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.FURNITURE, LineRole.FURNITURE,
                LineRole.FURNITURE, LineRole.FURNITURE, LineRole.FURNITURE), roles);
    }

    @Test
    void anArticleThatIsOneListIsBody() {
        List<LineRole> roles = roles("Home",
                "Release Notes for Version 1.8",
                "+ Added a new stone block with smooth variants",
                "+ Added iron trapdoors that open with redstone",
                "+ Villagers now harvest crops and plant new ones",
                "+ Doors and fences now come in every wood type");
        assertEquals(List.of(LineRole.FURNITURE, LineRole.TITLE, LineRole.BODY, LineRole.BODY, LineRole.BODY,
                LineRole.BODY), roles);
    }
}
