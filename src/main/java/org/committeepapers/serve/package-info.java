/**
 * The preview: serves the pipeline's output from memory on localhost only, rebuilds on every save and tells
 * open pages to reload.
 *
 * <p>Sits on top of the pipeline: may import {@code org.committeepapers} and every stage. Only cli and bench
 * may import it.
 */
package org.committeepapers.serve;
