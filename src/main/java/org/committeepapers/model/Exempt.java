package org.committeepapers.model;

import java.util.List;
import org.committeepapers.problem.SourcePosition;

/**
 * A mark that something must not be published: exempt information under a paragraph of Part 1 of Schedule 12A
 * to the Local Government Act 1972. The public build prints {@link #notice()} in its place; the members' build
 * prints it, marked {@link #MARK}.
 *
 * @param paragraph 1 to 7
 * @param position  where the source marks it exempt
 */
public record Exempt(int paragraph, SourcePosition position) {
    /** The marking on every page of the members' build. */
    public static final String MARK = "EXEMPT \u2013 NOT FOR PUBLICATION";

    /** The descriptions of exempt information, paragraphs 1 to 7 of Part 1 of Schedule 12A, as enacted. */
    public static final List<String> DESCRIPTIONS = List.of(
            "Information relating to any individual.",
            "Information which is likely to reveal the identity of an individual.",
            "Information relating to the financial or business affairs of any particular person (including the "
                    + "authority holding that information).",
            "Information relating to any consultations or negotiations, or contemplated consultations or "
                    + "negotiations, in connection with any labour relations matter arising between the authority or "
                    + "a Minister of the Crown and employees of, or office holders under, the authority.",
            "Information in respect of which a claim to legal professional privilege could be maintained in legal "
                    + "proceedings.",
            "Information which reveals that the authority proposes (a) to give under any enactment a notice under or "
                    + "by virtue of which requirements are imposed on a person; or (b) to make an order or direction "
                    + "under any enactment.",
            "Information relating to any action taken or to be taken in connection with the prevention, "
                    + "investigation or prosecution of crime.");

    /** "Not for publication by virtue of paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972". */
    public String notice() {
        return "Not for publication by virtue of paragraph " + paragraph
                + " of Part 1 of Schedule 12A of the Local Government Act 1972";
    }

    /** The statutory description of this paragraph's information. */
    public String description() {
        return DESCRIPTIONS.get(paragraph - 1);
    }
}
