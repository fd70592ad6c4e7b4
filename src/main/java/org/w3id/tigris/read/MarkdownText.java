package org.w3id.tigris.read;

import java.util.regex.Pattern;

/**
 * The prose of a Markdown document: heading markers, setext underlines and rules are
 * dropped and links keep only their words ({@code [Reuters](https://…)} → {@code Reuters}),
 * so a headline is a plain line and URLs do not become tokens. Everything else is kept.
 */
final class MarkdownText {
    private static final Pattern ATX_HEADING = Pattern.compile("(?m)^[ ]{0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern RULE_OR_UNDERLINE = Pattern.compile("(?m)^[ ]{0,3}(?:=+|(?:[-*_][ \\t]*){3,})[ \\t]*$");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)");

    private MarkdownText() {
    }

    static String of(String markdown) {
        String text = ATX_HEADING.matcher(markdown).replaceAll("$1");
        text = RULE_OR_UNDERLINE.matcher(text).replaceAll("");
        return LINK.matcher(text).replaceAll("$1");
    }
}
