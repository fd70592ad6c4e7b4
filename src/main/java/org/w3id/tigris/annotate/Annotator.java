package org.w3id.tigris.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.w3id.tigris.segment.Article;
import org.w3id.tigris.segment.Boilerplate;
import org.w3id.tigris.segment.Segmentation;

/**
 * Splits text into sentences and tokens and tags them with UD part-of-speech tags and
 * lemmas, with every offset pointing into the original text.
 * <p>
 * Lines are split first: a headline has no final period and must not be joined to the
 * line below it (a line that goes on in lower case is taken as hard-wrapped and joined).
 * The models see a same-length copy of the text with ASCII quotes (see
 * {@link TypographicNormalizer}); tokens keep the original characters.
 * <p>
 * Not thread-safe (the OpenNLP {@code *ME} tools keep state): use one per thread.
 */
public final class Annotator {
    /** Longer "sentences" are lists, tables or run-on junk: tagged in pieces of this size. */
    private static final int MAX_SENTENCE_TOKENS = 200;
    private static final int LEMMA_MEMO_SIZE = 100_000;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final Abbreviations abbreviations;
    private final Clitics clitics;
    private final LemmaMemo lemmas = new LemmaMemo(LEMMA_MEMO_SIZE);

    public Annotator(AnnotationModels models) {
        this.sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        this.tokenizer = new TokenizerME(models.tokenizerModel());
        this.tagger = new POSTaggerME(models.posModel());
        this.lemmatizer = new LemmatizerME(models.lemmatizerModel());
        this.abbreviations = models.abbreviations();
        this.clitics = models.clitics();
    }

    /** The sentences of {@code text} within {@code [begin, end)}, in order; offsets into {@code text}. */
    public List<Sentence> sentences(String text, int begin, int end) {
        int from = Math.max(0, begin);
        int to = Math.min(text.length(), end);
        List<Sentence> out = new ArrayList<>();
        if (from < to) {
            TextView view = new TextView(text, TypographicNormalizer.normalize(text.substring(from, to)), from);
            annotateRange(view, from, to, out);
        }
        return out;
    }

    /**
     * The sentences of each article of a segmented document: its headline, then its body
     * (from {@code bodyBegin}); boilerplate spans and kicker lines above the headline are skipped.
     * One result per article, in the segmentation's order.
     */
    public List<AnnotatedArticle> annotate(String text, Segmentation segmentation) {
        TextView view = new TextView(text, TypographicNormalizer.normalize(text), 0);
        List<Boilerplate> boilerplate = new ArrayList<>(segmentation.boilerplate());
        boilerplate.sort(Comparator.comparingInt(Boilerplate::begin));
        List<AnnotatedArticle> result = new ArrayList<>(segmentation.articles().size());
        for (Article article : segmentation.articles()) {
            List<Sentence> sentences = new ArrayList<>();
            int end = Math.min(article.end(), text.length());
            int bodyFrom;
            if (article.hasHeadline()) {
                annotateOutside(view, article.headlineBegin(), Math.min(article.headlineEnd(), end), boilerplate, sentences);
                bodyFrom = Math.max(article.bodyBegin(), article.headlineEnd());
            } else {
                bodyFrom = Math.max(article.bodyBegin(), article.begin());
            }
            annotateOutside(view, bodyFrom, end, boilerplate, sentences);
            result.add(new AnnotatedArticle(article, List.copyOf(sentences)));
        }
        return result;
    }

    /** The original text and its normalised copy, which starts at {@code offset}. */
    private record TextView(String original, String normalized, int offset) {
        char at(int i) {
            return normalized.charAt(i - offset);
        }

        String normalized(int begin, int end) {
            return normalized.substring(begin - offset, end - offset);
        }

        /** {@code [begin, end]} without the white space at either edge; begin >= end when nothing is left. */
        int[] trim(int begin, int end) {
            while (begin < end && Character.isWhitespace(at(begin)))
                begin++;
            while (end > begin && Character.isWhitespace(at(end - 1)))
                end--;
            return new int[] {begin, end};
        }
    }

    private void annotateOutside(TextView view, int from, int to, List<Boilerplate> boilerplate, List<Sentence> out) {
        int cursor = Math.max(0, from);
        for (Boilerplate b : boilerplate) {
            if (b.end() <= cursor)
                continue;
            if (b.begin() >= to)
                break;
            if (b.begin() > cursor)
                annotateRange(view, cursor, b.begin(), out);
            cursor = Math.max(cursor, b.end());
        }
        if (cursor < to)
            annotateRange(view, cursor, to, out);
    }

    private void annotateRange(TextView view, int from, int to, List<Sentence> out) {
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = lineEnd(view, lineStart, to);
            // a hard-wrapped paragraph goes on in lower case: its line break ends no sentence
            while (lineEnd < to && continuesOnNextLine(view, lineStart, lineEnd, to))
                lineEnd = lineEnd(view, lineEnd + 1, to);
            annotateLine(view, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
    }

    private static int lineEnd(TextView view, int lineStart, int to) {
        int newline = view.original().indexOf('\n', lineStart);
        return newline < 0 || newline > to ? to : newline;
    }

    private static boolean continuesOnNextLine(TextView view, int lineStart, int lineEnd, int to) {
        int last = lineEnd - 1;
        while (last >= lineStart && Character.isWhitespace(view.at(last)))
            last--;
        if (last < lineStart || ".!?:\"'".indexOf(view.at(last)) >= 0)
            return false;
        int next = lineEnd + 1;
        while (next < to && view.at(next) != '\n' && Character.isWhitespace(view.at(next)))
            next++;
        return next < to && Character.isLowerCase(view.at(next));
    }

    private void annotateLine(TextView view, int lineFrom, int lineTo, List<Sentence> out) {
        int[] trimmed = view.trim(lineFrom, lineTo);
        int from = trimmed[0];
        int to = trimmed[1];
        if (from >= to)
            return;
        String line = view.normalized(from, to);
        Span[] detected = sentenceDetector.sentPosDetect(line);
        if (detected.length == 0) {
            annotateSentence(view, from, to, out);
            return;
        }
        int start = detected[0].getStart();
        int end = detected[0].getEnd();
        for (int i = 1; i < detected.length; i++) {
            Span next = detected[i];
            if (continues(line, end, next.getStart())) {
                end = next.getEnd();
            } else {
                annotateSentence(view, from + start, from + end, out);
                start = next.getStart();
                end = next.getEnd();
            }
        }
        annotateSentence(view, from + start, from + end, out);
    }

    /** Whether the detector's break between {@code end} and {@code nextStart} is a false one. */
    private boolean continues(String line, int end, int nextStart) {
        int wordStart = end;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1)))
            wordStart--;
        while (wordStart < end && "(\"'[".indexOf(line.charAt(wordStart)) >= 0)
            wordStart++;
        while (nextStart < line.length() && Character.isWhitespace(line.charAt(nextStart)))
            nextStart++;
        if (nextStart >= line.length() || wordStart >= end)
            return false;
        return abbreviations.continues(line.substring(wordStart, end), line.charAt(nextStart));
    }

    private void annotateSentence(TextView view, int sentenceFrom, int sentenceTo, List<Sentence> out) {
        int[] trimmed = view.trim(sentenceFrom, sentenceTo);
        int from = trimmed[0];
        int to = trimmed[1];
        if (from >= to)
            return;
        String sentence = view.normalized(from, to);
        List<int[]> spans = new ArrayList<>();
        for (Span span : tokenizer.tokenizePos(sentence))
            split(sentence, span.getStart(), span.getEnd(), spans);
        if (spans.isEmpty())
            return;
        if (spans.size() <= MAX_SENTENCE_TOKENS) {
            out.add(new Sentence(from, to, tag(view, sentence, from, spans)));
            return;
        }
        for (int i = 0; i < spans.size(); i += MAX_SENTENCE_TOKENS) {
            List<int[]> piece = spans.subList(i, Math.min(spans.size(), i + MAX_SENTENCE_TOKENS));
            List<Token> tokens = tag(view, sentence, from, piece);
            out.add(new Sentence(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
        }
    }

    /**
     * Adds the UD tokens of one tokenizer token: quotes stand alone and clitics
     * ({@code Iraq's} → {@code Iraq 's}) are split off.
     */
    private void split(String s, int begin, int end, List<int[]> out) {
        while (end - begin > 1 && isQuote(s.charAt(begin)) && !keepsLeadingApostrophe(s, begin, end)) {
            out.add(new int[] {begin, begin + 1});
            begin++;
        }
        int coreEnd = end;
        while (coreEnd - begin > 1 && isQuote(s.charAt(coreEnd - 1)))
            coreEnd--;
        int clitic = clitics.cliticLength(s.subSequence(begin, coreEnd));
        if (clitic > 0) {
            out.add(new int[] {begin, coreEnd - clitic});
            out.add(new int[] {coreEnd - clitic, coreEnd});
        } else {
            out.add(new int[] {begin, coreEnd});
        }
        for (int i = coreEnd; i < end; i++)
            out.add(new int[] {i, i + 1});
    }

    /** {@code 's} and {@code '90s} begin with an apostrophe that is not a quote. */
    private boolean keepsLeadingApostrophe(String s, int begin, int end) {
        if (s.charAt(begin) != '\'')
            return false;
        return Character.isDigit(s.charAt(begin + 1)) || clitics.isClitic(s.substring(begin, end));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '`';
    }

    private List<Token> tag(TextView view, String sentence, int sentenceBegin, List<int[]> spans) {
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++)
            words[i] = sentence.substring(spans.get(i)[0], spans.get(i)[1]);
        String[] tags = tagger.tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            String pos = simpleTag(tags[i]);
            String lemma;
            Clitics.Reading clitic = clitics.isClitic(words[i]) && i > 0
                    ? clitics.reading(words[i], simpleTag(tags[i - 1])) : null;
            if (clitic != null) {
                pos = clitic.pos();
                lemma = clitic.lemma();
            } else {
                lemma = lemma(words[i], pos);
            }
            int begin = sentenceBegin + spans.get(i)[0];
            int end = sentenceBegin + spans.get(i)[1];
            tokens.add(new Token(begin, end, view.original().substring(begin, end), pos, lemma));
        }
        return tokens;
    }

    /** The tagger was trained on unsplit contractions ("PROPN+PART"): keep the host's tag. */
    private static String simpleTag(String tag) {
        int plus = tag.indexOf('+');
        return plus > 0 ? tag.substring(0, plus) : tag;
    }

    private String lemma(String word, String pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('.') >= 0)
            return lower; // abbreviations ("Feb.", "U.S.") are mangled by the model
        switch (pos) {
            case "PROPN", "NUM", "PUNCT", "SYM", "X":
                // names and symbols have no inflection worth guessing; the model mangles them
                return lower;
            default:
                return lemmas.lemma(lower, pos, this::lemmatizeAlone);
        }
    }

    /**
     * The lemma of a lower-cased word seen on its own: a pure function of (word, tag), so it
     * can be memoised, and several times faster than lemmatizing whole sentences.
     */
    private String lemmatizeAlone(String lower, String pos) {
        String lemma = lemmatizer.lemmatize(new String[] {lower}, new String[] {pos})[0];
        if (lemma == null || lemma.isEmpty() || "O".equals(lemma) || "_".equals(lemma)
                || lemma.indexOf('+') >= 0 || lemma.chars().anyMatch(Character::isWhitespace))
            return lower;
        return lemma;
    }
}
