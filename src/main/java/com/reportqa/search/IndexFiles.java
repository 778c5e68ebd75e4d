package com.reportqa.search;

import java.io.IOException;
import org.apache.lucene.store.Directory;

/**
 * The files of a Lucene index, in one place so that our index and the stock-Lucene baseline it is benched
 * against are measured the same way.
 */
public final class IndexFiles {

    private IndexFiles() {
    }

    /** Bytes of every file in the directory, whatever Lucene wrote there (segments, commit points, locks). */
    public static long sizeOnDisk(Directory directory) throws IOException {
        long total = 0;
        for (String f : directory.listAll()) {
            total += directory.fileLength(f);
        }
        return total;
    }
}
