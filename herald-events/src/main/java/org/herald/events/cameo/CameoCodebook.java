package org.herald.events.cameo;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.herald.model.lexicon.Lexicon;

/**
 * Every CAMEO event code with its label, Goldstein score (GDELT table), quad class and PLOVER conversion, read from
 * {@code cameo-codes.tsv} and {@code cameo-plover.tsv} (sources and licences in their headers). Immutable, so one
 * instance serves every thread.
 *
 * <pre>{@code
 * CameoCode c = CameoCodebook.load().require("163");   // Impose embargo, boycott, or sanctions, -8.0, quad 4, COERCE
 * }</pre>
 */
public final class CameoCodebook {
    private final Map<String, CameoCode> codes;

    private CameoCodebook(Map<String, CameoCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** Reads both tables; fails with {@code file:line} on a bad row and when a code lacks its PLOVER conversion. */
    public static CameoCodebook load() {
        Map<String, List<String>> plover = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(CameoCodebook.class, "cameo-plover.tsv", 4, 4)) {
            plover.put(row.get(0), row);
        }
        Map<String, CameoCode> codes = new LinkedHashMap<>();
        for (List<String> row : Lexicon.rows(CameoCodebook.class, "cameo-codes.tsv", 3, 3)) {
            String code = row.get(0);
            List<String> p = plover.get(code);
            if (p == null) throw new IllegalStateException("cameo-plover.tsv: no PLOVER conversion for " + code);
            codes.put(code, new CameoCode(code, row.get(1), Double.parseDouble(row.get(2)), quadClass(code),
                    p.get(1), dash(p.get(2)), dash(p.get(3)).map(c -> Arrays.asList(c.split(";"))).orElse(List.of())));
        }
        plover.keySet().removeAll(codes.keySet());
        if (!plover.isEmpty()) throw new IllegalStateException("cameo-plover.tsv: codes not in the codebook: " + plover.keySet());
        return new CameoCodebook(codes);
    }

    /**
     * The GDELT quad class of a code, from its root: 01–05 verbal cooperation (1), 06–08 material cooperation (2),
     * 09–13 verbal conflict (3), 14–20 material conflict (4).
     *
     * @throws IllegalArgumentException for a code whose root is not 01–20
     */
    public static int quadClass(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) throw new IllegalArgumentException("no CAMEO root " + code);
        if (root <= 5) return 1;
        if (root <= 8) return 2;
        if (root <= 13) return 3;
        return 4;
    }

    public Optional<CameoCode> find(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    /** @throws IllegalArgumentException when the codebook has no such code */
    public CameoCode require(String code) {
        CameoCode c = codes.get(code);
        if (c == null) throw new IllegalArgumentException("unknown CAMEO code: " + code);
        return c;
    }

    /** Every code in codebook order. */
    public List<CameoCode> codes() {
        return List.copyOf(codes.values());
    }

    private static Optional<String> dash(String cell) {
        return cell.isEmpty() || cell.equals("-") ? Optional.empty() : Optional.of(cell);
    }
}
