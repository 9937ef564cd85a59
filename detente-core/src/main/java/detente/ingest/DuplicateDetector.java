package detente.ingest;

import detente.dedup.ContentHash;
import detente.doc.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups exact duplicates (same {@link ContentHash}) and near duplicates (MinHash similarity of word shingles at
 * or above a threshold, e.g. syndicated wire copies with small edits). Candidates are found by locality-sensitive
 * hashing over signature bands, then confirmed by their estimated similarity. Group ids are deterministic: each
 * group is named after its first article in input order.
 */
public final class DuplicateDetector {

    public static final double DEFAULT_THRESHOLD = 0.6;
    private static final int BANDS = 32;
    private static final int ROWS = MinHashSignature.SIZE / BANDS;

    private final double threshold;

    public DuplicateDetector() {
        this(DEFAULT_THRESHOLD);
    }

    /** {@code threshold}: the least estimated Jaccard similarity of word shingles for two texts to be grouped. */
    public DuplicateDetector(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** One {@link DuplicateGroup} per article, in input order. */
    public List<DuplicateGroup> group(List<Article> articles) {
        int n = articles.size();
        int[] parent = new int[n];
        String[] hashes = new String[n];
        boolean[] exact = new boolean[n];
        MinHashSignature[] signatures = new MinHashSignature[n];
        Map<String, Integer> firstByHash = new HashMap<>();
        List<Map<Long, List<Integer>>> buckets = new ArrayList<>();
        for (int b = 0; b < BANDS; b++) {
            buckets.add(new HashMap<>());
        }
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            hashes[i] = ContentHash.group(articles.get(i).text());
            Integer first = firstByHash.putIfAbsent(hashes[i], i);
            if (first != null) {
                exact[i] = true;
                union(parent, first, i);
                continue;
            }
            signatures[i] = MinHashSignature.of(articles.get(i).text());
            if (signatures[i].isEmpty()) {
                continue;
            }
            for (int b = 0; b < BANDS; b++) {
                List<Integer> bucket = buckets.get(b).computeIfAbsent(signatures[i].band(b * ROWS, (b + 1) * ROWS),
                        key -> new ArrayList<>());
                for (int j : bucket) {
                    if (find(parent, i) != find(parent, j)
                            && signatures[i].similarity(signatures[j]) >= threshold) {
                        union(parent, j, i);
                    }
                }
                bucket.add(i);
            }
        }
        List<DuplicateGroup> groups = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            groups.add(new DuplicateGroup(articles.get(i).id(), articles.get(find(parent, i)).id(), hashes[i],
                    exact[i]));
        }
        return groups;
    }

    private static int find(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }

    /** Joins the groups of {@code a} and {@code b}; the root stays the earlier article, so ids are stable. */
    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
