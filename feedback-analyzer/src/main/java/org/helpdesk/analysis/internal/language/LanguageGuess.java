package org.helpdesk.analysis.internal.language;

import org.helpdesk.analysis.Language;

/**
 * The identified language of a text.
 *
 * @param language what to report
 * @param confidence probability-like certainty in [0, 1]
 * @param rulesLanguage the supported language whose stemmer, lexicons and models to use: the
 *     language itself, or for other languages the supported one of the same script
 */
public record LanguageGuess(Language language, double confidence, Language rulesLanguage) {}
