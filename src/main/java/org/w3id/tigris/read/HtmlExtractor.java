package org.w3id.tigris.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The main content of an HTML page as plain text, with the page's metadata.
 * <p>
 * The content is the page's {@code <main>} (or {@code [role=main]}), else its
 * {@code <article>}s, else its body; navigation, page headers and footers, asides, scripts,
 * styles, forms and embeds are dropped. Each block element becomes a paragraph of its own,
 * separated by a blank line, so a headline and the paragraphs under it are separate lines.
 * Every traversal is iterative: pages nested thousands of elements deep do not overflow the stack.
 */
final class HtmlExtractor {
    /** What a page holds. */
    record HtmlContent(String text, Optional<String> title, Optional<String> url, Optional<LocalDate> published) {
    }

    private static final String NOISE = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, button, select, input, textarea, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search]";

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "blockquote", "section", "article", "header", "footer", "main", "aside", "nav",
            "figure", "figcaption", "table", "thead", "tbody", "tfoot", "tr", "caption", "pre", "address", "hr",
            "center", "details", "summary", "form", "fieldset", "legend", "body", "picture");

    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    private HtmlExtractor() {
    }

    /** The charset a page declares in its first kilobytes, if any and if this Java knows it. */
    static Optional<Charset> declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find())
            return Optional.empty();
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static HtmlContent extract(String html) {
        Document doc = Jsoup.parse(html);
        Optional<String> title = firstNonBlank(meta(doc, "meta[property=og:title]"), Optional.of(doc.title()),
                doc.selectFirst("h1") == null ? Optional.empty() : Optional.of(doc.selectFirst("h1").text()));
        Optional<String> url = firstNonBlank(attribute(doc, "link[rel=canonical]", "abs:href"),
                attribute(doc, "link[rel=canonical]", "href"), meta(doc, "meta[property=og:url]"))
                .filter(u -> u.startsWith("http://") || u.startsWith("https://"));
        List<Element> roots = contentRoots(doc);
        Optional<LocalDate> published = published(doc, roots);

        StringBuilder text = new StringBuilder();
        Element outsideHeadline = headlineOutside(doc, roots);
        if (outsideHeadline != null)
            text.append(outsideHeadline.text()).append("\n\n");
        for (Element root : roots) {
            removeNoise(root);
            NodeTraversor.traverse(new BlockText(text), root);
            text.append("\n\n");
        }
        return new HtmlContent(tidy(text), title, url, published);
    }

    private static List<Element> contentRoots(Document doc) {
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null)
            return List.of(main);
        Elements articles = doc.select("article");
        List<Element> outermost = new ArrayList<>();
        for (Element article : articles)
            if (article.parents().stream().noneMatch(p -> p.nameIs("article")))
                outermost.add(article);
        if (!outermost.isEmpty())
            return outermost;
        return List.of(doc.body() != null ? doc.body() : doc);
    }

    /** A page headline ({@code h1}) placed above the content root, or null. */
    private static Element headlineOutside(Document doc, List<Element> roots) {
        for (Element root : roots)
            if (root.selectFirst("h1") != null || root == doc.body())
                return null;
        Element h1 = doc.selectFirst("h1");
        return h1 != null && !h1.text().isBlank() ? h1 : null;
    }

    private static void removeNoise(Element root) {
        root.select(NOISE).remove();
        // A page header is noise unless it holds the headline; a form is noise unless the
        // site wraps its whole page in one.
        for (Element header : root.select("header"))
            if (header.selectFirst("h1") == null)
                header.remove();
        for (Element form : root.select("form"))
            if (form.selectFirst("h1") == null && form.select("p").size() < 3)
                form.remove();
    }

    private static Optional<LocalDate> published(Document doc, List<Element> roots) {
        for (String query : List.of("meta[property=article:published_time]", "meta[name=article:published_time]",
                "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
                "meta[name=dc.date.issued]", "meta[name=dc.date]", "meta[name=date]")) {
            Optional<LocalDate> date = meta(doc, query).flatMap(IsoDates::parse);
            if (date.isPresent())
                return date;
        }
        for (Element root : roots) {
            Element time = root.selectFirst("time[datetime]");
            if (time != null) {
                Optional<LocalDate> date = IsoDates.parse(time.attr("datetime"));
                if (date.isPresent())
                    return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(Document doc, String query) {
        return attribute(doc, query, "content");
    }

    private static Optional<String> attribute(Document doc, String query, String attribute) {
        Element e = doc.selectFirst(query);
        return e == null ? Optional.empty() : Optional.of(e.attr(attribute));
    }

    @SafeVarargs
    private static Optional<String> firstNonBlank(Optional<String>... candidates) {
        for (Optional<String> candidate : candidates) {
            Optional<String> cleaned = candidate.map(TextCleaner::clean).map(s -> s.replaceAll("\\s+", " "))
                    .filter(s -> !s.isBlank());
            if (cleaned.isPresent())
                return cleaned;
        }
        return Optional.empty();
    }

    /** Trims every line and leaves at most one blank line between paragraphs. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int blank = 0;
        for (String line : raw.toString().split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0)
                out.append(blank > 0 ? "\n\n" : "\n");
            out.append(trimmed);
            blank = 0;
        }
        return out.toString();
    }

    /** Collects text, collapsing whitespace as a browser does and breaking lines at blocks. */
    private static final class BlockText implements NodeVisitor {
        private final StringBuilder out;
        private boolean spacePending;

        BlockText(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendCollapsed(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                    spacePending = false;
                } else if (BLOCKS.contains(tag)) {
                    paragraphBreak();
                } else if (tag.equals("td") || tag.equals("th")) {
                    spacePending = true;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName()))
                paragraphBreak();
        }

        private void paragraphBreak() {
            out.append("\n\n");
            spacePending = false;
        }

        private void appendCollapsed(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                // HTML collapses ASCII whitespace only; a no-break space is kept as written
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    spacePending = true;
                } else {
                    if (spacePending && out.length() > 0 && out.charAt(out.length() - 1) != '\n')
                        out.append(' ');
                    spacePending = false;
                    out.append(c);
                }
            }
        }
    }
}
