package org.helpdesk.analysis.internal.ml;

/**
 * 64-bit hashes of feature names, so that models can be evaluated from chars in a reused buffer
 * without creating a String per feature. At 64 bits a collision among a few million features is
 * practically impossible.
 */
public final class FeatureHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private FeatureHash() {}

    public static long of(CharSequence s) {
        return of(s, 0, s.length());
    }

    public static long of(CharSequence s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    public static long of(char[] s, int from, int to) {
        long h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s[i];
            h *= FNV_PRIME;
        }
        return mix(h);
    }

    /** MurmurHash3's finaliser: spreads FNV's weak low bits over the table index. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb53fe1a85ec3L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h; // 0 marks an empty slot
    }
}
