/**
 * Small helpers about names that both the reader and the calculator need: slugs made from titles
 * ({@link org.committeepapers.names.Slugs}) and did-you-mean suggestions ({@link org.committeepapers.names.DidYouMean}).
 *
 * <p>Below every stage. Imports nothing of the project and no library; no I/O.
 */
package org.committeepapers.names;
