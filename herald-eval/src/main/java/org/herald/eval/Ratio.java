package org.herald.eval;

import java.util.Locale;

/** A count out of a total, printed with both so a reader sees how many cases a score rests on. */
record Ratio(int count, int total) {

    double value() {
        return total == 0 ? 0 : (double) count / total;
    }

    Ratio plus(Ratio other) {
        return new Ratio(count + other.count, total + other.total);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), count, total);
    }
}
