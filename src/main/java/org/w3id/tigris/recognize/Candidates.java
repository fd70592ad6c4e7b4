package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The candidates of one document, at most one over any word. */
final class Candidates {
    private final List<ScannedSentence> sentences;
    private final List<Candidate> all = new ArrayList<>();
    private final Candidate[][] owner;

    Candidates(List<ScannedSentence> sentences) {
        this.sentences = sentences;
        this.owner = new Candidate[sentences.size()][];
        for (ScannedSentence s : sentences) {
            owner[s.index()] = new Candidate[s.words().size()];
        }
    }

    List<ScannedSentence> sentences() {
        return sentences;
    }

    boolean covered(int sentence, int word) {
        return owner[sentence][word] != null;
    }

    boolean anyCovered(int sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (owner[sentence][i] != null) {
                return true;
            }
        }
        return false;
    }

    Optional<Candidate> at(int sentence, int word) {
        return Optional.ofNullable(owner[sentence][word]);
    }

    /** Adds a candidate over free words; returns false (and adds nothing) if a word is taken. */
    boolean add(Candidate c) {
        if (anyCovered(c.sentence(), c.from(), c.to())) {
            return false;
        }
        all.add(c);
        for (int i = c.from(); i < c.to(); i++) {
            owner[c.sentence()][i] = c;
        }
        return true;
    }

    void remove(Candidate c) {
        if (all.remove(c)) {
            for (int i = c.from(); i < c.to(); i++) {
                if (owner[c.sentence()][i] == c) {
                    owner[c.sentence()][i] = null;
                }
            }
        }
    }

    /** Replaces every candidate overlapping {@code c} by {@code c}. */
    void replace(Candidate c) {
        for (int i = c.from(); i < c.to(); i++) {
            Candidate old = owner[c.sentence()][i];
            if (old != null) {
                remove(old);
            }
        }
        add(c);
    }

    /** All candidates in text order. */
    List<Candidate> inOrder() {
        List<Candidate> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Candidate::begin).thenComparingInt(Candidate::end));
        return sorted;
    }
}
