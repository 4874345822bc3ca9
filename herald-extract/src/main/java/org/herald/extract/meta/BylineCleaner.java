package org.herald.extract.meta;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.herald.extract.date.DateParser;
import org.herald.model.lexicon.Lexicon;

/**
 * Turns a byline as printed ("By Jane Doe and John Roe, Staff Writers | Reuters") into author names
 * ({@code [Jane Doe, John Roe]}). The words it strips are in {@code byline-words.tsv}. Thread-safe.
 */
public final class BylineCleaner {
    /** A name longer than this is a sentence or a headline that was taken for a byline. */
    static final int MAX_NAME_WORDS = 6;
    /** Bylines longer than this are paragraphs; nothing in them is worth splitting. */
    static final int MAX_BYLINE_CHARS = 300;

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern EMAIL = Pattern.compile("\\S+@\\S+\\.\\p{L}{2,}");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\d])@\\w+");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+", FLAGS);
    // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the co-authors in brackets are authors too
    private static final Pattern WITH_IN_BRACKETS = Pattern.compile(
            "\\(\\s*(?:avec|with|mit|con|com|met)\\s+([^)]*)\\)", FLAGS);
    /** Punctuation no person's name contains: a headline or a label was taken for a byline. */
    private static final Pattern NOT_IN_NAMES = Pattern.compile("[:!?\"“”«»]");
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?", FLAGS);
    // "A, B and C", "A & B", "A und B"; a comma before "and" (Oxford comma) leaves an empty piece, dropped later.
    // The short conjunctions of other languages count only in lower case, so "E. Jean Carroll" keeps her initial.
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|\\||•|·|/|&|\\s[-–—]\\s|\\b(?:and|with|avec)\\b|\\s(?-i:und|et|y|e|en|och|og)\\s)\\s*", FLAGS);

    private final DateParser dates;
    private final Pattern prefix;
    private final Pattern stop;
    private final List<Pattern> roles;
    private final NewsAgencies agencies = new NewsAgencies();
    private final Set<String> outlets;
    private final Set<String> outletWords;
    private final Set<String> deskWords;
    private final Pattern rejected;
    private final Set<String> particles;
    private final NameCase nameCase;

    public BylineCleaner(DateParser dates) {
        this.dates = dates;
        List<List<String>> rows = Lexicon.rows(BylineCleaner.class, "byline-words.tsv", 2, 3);
        this.prefix = Pattern.compile("^(?:" + alternation(rows, "prefix") + ")\\b\\s*:?\\s*", FLAGS);
        this.stop = Pattern.compile("(?<![\\p{L}])(?:" + alternation(rows, "stop") + ")(?![\\p{L}]).*$", FLAGS);
        this.roles = phrases(rows, "role").stream()
                .map(r -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(r) + "s?(?![\\p{L}])", FLAGS)).toList();
        this.outlets = Set.copyOf(phrases(rows, "outlet"));
        this.outletWords = Set.copyOf(phrases(rows, "outlet-word"));
        this.deskWords = Set.copyOf(phrases(rows, "desk-word"));
        this.particles = Set.copyOf(phrases(rows, "particle"));
        this.nameCase = new NameCase(particles);
        this.rejected = Pattern.compile("^(?:" + alternation(rows, "reject") + ")(?![\\p{L}])", FLAGS);
    }

    public BylineCleaner() {
        this(new DateParser());
    }

    /** The author names in a byline; empty when it holds none. */
    public List<String> names(String raw) {
        return names(raw, Optional.empty());
    }

    /** The author names in a byline, never the site's own name ({@code "By The Daily Planet"}). */
    public List<String> names(String raw, Optional<String> siteName) {
        return credits(raw, siteName).authors();
    }

    /**
     * The people and agencies a byline credits. Agencies and outlets count as authors only when no person is
     * named: "Jane Doe, Reuters" → authors [Jane Doe], agencies [Reuters]; "By AP &amp; Euronews" → authors
     * [AP, Euronews], agencies [AP]. Names printed in capitals come out in name case.
     */
    public Byline credits(String raw, Optional<String> siteName) {
        if (raw == null || raw.isBlank() || raw.length() > MAX_BYLINE_CHARS) {
            return Byline.NONE;
        }
        String text = normalise(raw);
        text = stripPrefix(text);
        String whole = text.replaceAll("[\\s.,:;|]+$", "").strip();
        // A byline that is only an agency or one of its desks ("By Reuters", "AP", "AP National Security").
        Optional<String> agency = agencies.credited(whole);
        if (agency.isPresent()) {
            return new Byline(agency.stream().toList(), agency.stream().toList());
        }
        text = WITH_IN_BRACKETS.matcher(text).replaceAll(", $1");
        text = EMAIL.matcher(text).replaceAll(" ");
        text = URL.matcher(text).replaceAll(" ");
        text = HANDLE.matcher(text).replaceAll(" ");
        text = stop.matcher(text).replaceAll("");
        text = cutAtDate(text);
        text = TIME.matcher(text).replaceAll(" ");
        Set<String> people = new LinkedHashSet<>();
        Set<String> credited = new LinkedHashSet<>();
        Set<String> agencyNames = new LinkedHashSet<>();
        for (String piece : SEPARATORS.split(text)) {
            // "Reuters Staff" is checked before the role rules would cut it to one word and drop it
            String bare = stripPrefix(piece.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s&&[^.]]+$", ""));
            Optional<String> name = agencies.credited(bare).isPresent() || outlets.contains(bare.toLowerCase(Locale.ROOT))
                    ? Optional.of(bare) : clean(piece, siteName);
            if (name.isEmpty()) {
                continue;
            }
            Optional<String> pieceAgency = agencies.credited(name.get());
            if (pieceAgency.isPresent()) {
                agencyNames.add(pieceAgency.get());
                credited.add(pieceAgency.get());
            } else if (outlets.contains(name.get().toLowerCase(Locale.ROOT)) || endsWith(name.get(), outletWords)) {
                credited.add(nameCase.of(name.get()));
            } else {
                people.add(nameCase.of(name.get()));
            }
        }
        // One word ("Euronews", "Bellingcat") is rarely a person's byline; beside agencies it is another outlet.
        boolean personNamed = people.stream().anyMatch(n -> n.contains(" "));
        List<String> authors = new ArrayList<>(personNamed ? List.of() : credited);
        authors.addAll(people);
        return new Byline(List.copyOf(new LinkedHashSet<>(authors)), List.copyOf(agencyNames));
    }

    /**
     * "Michael Isikoff Trump’s inauguration": capitalised words mixed with lower-case ones other than name particles
     * ("Ludwig van Beethoven") are a phrase. A name written all in lower case ("jdoe") is left alone.
     */
    private boolean isPhrase(String name) {
        String[] words = name.split("\\s+");
        boolean capitalised = false;
        boolean lower = false;
        for (String word : words) {
            if (Character.isUpperCase(word.codePointAt(0))) {
                capitalised = true;
            } else if (Character.isLowerCase(word.codePointAt(0)) && !particles.contains(word)) {
                lower = true;
            }
        }
        return capitalised && lower;
    }

    /**
     * Whether a name is a news agency or an outlet credited like one ("Reuters", "AP", "CNN"), an author only when
     * no person is named.
     */
    public boolean isAgency(String name) {
        String n = normalise(name);
        return agencies.named(n).isPresent() || outlets.contains(n.toLowerCase(Locale.ROOT));
    }

    /** The canonical name of the news agency a name stands for: "The Associated Press" → "AP". */
    public Optional<String> agency(String name) {
        return agencies.named(normalise(name));
    }

    private String stripPrefix(String text) {
        String previous;
        do {
            previous = text;
            text = prefix.matcher(text).replaceFirst("").strip();
        } while (!text.equals(previous));
        return text;
    }

    /** "Jane Doe March 3, 2024" → "Jane Doe": a date ends the names. */
    private String cutAtDate(String text) {
        return dates.findMention(text).map(m -> text.substring(0, m.start())).orElse(text);
    }

    private Optional<String> clean(String piece, Optional<String> siteName) {
        String name = stripPrefix(piece.strip());
        name = name.replaceAll("^[\\p{Punct}&&[^(]]+|[\\p{Punct}&&[^.)]]+$|\\s+\\.$", "").strip();
        if (name.endsWith(")") && name.indexOf('(') < 0 || name.startsWith("(") && name.indexOf(')') < 0) {
            name = name.replaceAll("^\\(|\\)$", "").strip();
        }
        if (name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !name.matches(".*\\p{L}.*") || name.matches(".*\\d.*")) {
            return Optional.empty();
        }
        if (lower.equals("by") || isSite(lower, siteName) || rejected.matcher(lower).find() || endsWith(lower, deskWords)) {
            return Optional.empty();
        }
        if (name.split("\\s+").length > MAX_NAME_WORDS || name.length() < 2 || NOT_IN_NAMES.matcher(name).find()) {
            return Optional.empty();
        }
        return withoutRole(name).filter(n -> !isPhrase(n));
    }

    /**
     * "Jane Doe for The Guardian" → "Jane Doe"; "Washington Correspondent" and "Senior Writer" → nothing, since a
     * single word before a job title is part of the title, not a name.
     */
    private Optional<String> withoutRole(String name) {
        int cut = name.length();
        for (Pattern role : roles) {
            Matcher m = role.matcher(name);
            if (m.find()) {
                cut = Math.min(cut, m.start());
            }
        }
        if (cut == name.length()) {
            return Optional.of(name);
        }
        String head = name.substring(0, cut).replaceAll("[\\p{Punct}\\s]+$", "").strip();
        return head.split("\\s+").length >= 2 ? Optional.of(head) : Optional.empty();
    }

    /** A name of two words or more whose last is one of {@code words}: "JERUSALEM POST", "Metro Desk". */
    private static boolean endsWith(String name, Set<String> words) {
        String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
        return parts.length >= 2 && words.contains(parts[parts.length - 1]);
    }

    private static boolean isSite(String lower, Optional<String> siteName) {
        return siteName.map(s -> s.toLowerCase(Locale.ROOT).strip())
                .filter(s -> !s.isEmpty())
                .map(s -> s.equals(lower) || s.equals("the " + lower) || ("the " + s).equals(lower)
                        || s.replace(" ", "").equals(lower.replace(" ", "")))
                .orElse(false);
    }

    private static String normalise(String raw) {
        return raw.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static List<String> phrases(List<List<String>> rows, String kind) {
        return rows.stream().filter(r -> r.get(0).equals(kind)).map(r -> r.get(1).toLowerCase(Locale.ROOT)).toList();
    }

    private static String alternation(List<List<String>> rows, String kind) {
        List<String> list = new ArrayList<>(phrases(rows, kind));
        list.sort(Comparator.comparingInt(String::length).reversed());
        return list.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
