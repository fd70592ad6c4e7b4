package org.w3id.tigris.extract;

import org.w3id.tigris.recognize.Gazetteers;
import org.w3id.tigris.recognize.Recognizer;
import org.w3id.tigris.resolve.Resolver;

/** Mentions from the real recognizer and resolver, as the pipeline makes them. */
final class DevSetChain {
    private DevSetChain() {
    }

    static DevSet.MentionSource mentions() {
        Gazetteers gazetteers = Gazetteers.load();
        Recognizer recognizer = new Recognizer(gazetteers);
        Resolver resolver = new Resolver(gazetteers);
        return (text, articles, gold) -> resolver.resolve(text, recognizer.recognize(text, articles)).mentions();
    }
}
