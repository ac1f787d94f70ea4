/**
 * The {@code papers} command line (picocli): build, check, serve, new, benchmark; its messages, colours and
 * exit codes.
 *
 * <p>The top: may import everything. Nothing imports it.
 */
package org.committeepapers.cli;
