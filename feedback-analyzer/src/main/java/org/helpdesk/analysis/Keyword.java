package org.helpdesk.analysis;

/**
 * A salient word or phrase.
 *
 * @param text the phrase as customers wrote it, for display
 * @param key the stemmed phrase, for grouping forms of the same words ("delays", "delayed")
 * @param score salience; only comparable within one result list
 */
public record Keyword(String text, String key, double score) {}
