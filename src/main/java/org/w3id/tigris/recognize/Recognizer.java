package org.w3id.tigris.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3id.tigris.annotate.AnnotatedArticle;
import org.w3id.tigris.annotate.Sentence;
import org.w3id.tigris.recognize.typing.NameTyper;
import org.w3id.tigris.segment.Boilerplate;
import org.w3id.tigris.segment.NameSpan;

/**
 * Finds the mentions of actors and places in a document's articles, in layers: the curated
 * gazetteer, GeoNames places, proper-noun chunks typed by cues or else by the name typer, acronyms
 * the text defines, and
 * the propagation of names found once to their other uses. Each mention records its layer.
 * Boilerplate is never read: only the annotated articles are.
 * <p>
 * Holds no per-document state: one instance may serve several threads.
 */
public final class Recognizer {
    static final String BYLINE_LAYER = "byline";
    private final Gazetteers gazetteers;
    private final GazetteerLayer gazetteerLayer;
    private final PlaceLayer placeLayer;
    private final PlaceNamedBodies placeNamedBodies;
    private final HeadWords bylineHeads;
    private final ProperNounLayer properNounLayer;
    private final AcronymLayer acronymLayer;
    private final CapitalMetonymy metonymy;
    private final NamePropagation propagation;
    private final InstitutionContext institutions;
    private final PlaceKinds placeKinds;
    private final RegionalGovernments regionalGovernments = new RegionalGovernments();
    private final PlatformNames platforms;
    private final DatelinePlaces datelinePlaces;
    private final MastheadNames mastheads;

    /** With the name typer shipped in the jar. */
    public Recognizer(Gazetteers gazetteers) {
        this(gazetteers, NameTyper.load(gazetteers.nameFeatures()));
    }

    public Recognizer(Gazetteers gazetteers, NameTyper typer) {
        this.gazetteers = gazetteers;
        this.gazetteerLayer = new GazetteerLayer(gazetteers);
        this.placeLayer = new PlaceLayer(gazetteers);
        this.properNounLayer = new ProperNounLayer(gazetteers, new UnknownNames(typer));
        this.acronymLayer = new AcronymLayer(gazetteers);
        this.placeNamedBodies = new PlaceNamedBodies(gazetteers.cues());
        this.propagation = new NamePropagation(gazetteers);
        this.institutions = new InstitutionContext(gazetteers);
        this.metonymy = new CapitalMetonymy(gazetteers);
        this.placeKinds = new PlaceKinds(gazetteers);
        this.platforms = new PlatformNames(gazetteers);
        this.datelinePlaces = new DatelinePlaces(gazetteers, placeLayer);
        this.mastheads = new MastheadNames(gazetteers);
        this.bylineHeads = new HeadWords(gazetteers);
    }

    /** The mentions of {@code text}'s articles, in text order, none overlapping. */
    public List<Mention> recognize(String text, List<AnnotatedArticle> articles) {
        return recognize(text, articles, List.of());
    }

    /**
     * The same, with the authors the document's bylines name: people, though their lines carry
     * no sentence the layers read. A one-word credit ("Reuters") is left to the layers.
     */
    public List<Mention> recognize(String text, List<AnnotatedArticle> articles, List<NameSpan> authors) {
        return recognize(text, articles, authors, List.of());
    }

    /** The same, with the document's dateline lines, whose places are names too (see {@link DatelinePlaces}). */
    public List<Mention> recognize(String text, List<AnnotatedArticle> articles, List<NameSpan> authors,
                                   List<Boilerplate> datelines) {
        Candidates candidates = new Candidates(scan(text, articles));
        gazetteerLayer.apply(candidates);
        placeLayer.apply(candidates);
        placeNamedBodies.apply(candidates);
        properNounLayer.apply(candidates);
        acronymLayer.apply(candidates);
        propagation.apply(candidates);
        institutions.apply(candidates);
        metonymy.apply(candidates);
        placeKinds.apply(candidates); // after the metonymy, which reads "province" after a capital
        regionalGovernments.apply(candidates); // after the kinds: "the Bandarban district administration"
        platforms.apply(candidates);
        List<Mention> mentions = new ArrayList<>();
        for (Candidate c : candidates.inOrder()) {
            mentions.add(new Mention(c.begin(), c.end(), text.substring(c.begin(), c.end()), c.type(), c.layer(),
                    c.key(), c.confidence()));
        }
        for (NameSpan author : authors) {
            String name = text.substring(author.begin(), Math.min(author.end(), text.length()));
            if (name.strip().contains(" ") && name.strip().matches("(\\p{Lu}\\S*\\s+)+\\p{Lu}\\S*")) {
                // a byline's name of capitalised words is a person: a place found inside it ("By
                // Ousmane Diarra-Keita" read as the town Osmaniye) is a piece of it, not a mention of its own
                mentions.removeIf(m -> author.begin() <= m.begin() && m.end() <= author.end()
                        && m.type().isLocation());
            }
            boolean free = mentions.stream().noneMatch(m -> m.begin() < author.end() && author.begin() < m.end());
            if (free && name.strip().contains(" ") && author.end() <= text.length()) {
                mentions.add(new Mention(author.begin(), author.end(), name, authorType(text, author), BYLINE_LAYER,
                        Optional.empty()));
            }
        }
        mentions.addAll(datelinePlaces.find(text, datelines, mentions));
        List<Mention> named = new ArrayList<>(mastheads.apply(text, mentions));
        named.sort(Comparator.comparingInt(Mention::begin));
        return named;
    }

    /**
     * A byline names people, and the outlet they write for after a comma ("By X, Sahel Policy
     * Review"): a name an organizational head word types is that body.
     */
    private EntityType authorType(String text, NameSpan author) {
        List<Word> words = gazetteers.scanner().scan(text, author.begin(), Math.min(author.end(), text.length()));
        Optional<EntityType> head = words.isEmpty() ? null : bylineHeads.typeByHead(words, 0, words.size());
        return head == null || head.isEmpty() || head.get().isLocation() ? EntityType.PERSON : head.get();
    }

    private List<ScannedSentence> scan(String text, List<AnnotatedArticle> articles) {
        List<ScannedSentence> sentences = new ArrayList<>();
        WordScanner scanner = gazetteers.scanner();
        for (int a = 0; a < articles.size(); a++) {
            AnnotatedArticle article = articles.get(a);
            for (Sentence sentence : article.sentences()) {
                List<Word> words = scanner.scan(text, sentence.begin(), sentence.end());
                boolean titleCase = ScannedSentence.looksTitleCase(words, article.inHeadline(sentence));
                sentences.add(new ScannedSentence(sentences.size(), a, sentence, text, words, titleCase));
            }
        }
        return sentences;
    }
}
