package org.w3id.tigris.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;

/** The number of entries committed to a Lucene text index (none when it was never written). */
final class TextIndexEntries {
    private TextIndexEntries() {
    }

    static long count(TextIndex index) {
        try (DirectoryReader reader = DirectoryReader.open(((TextIndexLucene) index).getDirectory())) {
            return reader.numDocs();
        } catch (IndexNotFoundException e) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
    }
}
