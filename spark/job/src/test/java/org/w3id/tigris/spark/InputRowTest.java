package org.w3id.tigris.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputRowTest {
    private static InputRow file(String path, String root, boolean rootIsDirectory) {
        return new InputRow(path, root, rootIsDirectory, 10, null, null, null, null, null);
    }

    @Test
    void aFileUnderADirectoryIsNamedByItsPathBelowIt() {
        assertEquals("00001/doc1.txt", file("file:/data/corpus/00001/doc1.txt", "file:/data/corpus", true).fileSourceName());
        assertEquals("doc1.txt", file("s3a://bucket/news/doc1.txt", "s3a://bucket/news/", true).fileSourceName());
    }

    @Test
    void aFileGivenItselfIsNamedByItsBaseName() {
        assertEquals("doc1.txt", file("file:/data/corpus/doc1.txt", "file:/data/corpus/doc1.txt", false).fileSourceName());
    }

    @Test
    void aDirectoryWhoseNameStartsLikeAnotherIsNotItsParent() {
        assertEquals("doc1.txt", file("file:/data/corpus2/doc1.txt", "file:/data/corpus", true).fileSourceName());
    }
}
