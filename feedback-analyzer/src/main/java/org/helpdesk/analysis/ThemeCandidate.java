package org.helpdesk.analysis;

import java.util.List;

/**
 * A frequent phrase that no theme of the taxonomy covers: a candidate for a new theme.
 *
 * @param keyword the phrase as customers wrote it most often
 * @param key the stemmed phrase
 * @param documents in how many texts it occurs
 * @param examples a few texts that contain it
 */
public record ThemeCandidate(String keyword, String key, int documents, List<String> examples) {

    public ThemeCandidate {
        examples = List.copyOf(examples);
    }
}
