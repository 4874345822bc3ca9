package org.herald.events.cameo;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One CAMEO event code and what it converts to.
 *
 * @param code the code with its leading zeros: "01" (root), "036", "0311"
 * @param label the codebook's short label ("Express intent to meet or negotiate")
 * @param goldstein conflict-cooperation score, -10 to +10 (GDELT table)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover PLOVER event type ("CONSULT"), or {@link #NO_PLOVER} for the CAMEO 01 and 02 codes PLOVER dropped
 * @param ploverMode PLOVER mode when the conversion gives one ("visit", "release")
 * @param ploverContext PLOVER contexts the conversion gives ("military", "economic")
 */
public record CameoCode(String code, String label, double goldstein, int quadClass, String plover,
                        Optional<String> ploverMode, List<String> ploverContext) {
    /** The PLOVER type of codes PLOVER does not code: CAMEO 01 (statements) and 02 (appeals). */
    public static final String NO_PLOVER = "NONE";

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(ploverMode, "ploverMode");
        ploverContext = List.copyOf(ploverContext);
        if (!code.matches("\\d{2,4}")) throw new IllegalArgumentException("bad CAMEO code: " + code);
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("Goldstein out of range: " + goldstein);
        if (quadClass < 1 || quadClass > 4) throw new IllegalArgumentException("quad class must be 1..4: " + quadClass);
    }

    /**
     * The label as a reader sees it, in sentence case: the codebook writes roots in capitals ("FIGHT") and a few
     * codes in lower case ("fight with artillery and tanks"); both become "Fight …".
     */
    public String name() {
        String lower = label.equals(label.toUpperCase(Locale.ROOT)) ? label.toLowerCase(Locale.ROOT) : label;
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The two-digit root category: "036" → "03". */
    public String root() {
        return code.substring(0, 2);
    }

    /** Whether PLOVER codes this event at all (it drops CAMEO's statements and appeals). */
    public boolean inPlover() {
        return !plover.equals(NO_PLOVER);
    }
}
