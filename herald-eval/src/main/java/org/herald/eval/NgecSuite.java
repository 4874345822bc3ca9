package org.herald.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.herald.model.lexicon.Lexicon;

/**
 * Reads the NGEC synthetic stories ({@code shared/eval/events/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv})
 * in place: the story {@code text}, its PLOVER {@code label} and {@code mode} from the prompt template. Only the text
 * is coded; the {@code title} template and the {@code prompt} would give the label away (README), so the template
 * only decides which half of the split a story is in.
 */
final class NgecSuite {
    static final String FILE = "gpt_synthetic_events_2023-10-19_19.csv";

    private NgecSuite() {}

    /**
     * One story.
     *
     * @param template the headline template the story was written from ("Over Half of {country_1} Teachers Now Out on
     *                 Wildcat Strike"): the key of the dev / held-out split, so that no template has stories in both
     *                 halves (the ~14 stories of one template share their wording, and a split by text would put
     *                 near-copies of a tuned story in the held-out half)
     * @param type the PLOVER event type ("ASSAULT"); the prompts' REQUEST, PLOVER's older name for DEMAND, is read as
     *             DEMAND, the name cameo-plover.tsv gives it
     * @param mode the PLOVER mode, lower-cased and spelt as PLOVER spells it ("aerial"), or "" when the prompt gave none
     */
    record Story(String text, String template, String type, String mode) {}

    static List<Story> read(Path dir) {
        Map<String, String> spellings = Lexicon.rows(NgecSuite.class, "ngec-mode-spellings.tsv", 2, 2).stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
        List<List<String>> rows = Csv.read(dir.resolve(FILE));
        List<String> header = rows.get(0);
        int text = header.indexOf("text"), title = header.indexOf("title"), label = header.indexOf("label"), mode = header.indexOf("mode");
        List<Story> stories = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(Math.max(text, title), Math.max(label, mode))) continue;
            String m = row.get(mode).strip().toLowerCase(Locale.ROOT);
            String type = row.get(label).strip();
            stories.add(new Story(row.get(text).strip(), row.get(title).strip(), type.equals("REQUEST") ? "DEMAND" : type,
                    spellings.getOrDefault(m, m)));
        }
        return stories;
    }

    /** {@code n} cases evenly spaced in their order (all of them when there are no more than {@code n}). */
    static <T> List<T> sample(List<T> cases, int n) {
        if (n <= 0 || n >= cases.size()) return cases;
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < n; i++) picked.add(cases.get((int) ((long) i * cases.size() / n)));
        return picked;
    }
}
