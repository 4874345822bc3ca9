package org.herald.store.contract;


import org.herald.store.StoredArticle;

/**
 * News texts written for the story tests (samples, not real articles): one wire story about a bank fine, a copy of
 * it a second site ran with a new headline and a word or two changed, another site's own report of the same fine,
 * and a different event at the same bank (job cuts) a day later.
 */
public final class StorySamples {
    private StorySamples() {}

    public static final String FINE_LEAD = "Regulators fined Tessaro Bank 310 million euros on Tuesday for failing to stop"
            + " money laundering through its branches in Malta and Cyprus, the European Banking Authority said.";
    public static final String FINE_REST = "The authority found that Tessaro ignored warnings about 4,200 suspicious"
            + " transfers between 2017 and 2021. Chief executive Marta Vidal said the bank accepted the penalty and"
            + " had replaced its compliance team. Tessaro shares fell 3 percent in Milan after the announcement. The"
            + " fine is the largest the authority has imposed on a single lender.";
    public static final String FINE_COPY_LEAD = FINE_LEAD;
    public static final String FINE_COPY_REST = "The authority found that Tessaro had ignored warnings about 4,200"
            + " suspicious transfers between 2017 and 2021. Chief executive Marta Vidal said the bank accepted the"
            + " penalty and had replaced its compliance team. Tessaro shares fell 3 percent in Milan after the"
            + " announcement. Reporting by wire staff.";

    public static final String FINE = "Regulators fined Tessaro Bank 310 million euros on Tuesday for failing to stop money"
            + " laundering through its branches in Malta and Cyprus, the European Banking Authority said. The"
            + " authority found that Tessaro ignored warnings about 4,200 suspicious transfers between 2017 and 2021."
            + " Chief executive Marta Vidal said the bank accepted the penalty and had replaced its compliance team."
            + " Tessaro shares fell 3 percent in Milan after the announcement. The fine is the largest the authority"
            + " has imposed on a single lender.";

    /** The wire text as a second site ran it: a word changed, the last sentence cut, a footer added. */
    public static final String FINE_COPY = "Regulators fined Tessaro Bank 310 million euros on Tuesday for failing to stop"
            + " money laundering through its branches in Malta and Cyprus, the European Banking Authority said. The"
            + " authority found that Tessaro had ignored warnings about 4,200 suspicious transfers between 2017 and"
            + " 2021. Chief executive Marta Vidal said the bank accepted the penalty and had replaced its compliance"
            + " team. Tessaro shares fell 3 percent in Milan after the announcement. Reporting by wire staff.";

    /** The same fine in another site's own words: the same story, not a copy. */
    public static final String FINE_REWRITE = "Tessaro Bank must pay a 310 million euro penalty after the European Banking"
            + " Authority ruled on Tuesday that it let criminals launder money through its Malta and Cyprus branches."
            + " Investigators counted 4,200 suspicious transfers from 2017 to 2021 that Tessaro failed to report."
            + " Marta Vidal, the chief executive, said Tessaro accepted the penalty and had hired a new compliance"
            + " team. The shares lost 3 percent in Milan.";

    public static final String JOB_CUTS = "Tessaro Bank will cut 2,000 jobs and close 150 branches in Italy by the end of"
            + " next year, the lender said on Wednesday, as it moves customers to its mobile app. Unions called a"
            + " strike for Friday and said the plan would hit small towns in the south hardest. The bank said most"
            + " of the cuts would come through early retirement. Tessaro employs 31,000 people, 12,000 of them in"
            + " Italy.";

    public static StoredArticle article(String id, String site, String title, String body, String published) {
        return ArticleFixture.article(id, body).title(title).site(site).published(published).build();
    }

    public static StoredArticle wire() {
        return article("wire", "wire.example", "Tessaro Bank fined 310 million euros over money laundering", FINE,
                "2024-05-07T09:00:00Z");
    }

    public static StoredArticle copy() {
        return article("copy", "paper.example", "EU regulator fines Tessaro Bank over laundering", FINE_COPY,
                "2024-05-07T11:30:00Z");
    }

    public static StoredArticle rewrite() {
        return article("rewrite", "daily.example", "Tessaro to pay record penalty", FINE_REWRITE,
                "2024-05-07T15:00:00Z");
    }

    public static StoredArticle jobCuts() {
        return article("cuts", "paper.example", "Tessaro Bank to cut 2,000 jobs and close 150 branches", JOB_CUTS,
                "2024-05-08T10:00:00Z");
    }
}
