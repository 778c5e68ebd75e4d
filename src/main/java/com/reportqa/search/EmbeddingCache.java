package com.reportqa.search;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings by text hash, appended to one file, so unchanged text is never embedded twice, across
 * restarts and re-indexing. A torn last record (a crash while appending) is dropped on load.
 */
final class EmbeddingCache {

    private static final Logger log = LoggerFactory.getLogger(EmbeddingCache.class);

    private final Path file;
    private final Map<String, float[]> vectors = new HashMap<>();

    EmbeddingCache(Path file) {
        this.file = file;
        load();
    }

    synchronized float[] get(String text) {
        return vectors.get(key(text));
    }

    synchronized void putAll(Map<String, float[]> byText) {
        if (byText.isEmpty()) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)))) {
                for (var entry : byText.entrySet()) {
                    String key = key(entry.getKey());
                    float[] v = entry.getValue();
                    out.writeUTF(key);
                    out.writeInt(v.length);
                    for (float f : v) {
                        out.writeFloat(f);
                    }
                    vectors.put(key, v);
                }
            }
        } catch (IOException e) {
            log.warn("Could not append to embedding cache {}: {}", file, e.toString());
            byText.forEach((text, v) -> vectors.put(key(text), v));
        }
    }

    synchronized int size() {
        return vectors.size();
    }

    private void load() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            while (true) {
                String key = in.readUTF();
                int n = in.readInt();
                if (n <= 0 || n > 4096) {
                    throw new IOException("bad vector length " + n);
                }
                float[] v = new float[n];
                for (int i = 0; i < n; i++) {
                    v[i] = in.readFloat();
                }
                vectors.put(key, v);
            }
        } catch (EOFException end) {
            // normal end, or a torn last record that is simply recomputed
        } catch (IOException e) {
            log.warn("Embedding cache {} is damaged after {} entries; the rest will be recomputed", file,
                    vectors.size());
        }
    }

    static String key(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
