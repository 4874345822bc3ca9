package org.herald.watch;

/** Small news articles written for these tests: enough paragraphs for the extractor to find a body. */
final class Pages {
    private Pages() {}

    /** An article page; {@code published} goes into the page's metadata when not null. */
    static String article(String title, String published) {
        String meta = published == null ? ""
                : "<meta property=\"article:published_time\" content=\"" + published + "\">";
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            body.append("<p>").append(title).append(": paragraph ").append(i).append(" of a sample article written"
                    + " for the watcher tests. The harbour council of Port Emsa met on Monday to discuss the new"
                    + " ferry timetable, and the mayor told reporters that the plan would be published soon.</p>\n");
        }
        return "<!doctype html><html><head><title>" + title + "</title>" + meta + "</head><body><article><h1>"
                + title + "</h1>\n" + body + "</article></body></html>";
    }
}
