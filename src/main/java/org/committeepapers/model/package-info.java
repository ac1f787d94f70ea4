/**
 * The model: immutable records of what the content says (site, papers, proposals, tables, meetings, packs),
 * each with the source position it came from.
 *
 * <p>May import {@code problem} only. No I/O (java.io, java.nio.file, java.net) and no library: the records
 * know nothing of YAML, Markdown, templates or PDF.
 */
package org.committeepapers.model;
