package org.herald.events.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.herald.events.actor.ActorNames.Owner;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Entity;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;
import org.herald.model.lexicon.Lexicon;
import org.herald.nlp.entity.EntityFinder;
import org.herald.nlp.entity.Places;
import org.herald.nlp.text.Dependency;
import org.herald.nlp.text.Sentence;
import org.herald.nlp.text.Token;

/**
 * Codes a noun phrase as a CAMEO actor from Herald's own tables: an owner (country, organisation or bloc) followed by an
 * agent (sector) code.
 * <ul>
 *   <li>a name that is an actor on its own: "NATO" → IGOWSTNAT, "Russia" → RUS, "the Kremlin" → RUSGOV, "the West" →
 *       WST; a capital is its country, as PETRARCH codes it: "Moscow denies" → RUS (not RUSGOV);</li>
 *   <li>owner + agent: "Russian troops" → RUSMIL, "Ukraine's president" → UKRGOV, "NATO forces" → IGOWSTNATMIL,
 *       "Western officials" → WSTGOV; an organisation's officials are the organisation: "UN officials" → IGOUNO;</li>
 *   <li>a person or organisation entity by its title and country: "Lavrov" (Foreign Minister, RUS) → RUSGOV; with a
 *       country and no agent, the country alone;</li>
 *   <li>an agent with no owner alone, as GDELT does: "the rebels" → REB; an owner with no agent only when the head
 *       names people ("the Russians" → RUS), since "Russian gas" is no actor.</li>
 * </ul>
 * Tables are loaded once by the constructor; instances are immutable and thread-safe.
 */
public final class DictionaryActorCoder implements ActorCoding {
    private static final int LONGEST_AGENT = 3;
    private static final int LONGEST_DEMONYM = 3;
    /** Agents whose "of" phrase names whom they oppose, and so their country: "critics of the Kenyan government". */
    private static final Set<String> OF_OWNED = Set.of("OPP");
    /** CAMEO's agent code for business: companies and their people. */
    private static final String COMPANY = "BUS";
    /** CAMEO's elites: former office holders, who no longer act for their government, army or parliament. */
    private static final String ELITE = "ELI";
    private static final Set<String> OFFICES = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
    private static final Set<String> FORMER =
            Set.copyOf(Lexicon.words(EntityFinder.class, EntityFinder.FORMER_WORDS));

    private final ActorTables tables;
    private final ActorNames names;
    private final PetrarchActors petrarch;
    private final Places places;

    /** Loads the country tables of {@code herald-nlp} and this package's tables; fails at once on a bad row. */
    public DictionaryActorCoder() {
        this(Places.load());
    }

    /** Uses already loaded country tables, to share them with the {@code EntityFinder}'s. */
    public DictionaryActorCoder(Places places) {
        this(places, ActorSettings.defaults());
    }

    /**
     * Also reads the settings' PETRARCH-format dictionaries, consulted for a phrase Herald's tables cannot code, before
     * the Phoenix names Herald ships ({@code actors-phoenix.tsv}). Lines malformed in those files are skipped, as
     * PETRARCH skips them.
     */
    public DictionaryActorCoder(Places places, ActorSettings settings) {
        this.tables = ActorTables.load();
        this.places = places;
        this.names = new ActorNames(Objects.requireNonNull(places, "places"), tables);
        PetrarchActors bundled = PetrarchActors.bundled();
        this.petrarch = settings.petrarchActors().isEmpty() ? bundled
                : PetrarchActors.load(settings.petrarchActors(), bad -> { }).then(bundled);
    }

    /** Codes the phrase without a date: dated dictionary entries then give only their unrestricted codes. */
    @Override
    public Optional<Actor> code(Sentence sentence, int head, List<Entity> entities) {
        return code(sentence, head, entities, Optional.empty());
    }

    @Override
    public Optional<Actor> code(Sentence sentence, int head, List<Entity> entities, LocalDate date) {
        return code(sentence, head, entities, Optional.of(date));
    }

    private Optional<Actor> code(Sentence sentence, int head, List<Entity> entities, Optional<LocalDate> date) {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(entities, "entities");
        NounPhrase phrase = NounPhrase.of(sentence, head);
        Optional<Entity> entity = entityAt(sentence.tokens().get(head), entities);
        Optional<String> code = codeOf(phrase, entity, entities, date);
        if (code.isEmpty()) code = petrarchCode(phrase, date);
        return code.map(c -> new Actor(phrase.name(), c, entity.map(Entity::id)));
    }

    // After our own tables, so that a loaded dictionary adds names and never changes what Herald codes already.
    private Optional<String> petrarchCode(NounPhrase phrase, Optional<LocalDate> date) {
        if (petrarch.isEmpty()) return Optional.empty();
        List<Integer> span = phrase.tokens().stream().sorted().toList();
        List<Token> words = span.stream().map(i -> phrase.sentence().tokens().get(i)).toList();
        return petrarch.code(words, span.indexOf(phrase.head()), date);
    }

    @Override
    public Optional<Actor> uncodedPeople(Sentence sentence, int head) {
        Token t = sentence.tokens().get(head);
        if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP")) return Optional.empty();
        if (!tables.isPeopleNoun(t.lemma()) && !tables.isPeopleNoun(t.text())) return Optional.empty();
        return Optional.of(new Actor(NounPhrase.of(sentence, head).name(), "", Optional.empty()));
    }

    /** An agent code alone, which no country code is: "COP" for "the police", not "RUS" or "RUSCOP". */
    @Override
    public boolean isOwnerless(String code) {
        return tables.isAgentCode(code) && places.countryName(code).isEmpty();
    }

    /**
     * A country name or capital ("[Kenya]", "[Nairobi]", "the [United] [States]"), another listed city ("[Mombasa]"),
     * a demonym or people noun ("[Kenyan]", "[Kenyans]"): the places the text puts an ownerless agent in. Only
     * capitalised words are looked up, so "turkey" the bird is never Turkey.
     */
    @Override
    public Optional<String> countryNamedAt(Sentence sentence, int token) {
        Token t = sentence.tokens().get(token);
        if (t.text().isEmpty() || !Character.isUpperCase(t.text().codePointAt(0))) return Optional.empty();
        Optional<String> named = names.named(sentence, token).map(Owner::code).filter(this::isCountry);
        if (named.isPresent()) return named;
        Optional<String> city = places.city(t.text()).map(Places.City::country);
        if (city.isPresent()) return city;
        return names.modifier(t.text()).map(Owner::code).filter(this::isCountry);
    }

    private boolean isCountry(String code) {
        return places.countryName(code).isPresent();
    }

    /**
     * One actor per conjunct that codes, in text order: "France and Germany" → [FRA, DEU]; "the US and its allies" →
     * [USA] ("its allies" has no owner of its own). Empty when none codes.
     */
    public List<Actor> codeAll(Sentence sentence, int head, List<Entity> entities) {
        List<Actor> out = new ArrayList<>();
        code(sentence, head, entities).ifPresent(out::add);
        for (Dependency d : sentence.children(head)) {
            if (d.relation().startsWith("conj")) code(sentence, d.dependent(), entities).ifPresent(out::add);
        }
        return out;
    }

    private Optional<String> codeOf(NounPhrase phrase, Optional<Entity> entity, List<Entity> entities,
                                    Optional<LocalDate> date) {
        Predicate<List<Integer>> longerName = partOfLongerName(phrase, entities);
        Optional<Owner> named = names.named(phrase.sentence(), phrase.head(), longerName);
        if (named.isPresent()) return Optional.of(named.get().code());
        Optional<String> agent = agent(phrase, entity).map(a -> isFormer(phrase, entity) && OFFICES.contains(a) ? ELITE : a);
        Optional<Owner> owner = owner(phrase, entity, entities, longerName);
        // "Alibaba spokesperson Jane Lee", "Acme Holdings Ltd said": a company's people are business, not a government.
        if (isCompany(phrase, entity, entities)) agent = Optional.of(COMPANY);
        if (agent.isPresent() && owner.isPresent()) return Optional.of(join(owner.get(), agent.get()));
        if (agent.isPresent() && OF_OWNED.contains(agent.get())) {
            // "opponents of [Putin]'s government" → RUSOPP: the side they stand against names their country.
            Optional<String> country = phrase.ofModifier()
                    .flatMap(of -> code(phrase.sentence(), of, entities, date))
                    .map(a -> a.code().length() >= 3 ? a.code().substring(0, 3) : "")
                    .filter(this::isCountry);
            if (country.isPresent()) return Optional.of(country.get() + agent.get());
        }
        // "[Daesh] positions", "[PKK] targets": a holding with an owner and no agent is the owner's.
        boolean holding = tables.isHolding(phrase.headToken().lemma());
        if (owner.isPresent() && (isPersonOrGroup(entity) || namesPeople(phrase.headToken()) || holding)) {
            return Optional.of(owner.get().code());
        }
        if (agent.isPresent() && !agent.get().equals(ActorTables.NO_AGENT)) return agent;
        // "Sergei Lavrov, Russia's foreign minister": the apposition codes what the name alone does not.
        for (int appos : phrase.dependents("appos")) {
            Optional<Actor> a = code(phrase.sentence(), appos, entities, date);
            if (a.isPresent()) return Optional.of(a.get().code());
        }
        // "a group of [Yoruba leaders]", "thousands of [Iraqi Kurds]": the people after "of" are the actor.
        if (tables.isPartitive(phrase.headToken().lemma())) {
            Optional<Integer> of = phrase.ofModifier();
            if (of.isPresent()) return code(phrase.sentence(), of.get(), entities, date).map(Actor::code);
            // "the [Islamic State] group", "the [Wagner] group": a group named by its name is that name's.
            if (owner.isPresent() && phrase.headToken().lemma().equalsIgnoreCase("group") && namedByCompound(phrase)) {
                return Optional.of(owner.get().code());
            }
        }
        // "a report [by Amnesty International] accused Syria": the report speaks for whoever wrote it; "a car
        // bombing [by the Islamic State group] killed 75": the act for whoever did it.
        boolean deed = tables.isDeed(phrase.headToken().lemma());
        if (deed || tables.isDocument(phrase.headToken().lemma())) {
            Optional<Integer> author = deed ? phrase.modifier("by") : phrase.modifier("by", "from");
            if (author.isPresent()) return code(phrase.sentence(), author.get(), entities, date).map(Actor::code);
        }
        return Optional.empty();
    }

    private static boolean namedByCompound(NounPhrase phrase) {
        return phrase.dependents("compound").stream()
                .anyMatch(i -> phrase.sentence().tokens().get(i).pos().startsWith("NNP"));
    }

    private static String join(Owner owner, String agent) {
        if (owner.withAgent() || agent.equals(ActorTables.NO_AGENT)) return owner.code();
        if (owner.isOrganization() && agent.equals("GOV")) return owner.code();
        return owner.code() + agent;
    }

    // The head's own words first ("the Defence Ministry"), then a title written before a name ("[Foreign Minister]
    // Sergei Lavrov", "UN [Secretary-General] Antonio Guterres"), then the entity's title from elsewhere in the article.
    private Optional<String> agent(NounPhrase phrase, Optional<Entity> entity) {
        // A person's name is no title: "Gayle [King]" is no king, "[Bishop]" no cleric.
        Optional<String> own = isNamePart(phrase.headToken(), entity) ? Optional.empty()
                : agentEndingAt(phrase, phrase.head());
        if (own.isPresent()) return own;
        // "the Polish [head of state]", "the [secretary of state]": a title whose head comes first.
        Optional<String> titled = agentStartingAt(phrase, phrase.head());
        if (titled.isPresent()) return titled;
        Optional<String> holder = holderOf(phrase);
        if (holder.isPresent()) return holder;
        Optional<String> members = membersOf(phrase);
        if (members.isPresent()) return members;
        if (phrase.headToken().pos().startsWith("NNP")) {
            List<Integer> before = phrase.tokens().stream().filter(i -> i < phrase.head()).toList();
            for (int k = before.size() - 1; k >= 0; k--) {
                Optional<String> a = agentEndingAt(phrase, before.get(k));
                if (a.isPresent()) return a;
            }
        }
        return entity.flatMap(e -> e.title().filter(t -> e.country().isPresent() || !isGoBetween(t)))
                .flatMap(this::agentOfTitle);
    }

    // "[former] Prime Minister Isa Mustafa", "the [ex-]president", or a title the article gave as a former one
    // ("Ranil Wickremesinghe, the former prime minister, … Wickremesinghe said").
    private boolean isFormer(NounPhrase phrase, Optional<Entity> entity) {
        boolean written = phrase.tokens().stream().filter(i -> i < phrase.head())
                .anyMatch(i -> FORMER.contains(phrase.sentence().tokens().get(i).text().toLowerCase(Locale.ROOT)));
        if (written) return true;
        if (!isNamePart(phrase.headToken(), entity)) return false;
        return entity.flatMap(Entity::title).filter(t -> t.toLowerCase(Locale.ROOT).startsWith("former ")).isPresent();
    }

    // Tagged a person's name here, or the word of the name of the person the phrase was found to be ("King asked
    // Scott" after "Gayle King").
    private static boolean isNamePart(Token t, Optional<Entity> entity) {
        if (!t.pos().startsWith("NNP")) return false;
        if ("PERSON".equals(t.ner())) return true;
        return entity.filter(e -> e.type() == EntityType.PERSON)
                .filter(e -> List.of(e.name().split(" ")).contains(t.text())).isPresent();
    }

    // "Spokesperson", "Senior Adviser": the title's last word is a go-between's (go-betweens.tsv), who is a
    // government's only beside a country.
    private boolean isGoBetween(String title) {
        String[] words = titleWords(title);
        return tables.isGoBetween(words[words.length - 1]);
    }

    // "Secretary-General" → "secretary", "general".
    private static String[] titleWords(String title) {
        return title.toLowerCase(Locale.ROOT).split("[\\s-]+");
    }

    // Longest words first: "security forces" → COP before "forces" → MIL; the last word as written or as its lemma.
    private Optional<String> agentEndingAt(NounPhrase phrase, int end) {
        Token last = phrase.sentence().tokens().get(end);
        for (int k = LONGEST_AGENT; k >= 1; k--) {
            int from = end - k + 1;
            if (from < 0 || !phrase.tokens().contains(from)) continue;
            String words = ActorNames.words(phrase.sentence(), range(from, end));
            Optional<String> a = tables.agent(words);
            if (a.isEmpty()) a = tables.agent(words.substring(0, words.length() - last.text().length()) + last.lemma());
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    // "an [army] camp", "a [police] headquarters", "[rebel]-held areas": a holding is the side its modifier names.
    private Optional<String> holderOf(NounPhrase phrase) {
        if (!tables.isHolding(phrase.headToken().lemma())) return Optional.empty();
        Sentence sentence = phrase.sentence();
        for (int m : phrase.dependents("compound", "amod")) {
            Optional<String> a = agentOfWord(sentence.tokens().get(m));
            if (a.isPresent()) return a;
            // "rebel-held": the holder hangs under the participle.
            for (Dependency d : sentence.children(m)) {
                if (d.relation().startsWith("obl") || d.relation().startsWith("compound")
                        || d.relation().startsWith("nsubj")) {
                    Optional<String> under = agentOfWord(sentence.tokens().get(d.dependent()));
                    if (under.isPresent()) return under;
                }
            }
        }
        return Optional.empty();
    }

    // "Syrian [opposition] members", "[army] contingent": a partitive head is the side its compound names.
    private Optional<String> membersOf(NounPhrase phrase) {
        if (!tables.isPartitive(phrase.headToken().lemma())) return Optional.empty();
        for (int m : phrase.dependents("compound")) {
            Optional<String> a = agentOfWord(phrase.sentence().tokens().get(m));
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private Optional<String> agentOfWord(Token t) {
        return tables.agent(t.text()).or(() -> tables.agent(t.lemma())).filter(a -> !a.equals(ActorTables.NO_AGENT));
    }

    // Longest first: "head of state" → GOV; only windows of two words or more (one is agentEndingAt's).
    private Optional<String> agentStartingAt(NounPhrase phrase, int start) {
        for (int k = LONGEST_AGENT; k >= 2; k--) {
            int end = start + k - 1;
            if (end >= phrase.sentence().tokens().size() || !phrase.tokens().containsAll(range(start, end))) continue;
            Optional<String> a = tables.agent(ActorNames.words(phrase.sentence(), range(start, end)));
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) out.add(i);
        return out;
    }

    // "Foreign Minister" → "foreign minister" or, failing that, its words from the last: "Secretary of State" →
    // "state" names no agent, "secretary" does.
    private Optional<String> agentOfTitle(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        Optional<String> whole = tables.agent(lower).filter(a -> !a.equals(ActorTables.NO_AGENT));
        if (whole.isPresent()) return whole;
        String[] words = titleWords(title);
        for (int i = words.length - 1; i >= 0; i--) {
            Optional<String> a = tables.agent(words[i]).filter(c -> !c.equals(ActorTables.NO_AGENT));
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    // The entity's country, else the first word of the phrase that names one: "[Russia]'s army", "[Russian] troops",
    // "[US] troops", "the president of [Russia]", "[NATO] forces", "[Western] powers".
    private Optional<Owner> owner(NounPhrase phrase, Optional<Entity> entity, List<Entity> entities,
                                  Predicate<List<Integer>> longerName) {
        if (isPersonOrGroup(entity) && entity.get().country().isPresent()) {
            return Optional.of(new Owner(entity.get().country().get(), false));
        }
        // Names before adjectives: "the [European Union]'s envoy" is the EU's, not Europe's.
        List<Integer> others = phrase.tokens().stream().filter(i -> i != phrase.head()).toList();
        Set<Integer> otherSide = otherSideOf(phrase);
        if (!otherSide.isEmpty()) others = others.stream().filter(i -> !otherSide.contains(i)).toList();
        Optional<Owner> named = names.namedWithin(phrase.sentence(), others, longerName);
        if (named.isPresent()) return named;
        // "the [Trump] administration", "[Putin]'s government": a person the article places (title, leaders table)
        // lends the phrase their country.
        for (Dependency d : phrase.sentence().children(phrase.head())) {
            if (!d.relation().startsWith("compound") && !d.relation().equals("nmod:poss")) continue;
            if (otherSide.contains(d.dependent())) continue;
            // A pronoun is no evidence: "[his] Georgian counterpart" is the other side's man, not the speaker's.
            if (phrase.sentence().tokens().get(d.dependent()).pos().startsWith("PRP")) continue;
            Optional<Entity> e = entityAt(phrase.sentence().tokens().get(d.dependent()), entities);
            if (isPersonOrGroup(e) && e.get().country().isPresent() && !isCompanyEntity(e.get())) {
                return Optional.of(new Owner(e.get().country().get(), false));
            }
        }
        // "[Kurdish] fighters", "[Shiite] militias"; but "[Christian] Wulff" is a first name, not a faith.
        boolean person = entity.map(e -> e.type() == EntityType.PERSON).orElse(false);
        // "[South Korean] government", "[North Korean] troops": a demonym of two or three words before its parts,
        // whose last word alone is another country's or a continent's ("Korean", "African").
        Optional<Owner> demonym = ActorNames.overRuns(others, LONGEST_DEMONYM, 2,
                run -> names.modifier(ActorNames.words(phrase.sentence(), run)));
        if (demonym.isPresent()) return demonym;
        for (int i : others) {
            String word = phrase.sentence().tokens().get(i).text();
            Optional<Owner> o = names.modifier(word);
            if (o.isEmpty() && !person) o = names.people(word);
            if (o.isPresent()) return o;
        }
        return namesPeople(phrase.headToken()) && !person ? peopleOf(phrase.headToken()) : Optional.empty();
    }

    // "[Kyiv]'s European allies", "the rivals [of the ruling party]": the words of the side a relational noun is
    // related to, which give the phrase no country.
    private Set<Integer> otherSideOf(NounPhrase phrase) {
        if (!tables.isRelational(phrase.headToken().lemma())) return Set.of();
        Set<Integer> out = new HashSet<>();
        List<Integer> related = new ArrayList<>(phrase.dependents("nmod:poss"));
        phrase.ofModifier().ifPresent(related::add);
        for (int d : related) out.addAll(NounPhrase.of(phrase.sentence(), d).tokens());
        return out;
    }

    // "the Russians", "the Ukrainians": a noun made of a demonym; "Western" as an adjective is not one. "the Kurds",
    // "Sunnis": a noun that names an ethnic or religious group.
    private boolean namesPeople(Token head) {
        return head.pos().startsWith("NN") && peopleOf(head).isPresent();
    }

    private Optional<Owner> peopleOf(Token head) {
        return names.modifier(head.text()).or(() -> names.people(head.text()));
    }

    /**
     * Refuses a window of words that lies inside a longer name (an entity mention, not a country's) that does not
     * include the phrase's head: "[New Mexico] officials" must not find Mexico in it, nor "[Kowloon West] district"
     * the West. A name that includes the head keeps its words ("[Kenya Defence Forces]" are Kenya's), except a
     * person's name, which never says their country ("Steve [West]", "[Virginia] Giuffre"), and a bloc that is no country
     * ("Avanti [West] Coast"; "[Montana] Republicans" stay American).
     */
    private Predicate<List<Integer>> partOfLongerName(NounPhrase phrase, List<Entity> entities) {
        List<Token> tokens = phrase.sentence().tokens();
        Token head = phrase.headToken();
        return window -> {
            int start = tokens.get(window.get(0)).span().start();
            int end = tokens.get(window.get(window.size() - 1)).span().end();
            for (Entity e : entities) {
                if (e.type() == EntityType.COUNTRY || e.type() == EntityType.NATIONALITY) continue;
                for (Mention m : e.mentions()) {
                    boolean covers = m.span().start() <= start && m.span().end() >= end
                            && m.span().end() - m.span().start() > end - start;
                    if (!covers) continue;
                    if (!m.span().overlaps(head.span()) || e.type() == EntityType.PERSON) return true;
                    if (isBlocOnly(ActorNames.words(phrase.sentence(), window))) return true;
                }
            }
            return false;
        };
    }

    // A bloc that is no country: "West", "Europe"; a US state ("[Montana] Republicans") stands for the USA.
    private boolean isBlocOnly(String words) {
        return tables.bloc(words).filter(b -> !isCountry(b.code())).isPresent();
    }

    // The head or a name modifying it is a company: "[Acme Holdings Ltd] said", "[Alibaba] spokesperson Jane Lee".
    private boolean isCompany(NounPhrase phrase, Optional<Entity> entity, List<Entity> entities) {
        if (entity.filter(this::isCompanyEntity).isPresent()) return true;
        for (int i : phrase.tokens()) {
            if (i == phrase.head()) continue;
            Optional<Entity> e = entityAt(phrase.sentence().tokens().get(i), entities);
            if (e.filter(this::isCompanyEntity).isPresent()) return true;
        }
        return false;
    }

    private boolean isCompanyEntity(Entity e) {
        return e.type() == EntityType.ORGANIZATION && tables.isCompany(e.name());
    }

    private static boolean isPersonOrGroup(Optional<Entity> entity) {
        return entity.map(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION).orElse(false);
    }

    private static Optional<Entity> entityAt(Token head, List<Entity> entities) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.span().overlaps(head.span())) return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
