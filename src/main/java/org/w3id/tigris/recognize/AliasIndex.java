package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names to gazetteer keys: a trie over word keys ({@link Word#key()}), so a name is found
 * whatever its spelling variant, with each alias word's case requirement checked on the
 * text: an acronym matches only as written ("US" is not "us"), a capitalised word only
 * capitalised, a lower-case word in any case. Built once, then read-only.
 */
final class AliasIndex {
    /** An alias key's leading article, compiled once: every alias of the gazetteers is keyed at start-up. */
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    /** What an alias word demands of the text word it matches. */
    enum CaseRule { ANY, CAPITAL, EXACT }

    /** One alias's entry: the key it names and what it asks of the text. */
    record Target(String key, CaseRule[] rules, String[] folded, int specificity) {
        boolean accepts(List<Word> words, int from) {
            for (int i = 0; i < rules.length; i++) {
                Word w = words.get(from + i);
                switch (rules[i]) {
                    case EXACT -> {
                        if (!w.folded().equals(folded[i])) {
                            return false;
                        }
                    }
                    case CAPITAL -> {
                        if (!w.isCapitalized()) {
                            return false;
                        }
                    }
                    case ANY -> { }
                }
            }
            return true;
        }

        /** Whether the text spells every word as the alias does, case and diacritics aside. */
        boolean spelledAs(List<Word> words, int from) {
            for (int i = 0; i < folded.length; i++) {
                if (!words.get(from + i).folded().equalsIgnoreCase(folded[i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Words {@code [from, to)} name every key of {@code keys}; {@code spelledAsWritten} when
     * they are spelled as those aliases are, not only alike after transliteration folding.
     */
    record Match(int from, int to, List<String> keys, boolean spelledAsWritten) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>();
        final List<Target> targets = new ArrayList<>(1);
    }

    private final Node root;

    private AliasIndex(Node root) {
        this.root = root;
    }

    /**
     * The longest alias starting at word {@code from}; among the aliases of that length that
     * the text's case allows, those whose case rules are the most specific.
     */
    Optional<Match> longestAt(List<Word> words, int from) {
        Node node = root;
        Match best = null;
        for (int i = from; i < words.size(); i++) {
            if (i > from && !words.get(i).gapBefore().joinsName()) {
                break;
            }
            node = node.children.get(words.get(i).key());
            if (node == null) {
                break;
            }
            Match here = accepted(node, words, from, i + 1);
            if (here != null) {
                best = here;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The keys of a node's aliases the text's case allows: those spelled as written win over
     * those matched by folding only ("Harari" is the region, not the city of Harare), then the
     * most specific case rules.
     */
    private static Match accepted(Node node, List<Word> words, int from, int to) {
        int bestRank = -1;
        List<String> keys = new ArrayList<>(1);
        boolean spelled = false;
        for (Target t : node.targets) {
            if (!t.accepts(words, from)) {
                continue;
            }
            boolean exact = t.spelledAs(words, from);
            int rank = (exact ? 1000 : 0) + t.specificity();
            if (rank > bestRank) {
                bestRank = rank;
                spelled = exact;
                keys.clear();
            }
            if (rank == bestRank && !keys.contains(t.key())) {
                keys.add(t.key());
            }
        }
        return keys.isEmpty() ? null : new Match(from, to, keys, spelled);
    }

    /** Collects aliases, then freezes them into an index. */
    static final class Builder {
        private final Node root = new Node();
        private final WordScanner scanner;
        private int size;

        Builder(WordScanner scanner) {
            this.scanner = scanner;
        }

        /** Adds an alias of {@code key}, and its form without inner "al-" particles. */
        Builder add(String alias, String key) {
            return add(scanner.scan(alias), key);
        }

        /** The same for an alias already scanned (the place index scans each name once). */
        Builder add(List<Word> words, String key) {
            if (!words.isEmpty() && words.get(0).surface().equals("the") && words.size() > 1) {
                words = words.subList(1, words.size());
            }
            if (words.isEmpty()) {
                return this;
            }
            addWords(words, key);
            if (words.size() >= 2) {
                List<Word> withoutParticles = new ArrayList<>(words.size());
                withoutParticles.add(words.get(0));
                for (Word w : words.subList(1, words.size())) {
                    if (!isArticle(w)) {
                        withoutParticles.add(w);
                    }
                }
                if (withoutParticles.size() < words.size() && withoutParticles.size() >= 2) {
                    addWords(withoutParticles, key);
                }
            }
            return this;
        }

        private static boolean isArticle(Word w) {
            String s = w.lower();
            return s.equals("al") || s.equals("el") || s.equals("ul");
        }

        private void addWords(List<Word> words, String key) {
            CaseRule[] rules = new CaseRule[words.size()];
            String[] folded = new String[words.size()];
            int specificity = 0;
            Node node = root;
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                rules[i] = ruleOf(w);
                folded[i] = w.folded();
                specificity += rules[i] == CaseRule.EXACT ? 2 : rules[i] == CaseRule.CAPITAL ? 1 : 0;
                node = node.children.computeIfAbsent(w.key(), k -> new Node());
            }
            for (Target t : node.targets) {
                if (t.key().equals(key) && java.util.Arrays.equals(t.rules(), rules)
                        && java.util.Arrays.equals(t.folded(), folded)) {
                    return;
                }
            }
            node.targets.add(new Target(key, rules, folded, specificity));
            size++;
        }

        /** Acronyms and words with inner capitals ("DoD") match as written. */
        static CaseRule ruleOf(Word w) {
            String f = w.folded();
            boolean letters = f.chars().anyMatch(Character::isLetter);
            if (!letters) {
                return CaseRule.ANY;
            }
            if (f.length() >= 2 && w.isAllCaps()) {
                return CaseRule.EXACT;
            }
            for (int i = 1; i < f.length(); i++) {
                if (Character.isUpperCase(f.charAt(i)) && Character.isLowerCase(f.charAt(i - 1))) {
                    return f.length() <= 6 ? CaseRule.EXACT : CaseRule.CAPITAL;
                }
            }
            return Character.isUpperCase(f.charAt(0)) ? CaseRule.CAPITAL : CaseRule.ANY;
        }

        /** An alias's word keys, a leading "the" aside: two aliases with one key name one thing. */
        String keyOf(String alias) {
            StringBuilder sb = new StringBuilder();
            for (Word w : scanner.scan(alias)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.key());
            }
            return LEADING_THE.matcher(sb).replaceFirst("");
        }

        /** An alias's key with the case each word demands: two aliases with one signature cannot be told apart. */
        String signatureOf(String alias) {
            StringBuilder sb = new StringBuilder();
            for (Word w : scanner.scan(alias)) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                switch (ruleOf(w)) {
                    case EXACT -> sb.append('=').append(w.folded());
                    case CAPITAL -> sb.append('^').append(w.key());
                    case ANY -> sb.append(w.key());
                }
            }
            return LEADING_THE.matcher(sb).replaceFirst("");
        }

        int size() {
            return size;
        }

        AliasIndex build() {
            return new AliasIndex(root);
        }
    }
}
