package org.w3id.tigris.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.tigris.extract.Claim;
import org.w3id.tigris.extract.Event;
import org.w3id.tigris.extract.EventType;
import org.w3id.tigris.extract.DocumentExtraction;
import org.w3id.tigris.read.Source;
import org.w3id.tigris.recognize.EntityType;
import org.w3id.tigris.recognize.Mention;
import org.w3id.tigris.resolve.Entity;
import org.w3id.tigris.recognize.GeoPoint;
import org.w3id.tigris.resolve.ResolvedMention;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Segmentation;
import org.w3id.tigris.time.DateValue;

/** A hand-built extraction of a short made-up report, for tests of the RDF and store stages. */
public final class SampleExtraction {
    public static final String HEADLINE = "Drone strike hits convoy near Mosul";
    /** An emoji sits before the second paragraph: offsets after it differ in code points. */
    public static final String TEXT = HEADLINE + "\n\n"
            + "MOSUL, Iraq \uD83D\uDE80 A drone strike killed four fighters of the Islamic State near Mosul"
            + " on Tuesday, the Iraqi army said.\n"
            + "\"We will not stop,\" the army spokesman said.\n";

    public static final Entity MOSUL = new Entity("mosul", "Mosul", EntityType.CITY, Optional.of("Q83317"),
            Optional.of("99072"), Optional.of(new GeoPoint(36.335, 43.11889, "https://sws.geonames.org/99072/")), Optional.of("iraq"),
            Set.of("Al Mawsil"));
    public static final Entity IRAQ = new Entity("iraq", "Iraq", EntityType.COUNTRY, Optional.of("Q796"),
            Optional.empty(), Optional.empty(), Optional.empty(), Set.of());
    public static final Entity ISLAMIC_STATE = new Entity("islamic-state", "Islamic State", EntityType.ARMED_GROUP,
            Optional.of("Q2429253"), Optional.empty(), Optional.empty(), Optional.empty(), Set.of("ISIS"));
    public static final Entity IRAQI_ARMY = new Entity("iraqi-army", "Iraqi Army", EntityType.GOVERNMENT_BODY,
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of());

    private SampleExtraction() {
    }

    public static DocumentExtraction of(String name) {
        return of(name, TEXT);
    }

    /** The same facts over a text that must begin with {@link #TEXT} (a changed version of it). */
    public static DocumentExtraction of(String name, String text) {
        Source source = new Source(name, text, Optional.of("https://news.example.org/2024/drone-strike"),
                Optional.empty(), Optional.of(LocalDate.of(2024, 3, 6)), sha256(text));
        int bodyBegin = HEADLINE.length() + 2;
        Article article = new Article(0, text.length(), 0, HEADLINE.length(), bodyBegin,
                Optional.of(LocalDate.of(2024, 3, 6)));
        Segmentation segmentation = new Segmentation(List.of(article), List.of(), Optional.empty(), List.of());

        List<ResolvedMention> mentions = new ArrayList<>();
        mentions.add(mention(text, "Mosul", 0, MOSUL, EntityType.CITY, "gazetteer"));
        mentions.add(mention(text, "MOSUL", 0, MOSUL, EntityType.CITY, "gazetteer"));
        mentions.add(mention(text, "Iraq", 0, IRAQ, EntityType.COUNTRY, "gazetteer"));
        mentions.add(mention(text, "Islamic State", 0, ISLAMIC_STATE, EntityType.ARMED_GROUP, "gazetteer"));
        mentions.add(mention(text, "Mosul", text.indexOf("Islamic State"), MOSUL, EntityType.CITY, "gazetteer"));
        mentions.add(mention(text, "Iraqi army", 0, IRAQI_ARMY, EntityType.GOVERNMENT_BODY, "propn"));
        Map<String, Entity> entities = new LinkedHashMap<>();
        for (Entity e : List.of(MOSUL, IRAQ, ISLAMIC_STATE, IRAQI_ARMY)) {
            entities.put(e.id(), e);
        }

        int evidenceBegin = text.indexOf("A drone strike");
        int evidenceEnd = text.indexOf(" on Tuesday");
        Event strike = new Event(EventType.ASSAULT, evidenceBegin, evidenceEnd, "strike", List.of(),
                List.of("islamic-state"), Optional.of("mosul"),
                Optional.of(new DateValue("2024-03-05", DateValue.Precision.DAY)), Optional.of(4),
                Optional.empty(), Optional.of("drone"), 0.8);
        int quoteBegin = text.indexOf("We will not stop");
        int quoteEnd = quoteBegin + "We will not stop".length();
        int lineEnd = text.indexOf('\n', quoteBegin);
        Claim claim = new Claim(Optional.of("iraqi-army"), quoteBegin, quoteEnd, true, "said",
                quoteBegin - 1, lineEnd, List.of(), List.of(0),
                Optional.of(new DateValue("2024-03", DateValue.Precision.MONTH)), 0.75);
        return new DocumentExtraction(source, segmentation, Optional.of(LocalDate.of(2024, 3, 6)),
                mentions, entities, List.of(strike), List.of(claim));
    }

    private static ResolvedMention mention(String text, String surface, int from, Entity entity,
                                           EntityType type, String layer) {
        int begin = text.indexOf(surface, from);
        Mention m = new Mention(begin, begin + surface.length(), surface, type, layer, Optional.empty());
        return new ResolvedMention(m, entity);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
