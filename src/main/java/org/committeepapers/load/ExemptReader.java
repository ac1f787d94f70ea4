package org.committeepapers.load;

import java.util.Optional;
import org.committeepapers.model.Exempt;

/** Reads {@code exempt: { paragraph: 3 }}, the mark that something is exempt information under Schedule 12A. */
final class ExemptReader {
    private ExemptReader() {
    }

    /** The {@code exempt:} of {@code f}, or null when it has none or it is wrong (reported). */
    static Exempt read(Fields f) {
        Optional<YamlNode> node = f.node("exempt");
        if (node.isEmpty()) {
            return null;
        }
        Optional<Fields> exempt = f.nested(node.get(), "'exempt'");
        if (exempt.isEmpty()) {
            return null;
        }
        Fields e = exempt.get();
        YamlNode paragraphNode = e.required("paragraph", "3");
        if (paragraphNode != null) {
            e.wholeNumberUpTo(paragraphNode, Exempt.DESCRIPTIONS.size());
        }
        Integer paragraph = paragraphNode == null ? null : Numbers.wholeNumber(e, paragraphNode, "paragraph");
        e.finish();
        if (paragraph == null) {
            return null;
        }
        if (paragraph < 1 || paragraph > Exempt.DESCRIPTIONS.size()) {
            f.problems().error(paragraphNode.position(), "there is no paragraph " + paragraph + " of Part 1 of "
                    + "Schedule 12A to the Local Government Act 1972; exempt information falls under paragraphs 1 to 7",
                    "choose the paragraph whose description fits, e.g. 3 for \"" + Exempt.DESCRIPTIONS.get(2) + "\"");
            return null;
        }
        return new Exempt(paragraph, node.get().position());
    }
}
