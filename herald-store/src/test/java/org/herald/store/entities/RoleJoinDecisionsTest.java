package org.herald.store.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.herald.model.Article;
import org.herald.model.analysis.Analysis;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.nlp.entity.Places;
import org.herald.store.EntityKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The join decisions of surname-only mentions by role (#12), one table: people stored under a surname (made up here,
 * written as the store's name terms), a new "Senator Smith" or "Coach Smith" resolved through
 * {@link EntityResolver#resolve} (titles normalised as the store normalises them, fields from
 * {@code role-fields.tsv}, {@link EntityResolver#choose}), and the store entity it must get; then the same stored
 * people asked again by {@link SurnameJoins#toPutAgain}, which must name exactly the surname-only terms whose
 * decision changed. No evaluation data: every row is written here, from the cases issue 12 names ("Senator Smith"
 * is not "coach John Smith") and the rule's own tiers (the very role, then the role's field, then most articles
 * when the rest could be one person).
 */
class RoleJoinDecisionsTest {
    private static final EntityKeys KEYS = new EntityKeys();
    private static final Places PLACES = Places.load();

    /** A full name stored under its own key: given names, role as a title reads ("Head Coach"), country, articles. */
    private static Stored full(String name, String title, String country, long articles) {
        String[] words = name.split(" ");
        String surname = KEYS.normalise(words[words.length - 1]);
        List<String> given = new ArrayList<>();
        for (int i = 0; i < words.length - 1; i++) given.add(KEYS.normalise(words[i]));
        return new Stored(new NameTerm(surname, KEYS.key(EntityType.PERSON, name), given, country,
                title.isEmpty() ? "" : KEYS.normalise(title)), articles);
    }

    /** A surname-only mention stored under {@code key} (its own, or the full name it joined), with this title. */
    private static Stored surnameOnly(String surname, String key, String title, String country, long articles) {
        return new Stored(new NameTerm(KEYS.normalise(surname), key, List.of(), country,
                title.isEmpty() ? "" : KEYS.normalise(title)), articles);
    }

    private record Stored(NameTerm term, long articles) {}

    /** The people an in-memory store holds, found by surname as the Lucene store's terms dictionary finds them. */
    private record People(List<Stored> stored) implements StoredPeople {
        @Override
        public List<Named> withSurname(String surname) {
            return stored.stream().filter(s -> s.term().surname().equals(surname))
                    .map(s -> new Named(s.term(), s.articles())).toList();
        }
    }

    private static EntityResolver resolver() {
        return new EntityResolver(KEYS, PLACES, new StateBodies(), new PendingNames());
    }

    /** The store id a new article's one person gets: "Smith" with this title ("" none) and country ("" none). */
    private static String resolve(List<Stored> stored, String name, String title, String country) throws IOException {
        Entity person = new Entity("e1", name, EntityType.PERSON, title.isEmpty() ? Optional.empty() : Optional.of(title),
                country.isEmpty() ? Optional.empty() : Optional.of(country), List.of());
        Article article = Article.builder("a").paragraphs(List.of("Reporters saw " + name + " today.")).build();
        Analysis analysis = new Analysis(article, List.of(person), List.of(), List.of(), List.of());
        return resolver().resolve(new People(stored), analysis).get("e1").key();
    }

    private static final Stored COACH_JOHN = full("John Smith", "Coach", "USA", 3);
    private static final Stored SENATOR_MARY = full("Mary Smith", "Senator", "USA", 2);
    private static final String JOHN = "person:john-smith";
    private static final String MARY = "person:mary-smith";
    private static final String APART = "person:smith";

    static Stream<Arguments> decisions() {
        return Stream.of(
                // One full name stored: the mention's role decides whether it may be him.
                Arguments.of("another field's role keeps it apart", List.of(COACH_JOHN), "Senator", "USA", APART),
                Arguments.of("the very role joins", List.of(COACH_JOHN), "Coach", "USA", JOHN),
                Arguments.of("a role of the same field joins (head coach: by its last word)", List.of(COACH_JOHN),
                        "Head Coach", "USA", JOHN),
                Arguments.of("no role is no conflict", List.of(COACH_JOHN), "", "", JOHN),
                Arguments.of("a role the table lacks is no evidence", List.of(COACH_JOHN), "Spokesman", "USA", JOHN),
                Arguments.of("a full name stored with no role conflicts with none",
                        List.of(full("John Smith", "", "USA", 3)), "Senator", "USA", JOHN),
                Arguments.of("another country keeps it apart, whatever the role",
                        List.of(full("John Smith", "Coach", "GBR", 3)), "Coach", "USA", APART),
                Arguments.of("a full name with roles in two fields fits either",
                        List.of(full("John Smith", "Coach", "USA", 2), full("John Smith", "Senator", "USA", 1)),
                        "Senator", "USA", JOHN),
                Arguments.of("law: a judge is a justice", List.of(full("Ann Brown", "Judge", "USA", 1)), "Justice",
                        "USA", "person:ann-brown"),
                Arguments.of("law is not religion", List.of(full("Ann Brown", "Judge", "USA", 1)), "Bishop", "USA",
                        "person:brown"),
                Arguments.of("a minister's title by its head noun",
                        List.of(full("Sergei Lavrov", "Foreign Minister", "RUS", 4)), "Minister", "RUS",
                        "person:sergei-lavrov"),
                // Two full names: the very role, then the field, else they must be one person.
                Arguments.of("of two, the very role wins", List.of(COACH_JOHN, SENATOR_MARY), "Senator", "USA", MARY),
                Arguments.of("of two, the field wins", List.of(COACH_JOHN, SENATOR_MARY), "Governor", "USA", MARY),
                Arguments.of("of two, an abbreviation the table lists (MP) finds the field",
                        List.of(COACH_JOHN, SENATOR_MARY), "MP", "USA", MARY),
                Arguments.of("of two, the other field's role goes to the other", List.of(COACH_JOHN, SENATOR_MARY),
                        "Quarterback", "USA", JOHN),
                Arguments.of("of two, no role cannot choose", List.of(COACH_JOHN, SENATOR_MARY), "", "USA", APART),
                Arguments.of("of two of one field, neither with the very role, the field cannot choose",
                        List.of(SENATOR_MARY, full("Tom Smith", "Governor", "USA", 9)), "Mayor", "USA", APART),
                Arguments.of("of two of one field, the very role still chooses",
                        List.of(SENATOR_MARY, full("Tom Smith", "Governor", "USA", 9)), "Senator", "USA", MARY),
                Arguments.of("of two where only one fits the field, it is chosen though it has fewer articles",
                        List.of(full("Tom Smith", "Coach", "USA", 40), SENATOR_MARY), "Prime Minister", "USA", MARY),
                // What earlier joins brought is no evidence: only full names give a person roles.
                Arguments.of("a role a surname-only join added does not count",
                        List.of(COACH_JOHN, surnameOnly("Smith", JOHN, "Senator", "USA", 5)), "Senator", "USA", APART));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void aSurnameOnlyMentionIsJoinedByRole(String why, List<Stored> stored, String title, String country,
                                           String expected) throws IOException {
        assertEquals(expected, resolve(stored, surnameOf(stored), title, country), why);
    }

    /** The mention's name: the surname of the row's stored people (every row is about one surname). */
    private static String surnameOf(List<Stored> stored) {
        String s = stored.get(0).term().surname();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> putAgain(List<Stored> stored, String surname) throws IOException {
        return SurnameJoins.toPutAgain(new People(stored), surname, resolver()).stream()
                .map(t -> t.key() + " " + t.role()).toList();
    }

    @Test
    public void aSenatorStoredApartStaysApartWhenOnlyACoachIsStored() throws IOException {
        assertEquals(List.of(), putAgain(List.of(COACH_JOHN, surnameOnly("Smith", APART, "Senator", "USA", 1)),
                "smith"));
    }

    @Test
    public void aSenatorStoredApartIsPutAgainOnceASenatorOfTheSurnameIsStored() throws IOException {
        assertEquals(List.of(APART + " senator"), putAgain(List.of(COACH_JOHN, SENATOR_MARY,
                surnameOnly("Smith", APART, "Senator", "USA", 1)), "smith"));
    }

    @Test
    public void aCoachJoinedToTheCoachStaysWhenASenatorArrives() throws IOException {
        assertEquals(List.of(), putAgain(List.of(COACH_JOHN, SENATOR_MARY,
                surnameOnly("Smith", JOHN, "Coach", "USA", 2)), "smith"));
    }

    @Test
    public void aRolelessSurnameJoinedToTheCoachIsTakenBackWhenASenatorArrives() throws IOException {
        assertEquals(List.of(JOHN + " "), putAgain(List.of(COACH_JOHN, SENATOR_MARY,
                surnameOnly("Smith", JOHN, "", "USA", 2)), "smith"));
    }

    @Test
    public void aSenatorWronglyJoinedToTheCoachIsTakenBackAlone() throws IOException {
        // Of the two terms joined to John, only the senator's decision changes: the coach's stays.
        assertEquals(List.of(JOHN + " senator"), putAgain(List.of(COACH_JOHN,
                surnameOnly("Smith", JOHN, "Senator", "USA", 1), surnameOnly("Smith", JOHN, "Coach", "USA", 1)),
                "smith"));
    }

    @Test
    public void aSurnameWithNoFullNameHasNothingToDecide() throws IOException {
        assertEquals(List.of(), putAgain(List.of(surnameOnly("Smith", APART, "Senator", "USA", 3)), "smith"));
    }

    @Test
    public void otherSurnamesAreNotAsked() throws IOException {
        assertEquals(List.of(), putAgain(List.of(COACH_JOHN, SENATOR_MARY,
                surnameOnly("Smith", JOHN, "", "USA", 2)), "jones"));
    }
}
