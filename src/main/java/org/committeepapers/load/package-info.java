/**
 * The load stage: content files to model records. YAML is read with positions kept and size, nesting and
 * aliases limited; {@link org.committeepapers.load.Fields} binds a mapping and reports every missing, wrong
 * or unknown key. A {@link org.committeepapers.load.SchemaRecorder} handed to the
 * {@link org.committeepapers.load.ContentLoader} learns the JSON Schemas from the reading itself.
 *
 * <p>May import {@code model}, {@code problem}, {@code names}, Jackson and SnakeYAML, and read files; also
 * flexmark, to find the images a meeting's Markdown names, and PDFBox, to read a PDF a meeting attaches. Never a
 * later stage: nothing here computes or renders.
 */
package org.committeepapers.load;
