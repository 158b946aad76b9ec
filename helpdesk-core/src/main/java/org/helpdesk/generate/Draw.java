package org.helpdesk.generate;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Random choices of one ticket (or customer), reproducible from the seed and the item's number alone. */
final class Draw {

    private final SplittableRandom random;

    private Draw(SplittableRandom random) {
        this.random = random;
    }

    /** The draws of item {@code index} of {@code kind}: independent of how many items came before. */
    static Draw of(long seed, String kind, long index) {
        return new Draw(new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ kind.hashCode() * 31L + index));
    }

    UUID uuid() {
        // A version-4 shape, so the ids look like the desk's own.
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int between(int fromInclusive, int toInclusive) {
        return fromInclusive + random.nextInt(toInclusive - fromInclusive + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    <T> T pick(T[] options) {
        return options[random.nextInt(options.length)];
    }

    /** Index by weight: {@code weights[i]} relative to their sum. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double at = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            at -= weights[i];
            if (at < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A log-normal duration: half are shorter than {@code median}, {@code spread} is sigma of the logarithm. */
    Duration logNormal(Duration median, double spread) {
        double factor = Math.exp(spread * random.nextGaussian());
        return Duration.ofSeconds(Math.max(30, Math.round(median.toSeconds() * factor)));
    }

    /**
     * One of {@code n} items, the first ones far more often (Zipf-like, exponent about 1): few customers write often,
     * most write once.
     */
    int skewed(int n) {
        double u = random.nextDouble();
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1.0, u)) - 1);
    }
}
