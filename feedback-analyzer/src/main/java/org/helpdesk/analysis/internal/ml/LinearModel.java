package org.helpdesk.analysis.internal.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A trained OpenNLP maxent model (GIS or L-BFGS, both log-linear) compiled into flat arrays keyed by
 * feature hash. Evaluation is a few array reads per feature, thread-safe and allocation-free, which
 * is what lets a core analyse tens of thousands of texts per second.
 */
public final class LinearModel {

    private final String[] outcomes;
    private final long[] keys;
    private final int[] slots;
    private final int[] starts;
    private final short[] outcomeIds;
    private final float[] weights;
    private final int mask;

    private LinearModel(
            String[] outcomes, long[] keys, int[] slots, int[] starts, short[] outcomeIds, float[] weights) {
        this.outcomes = outcomes;
        this.keys = keys;
        this.slots = slots;
        this.starts = starts;
        this.outcomeIds = outcomeIds;
        this.weights = weights;
        this.mask = keys.length - 1;
    }

    /** Compiles an OpenNLP GIS or QN model; its feature names are hashed with {@link FeatureHash}. */
    @SuppressWarnings("unchecked")
    public static LinearModel compile(AbstractModel model) {
        Object[] data = model.getDataStructures();
        Context[] params = (Context[]) data[0];
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = ((String[]) data[2]).clone();
        Builder builder = new Builder(outcomes, predicates.size());
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            Context c = e.getValue();
            builder.add(FeatureHash.of(e.getKey()), c.getOutcomes(), c.getParameters());
        }
        // params is the same contexts in index order; the map already covered them.
        assert params.length == predicates.size();
        return builder.build();
    }

    /**
     * Compiles only the weights of some outcomes: enough to compare those outcomes (their score
     * differences do not depend on the others), in a smaller table that stays in the CPU cache.
     */
    @SuppressWarnings("unchecked")
    public static LinearModel compile(AbstractModel model, List<String> keep) {
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] all = (String[]) data[2];
        int[] target = new int[all.length];
        Arrays.fill(target, -1);
        for (int i = 0; i < all.length; i++) {
            target[i] = keep.indexOf(all[i]);
        }
        Builder builder = new Builder(keep.toArray(new String[0]), predicates.size() / 4 + 16);
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            int[] outcomes = e.getValue().getOutcomes();
            double[] params = e.getValue().getParameters();
            int n = 0;
            int[] ids = new int[keep.size()];
            double[] w = new double[keep.size()];
            for (int j = 0; j < outcomes.length; j++) {
                if (target[outcomes[j]] >= 0 && params[j] != 0) {
                    ids[n] = target[outcomes[j]];
                    w[n++] = params[j];
                }
            }
            if (n > 0) {
                builder.add(FeatureHash.of(e.getKey()), Arrays.copyOf(ids, n), Arrays.copyOf(w, n));
            }
        }
        return builder.build();
    }

    public int outcomeCount() {
        return outcomes.length;
    }

    public String outcome(int index) {
        return outcomes[index];
    }

    public List<String> outcomes() {
        return List.of(outcomes);
    }

    public int indexOf(String outcome) {
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals(outcome)) {
                return i;
            }
        }
        return -1;
    }

    /** The slot of a feature, or -1 when the model has never seen it. */
    public int find(long hash) {
        int i = (int) hash & mask;
        while (true) {
            long k = keys[i];
            if (k == hash) {
                return slots[i];
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** Adds {@code value} times the feature's weights to {@code scores}; false if unknown. */
    public boolean accumulate(long hash, float value, double[] scores) {
        int slot = find(hash);
        if (slot < 0) {
            return false;
        }
        for (int j = starts[slot], end = starts[slot + 1]; j < end; j++) {
            scores[outcomeIds[j]] += value * weights[j];
        }
        return true;
    }

    /** Adds the weights of the feature in {@code slot} to {@code scores}. */
    public void addTo(int slot, float value, double[] scores) {
        for (int j = starts[slot], end = starts[slot + 1]; j < end; j++) {
            scores[outcomeIds[j]] += value * weights[j];
        }
    }

    /** The weight of one feature for one outcome (0 when absent). */
    public double weight(int slot, int outcome) {
        for (int j = starts[slot], end = starts[slot + 1]; j < end; j++) {
            if (outcomeIds[j] == outcome) {
                return weights[j];
            }
        }
        return 0;
    }

    /** Turns summed scores into probabilities in place (softmax, as OpenNLP's models do). */
    public static void softmax(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = Math.exp(scores[i] - max);
            sum += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= sum;
        }
    }

    /** Writes the compiled form: outcomes, then per feature its hash, outcomes and weights. */
    public void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(FORMAT);
        out.writeInt(outcomes.length);
        for (String o : outcomes) {
            out.writeUTF(o);
        }
        int features = starts.length - 1;
        out.writeInt(features);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                int slot = slots[i];
                out.writeLong(keys[i]);
                out.writeShort(starts[slot + 1] - starts[slot]);
                for (int j = starts[slot]; j < starts[slot + 1]; j++) {
                    out.writeShort(outcomeIds[j]);
                    out.writeFloat(weights[j]);
                }
            }
        }
    }

    public static LinearModel readFrom(java.io.DataInputStream in) throws java.io.IOException {
        if (in.readInt() != FORMAT) {
            throw new java.io.IOException("Not a compiled linear model");
        }
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        int features = in.readInt();
        Builder builder = new Builder(outcomes, features);
        for (int f = 0; f < features; f++) {
            long hash = in.readLong();
            int n = in.readShort();
            int[] ids = new int[n];
            double[] w = new double[n];
            for (int j = 0; j < n; j++) {
                ids[j] = in.readShort();
                w[j] = in.readFloat();
            }
            builder.add(hash, ids, w);
        }
        return builder.build();
    }

    private static final int FORMAT = 0x4c4d0001;

    /** Collects features before the arrays' sizes are known. */
    public static final class Builder {
        private final String[] outcomes;
        private long[] keys;
        private int[] slots;
        private int[] starts;
        private short[] outcomeIds;
        private float[] weights;
        private int count;
        private int size;

        public Builder(String[] outcomes, int expectedFeatures) {
            this.outcomes = outcomes;
            int capacity = Integer.highestOneBit(Math.max(16, expectedFeatures * 2 - 1)) << 1;
            this.keys = new long[capacity];
            this.slots = new int[capacity];
            this.starts = new int[expectedFeatures + 1];
            this.outcomeIds = new short[Math.max(16, expectedFeatures * Math.min(outcomes.length, 4))];
            this.weights = new float[outcomeIds.length];
        }

        public void add(long hash, int[] featureOutcomes, double[] parameters) {
            if ((count + 1) * 2 > keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int i = (int) hash & mask;
            while (keys[i] != 0 && keys[i] != hash) {
                i = (i + 1) & mask;
            }
            if (keys[i] == hash) {
                return; // a 64-bit collision or a duplicate name: keep the first
            }
            keys[i] = hash;
            slots[i] = count;
            ensureRoom(featureOutcomes.length);
            for (int j = 0; j < featureOutcomes.length; j++) {
                if (parameters[j] != 0) {
                    outcomeIds[size] = (short) featureOutcomes[j];
                    weights[size] = (float) parameters[j];
                    size++;
                }
            }
            count++;
            starts[count] = size;
        }

        /** Doubles the hash table, keeping it at most half full. */
        private void grow() {
            long[] oldKeys = keys;
            int[] oldSlots = slots;
            keys = new long[oldKeys.length * 2];
            slots = new int[keys.length];
            int mask = keys.length - 1;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    int j = (int) oldKeys[i] & mask;
                    while (keys[j] != 0) {
                        j = (j + 1) & mask;
                    }
                    keys[j] = oldKeys[i];
                    slots[j] = oldSlots[i];
                }
            }
        }

        private void ensureRoom(int extra) {
            if (size + extra > outcomeIds.length) {
                int capacity = Math.max(size + extra, outcomeIds.length * 2);
                outcomeIds = Arrays.copyOf(outcomeIds, capacity);
                weights = Arrays.copyOf(weights, capacity);
            }
            if (count + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
        }

        public LinearModel build() {
            return new LinearModel(
                    outcomes,
                    keys,
                    slots,
                    Arrays.copyOf(starts, count + 1),
                    Arrays.copyOf(outcomeIds, size),
                    Arrays.copyOf(weights, size));
        }
    }
}
