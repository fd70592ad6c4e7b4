package org.w3id.tigris.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads search-box input: words and "quoted phrases", all of which must occur, combined with
 * {@code AND}, {@code OR}, {@code NOT} (upper case, as in Lucene; {@code AND} binds tighter),
 * parentheses, and {@code -word} for "without". Input that is not a well-formed query of that
 * kind (a dangling operator, an unbalanced parenthesis, nothing but negations) is read as
 * plain words, the operator words among them: every input has an answer, never an error.
 */
final class SearchParser {
    private final List<String> tokens;
    private int position;

    private SearchParser(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The input as a query; empty input (or only punctuation) gives an empty expression. */
    static SearchExpression parse(String input) {
        List<String> tokens = tokens(input);
        return new SearchParser(tokens).expression().filter(SearchExpression::isPositive)
                .orElseGet(() -> plainWords(tokens));
    }

    private Optional<SearchExpression> expression() {
        try {
            SearchExpression e = any();
            return position == tokens.size() ? Optional.of(e) : Optional.empty();
        } catch (Malformed m) {
            return Optional.empty();
        }
    }

    private SearchExpression any() {
        List<SearchExpression> parts = new ArrayList<>(List.of(all()));
        while (accept("OR")) {
            parts.add(all());
        }
        return parts.size() == 1 ? parts.get(0) : new SearchExpression.Any(parts);
    }

    /** Adjacent parts, with or without AND between them. */
    private SearchExpression all() {
        List<SearchExpression> parts = new ArrayList<>(List.of(unary()));
        while (position < tokens.size() && !peek("OR") && !peek(")")) {
            accept("AND");
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new SearchExpression.All(parts);
    }

    private SearchExpression unary() {
        if (accept("NOT")) {
            return new SearchExpression.Without(unary());
        }
        if (accept("(")) {
            SearchExpression inner = any();
            if (!accept(")")) {
                throw new Malformed();
            }
            return inner;
        }
        if (position >= tokens.size()) {
            throw new Malformed();
        }
        String token = tokens.get(position++);
        if (token.equals(")") || SearchExpression.OPERATORS.contains(token)) {
            throw new Malformed();
        }
        if (token.length() > 1 && token.startsWith("-")) {
            return new SearchExpression.Without(term(token.substring(1)));
        }
        return term(token.length() > 1 && token.startsWith("+") ? token.substring(1) : token);
    }

    private static SearchExpression.Term term(String token) {
        boolean phrase = token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"");
        return new SearchExpression.Term(phrase ? token.substring(1, token.length() - 1) : token, phrase);
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private boolean accept(String token) {
        if (peek(token)) {
            position++;
            return true;
        }
        return false;
    }

    /** Every word and phrase must occur; parentheses and signs are dropped. */
    static SearchExpression plainWords(List<String> tokens) {
        return new SearchExpression.All(tokens.stream()
                .filter(t -> !t.equals("(") && !t.equals(")"))
                .map(t -> t.length() > 1 && (t.startsWith("-") || t.startsWith("+")) ? t.substring(1) : t)
                .map(t -> (SearchExpression) term(t))
                .toList());
    }

    /** Splits the input into words, "phrases" (kept with their quotes) and parentheses. */
    static List<String> tokens(String input) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = input.length();
        while (i < n) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else if (c == '"' && input.indexOf('"', i + 1) > i + 1) {
                int close = input.indexOf('"', i + 1);
                tokens.add(input.substring(i, close + 1));
                i = close + 1;
            } else if (c == '"') {
                i++; // a stray or empty quote starts no phrase
            } else {
                int start = i;
                while (i < n && !Character.isWhitespace(input.charAt(i)) && "()\"".indexOf(input.charAt(i)) < 0) {
                    i++;
                }
                tokens.add(input.substring(start, i));
            }
        }
        return tokens;
    }

    /** Not a query of the operators' grammar: read as plain words instead. */
    private static final class Malformed extends RuntimeException {
        Malformed() {
            super(null, null, false, false);
        }
    }
}
