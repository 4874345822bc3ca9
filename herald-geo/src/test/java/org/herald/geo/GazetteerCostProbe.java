package org.herald.geo;

/** Prints load time and retained heap of the gazetteer: {@code java -cp … org.herald.geo.GazetteerCostProbe}. */
final class GazetteerCostProbe {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Gazetteer g = Gazetteer.load();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.gc();
        long after = rt.totalMemory() - rt.freeMemory();
        System.out.println(g.size() + " places, loaded in " + ms + " ms, retained about "
                + (after - before) / (1024 * 1024) + " MB");
    }
}
