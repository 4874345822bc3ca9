package org.herald.model.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Optional;
import org.herald.model.analysis.Actor;
import org.herald.model.analysis.Event;
import org.herald.model.analysis.Place;

/**
 * The JSON form of an event: {@code source}/{@code target} {name, code, entity}, {@code cameo}, {@code plover},
 * {@code plover_mode}, {@code goldstein}, {@code quad_class}, {@code mode}, {@code date}, {@code location}
 * {name, country, kind, admin1, lat, lon, geonames_id; each but name null when unknown}, {@code sentence} (its text), {@code start}/{@code end} (the event's words in the body),
 * {@code trigger}, {@code rule} and {@code confidence} (0–1).
 */
final class EventJson {
    private EventJson() {}

    static void write(ObjectNode o, Event e, String body) {
        actor(o.putObject("source"), e.source());
        if (e.target().isPresent()) {
            actor(o.putObject("target"), e.target().get());
        } else {
            o.putNull("target");
        }
        o.put("cameo", e.cameo());
        o.put("plover", e.plover());
        put(o, "plover_mode", e.ploverMode());
        o.put("goldstein", e.goldstein());
        o.put("quad_class", e.quadClass());
        o.put("mode", e.mode().name().toLowerCase(Locale.ROOT));
        put(o, "date", e.date());
        if (e.location().isPresent()) {
            place(o.putObject("location"), e.location().get());
        } else {
            o.putNull("location");
        }
        o.put("sentence", e.sentence().of(body));
        o.put("start", e.span().start());
        o.put("end", e.span().end());
        o.put("trigger", e.trigger());
        o.put("rule", e.evidence().rule());
        o.put("confidence", Math.round(e.confidence() * 1000) / 1000.0);
    }

    private static void place(ObjectNode l, Place p) {
        l.put("name", p.name());
        put(l, "country", p.country());
        l.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
        put(l, "admin1", p.admin1());
        if (p.point().isPresent()) {
            l.put("lat", p.point().get().latitude());
            l.put("lon", p.point().get().longitude());
        } else {
            l.putNull("lat");
            l.putNull("lon");
        }
        if (p.geonamesId().isPresent()) l.put("geonames_id", p.geonamesId().get()); else l.putNull("geonames_id");
    }

    private static void actor(ObjectNode o, Actor a) {
        o.put("name", a.name());
        o.put("code", a.code());
        put(o, "entity", a.entityId());
    }

    private static void put(ObjectNode o, String field, Optional<String> value) {
        if (value.isPresent()) o.put(field, value.get()); else o.putNull(field);
    }
}
