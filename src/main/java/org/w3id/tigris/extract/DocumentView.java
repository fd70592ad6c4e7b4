package org.w3id.tigris.extract;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.resolve.ResolvedMention;

/** One document as extraction sees it: articles of sentences, mentions, entities, quotations. */
final class DocumentView {
    final String text;
    final Optional<LocalDate> published;
    final List<ArticleView> articles;
    final List<ResolvedMention> mentions;
    final Map<String, Entity> entities;
    final List<Quotation> quotations;
    private final Lexicon lexicon;

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

    /** The quotation containing {@code offset}, if any. */
    Optional<Quotation> quotationAt(int offset) {
        for (Quotation q : quotations)
            if (q.contains(offset))
                return Optional.of(q);
        return Optional.empty();
    }

    /** Mentions lying within {@code [begin, end)}. */
    List<ResolvedMention> mentionsIn(int begin, int end) {
        List<ResolvedMention> out = new ArrayList<>();
        for (ResolvedMention m : mentions)
            if (m.mention().begin() >= begin && m.mention().end() <= end)
                out.add(m);
        return out;
    }

    /** The entity of a country the document names, by the country's English name. */
    Optional<Entity> country(String name) {
        String key = norm(name);
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
        String country = norm(countryName);
        List<String> adjectives = new ArrayList<>();
        lexicon.demonyms.forEach((demonym, c) -> {
            if (norm(c).equals(country))
                adjectives.add(norm(demonym));
        });
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
        lexicon.demonyms.forEach((demonym, c) -> {
            if (norm(c).equals(norm(country.label())))
                countryNames.add(demonym);
        });
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
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[‘’'`.]", "").replaceAll("[^a-z0-9]+", " ").strip()
                .replaceFirst("^the ", "");
    }
}
