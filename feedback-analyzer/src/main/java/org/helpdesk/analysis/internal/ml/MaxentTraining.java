package org.helpdesk.analysis.internal.ml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/** Trains, writes and reads OpenNLP maxent models. */
public final class MaxentTraining {

    private MaxentTraining() {}

    public static AbstractModel train(List<Event> events, MaxentSettings settings) {
        TrainingParameters params = new TrainingParameters();
        if (events.stream().anyMatch(e -> e.getValues() != null)) {
            params.put("DataIndexer", "OnePassRealValue");
        }
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("L2Cost", settings.l2());
        params.put("L1Cost", settings.l1());
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        try {
            MaxentModel model = trainer.train(ObjectStreamUtils.createObjectStream(events));
            return (AbstractModel) model;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** OpenNLP's binary model format, readable by OpenNLP's own tools. */
    public static byte[] write(AbstractModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            new GenericModelWriter(model, out).persist();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static AbstractModel read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }
}
