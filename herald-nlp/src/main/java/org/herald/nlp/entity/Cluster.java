package org.herald.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herald.model.analysis.EntityType;
import org.herald.model.analysis.Mention;

/** An entity being built from its mentions while one article is read; not shared between calls. */
final class Cluster {
    final EntityType type;
    final String key;
    String name;
    Optional<String> title = Optional.empty();
    Optional<String> country = Optional.empty();
    Optional<Genders.Gender> gender = Optional.empty();
    /** Linked like any person but no entity of the article: a lone given name ("Andrew") that no full name explains. */
    boolean hidden;
    final List<Mention> mentions = new ArrayList<>();
    final List<String> names = new ArrayList<>();

    Cluster(EntityType type, String key, String name) {
        this.type = type;
        this.key = key;
        this.name = name;
    }

    /** Adds a name; the canonical name is the fullest form seen ("Sergei Lavrov" over "Lavrov", "Beijing" over a
     * dateline's "BEIJING"). */
    void addName(String text) {
        names.add(text);
        boolean shouting = name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.length() > 3;
        if (text.length() > name.length() || (text.length() == name.length() && shouting)) name = text;
    }

    void addRole(Role role) {
        if (title.isEmpty()) title = role.title();
        if (country.isEmpty()) country = role.country();
    }

    int firstStart() {
        return mentions.get(0).span().start();
    }
}
