/**
 * The publish stage: writes a finished site to its folder atomically (a failed build never damages the last
 * one), keeps the content-addressed output cache, and adds the build report, sitemap and feed.
 *
 * <p>May import every earlier stage ({@code print}, {@code render}, {@code compute}, {@code model}),
 * {@code problem}, {@code names} and Jackson. Never {@code load}, the pipeline, or anything above.
 */
package org.committeepapers.publish;
