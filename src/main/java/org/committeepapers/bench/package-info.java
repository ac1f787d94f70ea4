/**
 * Benchmarks: printing speed against openhtmltopdf alone and WeasyPrint, scaling with a synthetic council,
 * and the preview's save-to-reload latency. Speed is measured here, never in tests.
 *
 * <p>Sits on top: may import the pipeline, serve and every stage. Only cli may import it.
 */
package org.committeepapers.bench;
