/**
 * The print stage: print HTML to tagged PDF/UA-1 and PDF/A-3a with openhtmltopdf, byte-for-byte repeatable,
 * one renderer per thread; and the checks that would otherwise lose text from a PDF (glyphs, table width).
 *
 * <p>May import {@code render}, {@code compute}, {@code model}, {@code problem}, {@code names}, openhtmltopdf,
 * PDFBox and jsoup. Never {@code load}, {@code publish} or anything above.
 */
package org.committeepapers.print;
