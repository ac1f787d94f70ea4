/**
 * Runs the stages in order: {@link org.committeepapers.Pipeline} takes one
 * {@link org.committeepapers.Pipeline.Options} and returns the files made, writing nothing itself.
 *
 * <p>One job: orchestration. {@code PipelineRun} loads and computes; {@code SiteBuild} prints and renders a
 * build (reusing what {@code CacheKeys} finds in the cache); {@code PreviewBuild} makes the preview (reusing
 * its {@code PreviewMemory}). May import every stage (load, model, compute, render, print, publish) and
 * {@code problem}, {@code names}; never cli, serve or bench, which sit on top of it.
 */
package org.committeepapers;
