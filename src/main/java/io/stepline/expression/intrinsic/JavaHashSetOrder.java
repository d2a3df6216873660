package io.stepline.expression.intrinsic;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct elements of a list in the order {@code new ArrayList<>(new HashSet<>(list))}
 * returns them, which is what AWS's States.ArrayUnique gives back: [true, false, true] becomes
 * [false, true], and [[1,2],[2,1]] becomes [[2,1],[1,2]]. Elements go to bucket
 * {@code spread(hash) & (capacity - 1)}, buckets are read in index order, and a bucket keeps
 * insertion order. Not modelled: the reordering of a bucket that Java turns into a tree (nine or
 * more colliding elements in a table of 64 or more).
 */
final class JavaHashSetOrder {
    private static final int TREEIFY_THRESHOLD = 8;
    private static final int MIN_TREEIFY_CAPACITY = 64;

    private JavaHashSetOrder() {
    }

    static List<JsonNode> distinct(JsonNode array) {
        List<JsonNode> unique = new ArrayList<>();
        List<Integer> hashes = new ArrayList<>();
        Map<Integer, List<JsonNode>> seen = new HashMap<>();
        for (JsonNode element : array) {
            int hash = spread(JavaObjects.hash(element));
            List<JsonNode> sameHash = seen.computeIfAbsent(hash, h -> new ArrayList<>(1));
            if (sameHash.stream().noneMatch(other -> JavaObjects.same(other, element))) {
                sameHash.add(element);
                unique.add(element);
                hashes.add(hash);
            }
        }
        int capacity = capacity(array.size(), hashes);
        Integer[] order = new Integer[unique.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // A stable sort by bucket keeps insertion order inside each bucket.
        Arrays.sort(order, Comparator.comparingInt(i -> hashes.get(i) & (capacity - 1)));
        List<JsonNode> result = new ArrayList<>(order.length);
        for (Integer index : order) {
            result.add(unique.get(index));
        }
        return result;
    }

    /** HashSet(Collection) sizes its table for the whole list; a crowded bucket in a small table doubles it. */
    private static int capacity(int listSize, List<Integer> hashes) {
        int capacity = tableSizeFor(Math.max((int) (listSize / .75f) + 1, 16));
        while (capacity < MIN_TREEIFY_CAPACITY && hasCrowdedBucket(hashes, capacity)) {
            capacity *= 2;
        }
        return capacity;
    }

    private static boolean hasCrowdedBucket(List<Integer> hashes, int capacity) {
        int[] counts = new int[capacity];
        for (int hash : hashes) {
            if (++counts[hash & (capacity - 1)] > TREEIFY_THRESHOLD) {
                return true;
            }
        }
        return false;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    private static int tableSizeFor(int capacity) {
        int n = -1 >>> Integer.numberOfLeadingZeros(capacity - 1);
        return n < 0 ? 1 : n + 1;
    }
}
