/**
 * The render stage: computed content to HTML, through the user-overridable FreeMarker templates (sandboxed)
 * and flexmark for Markdown, with jsoup to clean raw HTML and check links. Figures reach the templates
 * already formatted, by the site's one policy, in a locale-independent way.
 *
 * <p>May import {@code compute}, {@code model}, {@code problem}, {@code names}, FreeMarker, flexmark and jsoup,
 * and read templates. Never {@code load}, {@code print}, {@code publish} or anything above.
 */
package org.committeepapers.render;
