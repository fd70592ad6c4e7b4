package org.w3id.tigris.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.time.DateMention;
import org.w3id.tigris.time.DateResolver;

/** One document as extraction sees it: articles of sentences, mentions, entities, quotations. */
final class DocumentView {
    final String text;
    final Optional<LocalDate> published;
    final List<ArticleView> articles;
    final List<ResolvedMention> mentions;
    final Map<String, Entity> entities;
    final List<Quotation> quotations;
    // compiled once: norm runs for every name compared, many times per document
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    private static final Pattern QUOTE_OR_DOT = Pattern.compile("[‘’'`.]");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private final Lexicon lexicon;
    // per-document memos: one view serves one call on one thread
    private final Map<String, Optional<Entity>> countries = new HashMap<>();
    private final Map<String, Optional<Entity>> governments = new HashMap<>();
    private final Map<DateSpan, List<DateMention>> dates = new HashMap<>();

    private record DateSpan(int begin, int end, Optional<LocalDate> reference) {
    }

    DocumentView(ExtractionInput input, Lexicon lexicon) {
        this.text = input.text();
        this.published = input.published();
        this.lexicon = lexicon;
        List<ResolvedMention> sorted = new ArrayList<>(input.mentions());
        sorted.sort(Comparator.comparingInt((ResolvedMention m) -> m.mention().begin())
                .thenComparingInt(m -> -m.mention().end()));
        this.mentions = List.copyOf(sorted);
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (ResolvedMention m : sorted)
            byId.putIfAbsent(m.entity().id(), m.entity());
        this.entities = byId;
        this.quotations = Quotation.find(text);
        List<ArticleView> views = new ArrayList<>();
        for (AnnotatedArticle a : input.articles())
            views.add(new ArticleView(this, a, views.size()));
        this.articles = List.copyOf(views);
    }

    Lexicon lexicon() {
        return lexicon;
    }

    /** The quotation containing {@code offset}, if any (quotations are in text order and never overlap). */
    Optional<Quotation> quotationAt(int offset) {
        int lo = 0;
        int hi = quotations.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Quotation q = quotations.get(mid);
            if (offset < q.begin())
                hi = mid - 1;
            else if (offset >= q.end())
                lo = mid + 1;
            else
                return Optional.of(q);
        }
        return Optional.empty();
    }

    /** Quotations that open within {@code [begin, end)}, in text order. */
    List<Quotation> quotationsOpeningIn(int begin, int end) {
        int lo = 0;
        int hi = quotations.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotations.get(mid).begin() < begin)
                lo = mid + 1;
            else
                hi = mid;
        }
        List<Quotation> out = new ArrayList<>();
        for (int i = lo; i < quotations.size() && quotations.get(i).begin() < end; i++)
            out.add(quotations.get(i));
        return out;
    }

    /** Mentions lying within {@code [begin, end)}, in text order. */
    List<ResolvedMention> mentionsIn(int begin, int end) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) { // the first mention starting at or after begin
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).mention().begin() < begin)
                lo = mid + 1;
            else
                hi = mid;
        }
        List<ResolvedMention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).mention().begin() < end; i++)
            if (mentions.get(i).mention().end() <= end)
                out.add(mentions.get(i));
        return out;
    }

    /**
     * The date expressions of {@code text[begin, end)} ({@link DateResolver#find}), found once:
     * a sentence's events and each of its claims ask for the same span.
     */
    List<DateMention> dates(int begin, int end, Optional<LocalDate> reference) {
        return dates.computeIfAbsent(new DateSpan(begin, end, reference),
                k -> List.copyOf(lexicon.dates.find(text, begin, end, reference)));
    }

    /** The entity of a country the document names, by the country's English name. */
    Optional<Entity> country(String name) {
        return countries.computeIfAbsent(norm(name), this::findCountry);
    }

    private Optional<Entity> findCountry(String key) {
        for (Entity e : entities.values()) {
            if (e.type() != EntityType.COUNTRY)
                continue;
            if (norm(e.label()).equals(key) || e.aliases().stream().anyMatch(a -> norm(a).equals(key)))
                return Optional.of(e);
        }
        for (ResolvedMention m : mentions)
            if (m.entity().type() == EntityType.COUNTRY && norm(m.mention().text()).equals(key))
                return Optional.of(m.entity());
        return Optional.empty();
    }

    /** The government body of a country the document names ("the Iraqi government"), if any. */
    Optional<Entity> government(String countryName) {
        return governments.computeIfAbsent(norm(countryName), this::findGovernment);
    }

    private Optional<Entity> findGovernment(String country) {
        List<String> adjectives = new ArrayList<>();
        for (String demonym : lexicon.demonymsOf(country))
            adjectives.add(norm(demonym));
        for (Entity e : entities.values()) {
            if (e.type() != EntityType.GOVERNMENT_BODY)
                continue;
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.label());
            for (String n : names) {
                String s = norm(n);
                if (!s.contains("government"))
                    continue;
                if (s.contains(country) || adjectives.stream().anyMatch(s::contains))
                    return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Whether a body's name contains a country's name, alias or adjective ("US Central Command"). */
    boolean namesCountry(Entity body, Entity country) {
        List<String> countryNames = new ArrayList<>(country.aliases());
        countryNames.add(country.label());
        countryNames.addAll(lexicon.demonymsOf(norm(country.label())));
        List<String> bodyNames = new ArrayList<>(body.aliases());
        bodyNames.add(body.label());
        for (String b : bodyNames) {
            String padded = " " + norm(b) + " ";
            for (String c : countryNames)
                if (!norm(c).isEmpty() && padded.contains(" " + norm(c) + " "))
                    return true;
        }
        return false;
    }

    static String norm(String s) {
        String d = MARK.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        d = NOT_ALPHANUMERIC.matcher(QUOTE_OR_DOT.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
        return LEADING_THE.matcher(d.strip()).replaceFirst("");
    }
}
