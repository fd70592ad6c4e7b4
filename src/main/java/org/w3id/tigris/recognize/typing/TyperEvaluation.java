package org.w3id.tigris.recognize.typing;

import java.util.Map;
import java.util.TreeSet;

/**
 * The typer's score on held-out names: accuracy overall and per gold type, and the confusion
 * of gold types (rows) with predicted ones (columns).
 */
public record TyperEvaluation(int trainSize, int testSize, Map<String, Map<String, Integer>> confusion) {

    public TyperEvaluation {
        confusion = Map.copyOf(confusion);
    }

    public double accuracy() {
        int right = 0;
        int all = 0;
        for (var row : confusion.entrySet()) {
            right += row.getValue().getOrDefault(row.getKey(), 0);
            all += row.getValue().values().stream().mapToInt(Integer::intValue).sum();
        }
        return all == 0 ? 0 : (double) right / all;
    }

    public double accuracy(String type) {
        Map<String, Integer> row = confusion.getOrDefault(type, Map.of());
        int all = row.values().stream().mapToInt(Integer::intValue).sum();
        return all == 0 ? 0 : (double) row.getOrDefault(type, 0) / all;
    }

    /** A plain-text report: accuracy per type, then the confusion table. */
    public String report() {
        TreeSet<String> types = new TreeSet<>(confusion.keySet());
        confusion.values().forEach(r -> types.addAll(r.keySet()));
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("held-out names: %d (trained on %d)%naccuracy: %.3f%n%n", testSize, trainSize,
                accuracy()));
        sb.append(String.format("%-16s %6s %8s%n", "type", "names", "accuracy"));
        for (String t : types) {
            int n = confusion.getOrDefault(t, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
            sb.append(String.format("%-16s %6d %8.3f%n", t, n, accuracy(t)));
        }
        sb.append(String.format("%nconfusion (rows: gold type, columns: predicted type)%n%-16s", ""));
        for (String t : types) {
            sb.append(String.format(" %7.7s", t));
        }
        sb.append('\n');
        for (String gold : types) {
            sb.append(String.format("%-16s", gold));
            for (String p : types) {
                sb.append(String.format(" %7d", confusion.getOrDefault(gold, Map.of()).getOrDefault(p, 0)));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
