package org.helpdesk.generate;

import java.nio.file.Path;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What to generate.
 *
 * @param tickets how many tickets
 * @param seed the same seed (with the same {@code now}) gives the same rows, ids included
 * @param months how far before {@code now} the first ticket was created
 * @param now the moment the history ends: open tickets' deadlines lie around it
 * @param dataset a TSV file whose text column is replicated into every third ticket's description and into survey
 *     comments (read where it lies, never copied); null: only the generator's own templates
 */
public record GeneratorSettings(
        int tickets,
        long seed,
        int months,
        Instant now,
        @Nullable Path dataset) {

    public GeneratorSettings {
        if (tickets < 1) {
            throw new IllegalArgumentException("tickets must be at least 1, was " + tickets);
        }
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, was " + months);
        }
    }

    public static GeneratorSettings of(int tickets, long seed, Instant now) {
        return new GeneratorSettings(tickets, seed, 24, now, null);
    }

    public GeneratorSettings withDataset(@Nullable Path file) {
        return new GeneratorSettings(tickets, seed, months, now, file);
    }
}
