package org.helpdesk.feedback;

import java.util.UUID;

/** The id of a posted item; {@code created} is false when the same item had been stored before. */
public record RecordedFeedback(UUID id, boolean created) {}
