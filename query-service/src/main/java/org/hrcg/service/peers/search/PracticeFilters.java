package org.hrcg.service.peers.search;

import java.util.List;
import java.util.Map;

/**
 * The checked request of {@code GET /api/practices}: for each filter parameter the IRIs asked (any
 * of them), the words, the language, and the page.
 *
 * @param values filter parameter name ({@code theme}, {@code right}, ...) to the IRIs asked
 * @param q the words, or null
 * @param lang the visitor's language tag, lower case
 * @param page from 1
 * @param size 1 to {@link PracticeSearch#MAX_SIZE}
 */
record PracticeFilters(
    Map<String, List<String>> values, String q, String lang, int page, int size) {}
