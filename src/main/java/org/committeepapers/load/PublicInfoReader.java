package org.committeepapers.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.committeepapers.model.Committee;
import org.committeepapers.model.PublicInfo;
import org.committeepapers.names.Slugs;
import org.committeepapers.problem.Problems;

/**
 * Reads what site.yaml says for the public pages: a committee's members and clerk, the date the site is built
 * as of, and the accessibility statement's facts. Contact details are checked for shape, so a typing slip
 * shows in the build rather than on the published page.
 */
final class PublicInfoReader {
    /** Something@something.something with no spaces: the shape of an address, not proof that it works. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Digits with spaces, brackets, hyphens and a leading +, as telephone numbers are written. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,}");
    private static final List<String> COMPLIANCE = List.of("full", "partial", "not");
    private static final List<String> NATIONS = List.of("england", "scotland", "wales", "northern-ireland");

    private PublicInfoReader() {
    }

    /**
     * One entry of site.yaml's {@code committees}, or null when its id or name is missing: that is reported,
     * and the committee left out rather than half made.
     */
    static Committee committee(Fields c) {
        String id = c.requiredText("id", "adults-and-health");
        String name = c.requiredText("name", "Adults and Health Committee");
        if (id != null) {
            Slugs.checkAddress(id, "a committee id", "", c.node("id").orElseThrow().position(), c.problems());
        }
        List<Committee.Member> members = c.mappings("members", "a committee member", m -> {
            Committee.Member member = new Committee.Member(m.requiredText("name", "Councillor Jane Smith"),
                    m.requiredText("role", "Chair"), m.optionalText("party"));
            m.finish();
            return member;
        });
        Committee.Clerk clerk = c.node("clerk").flatMap(n -> c.nested(n, "'clerk'")).map(k -> {
            String clerkName = k.requiredText("name", "Jane Smith");
            YamlNode address = k.required("email", "clerk@example.gov.uk");
            Committee.Clerk read = new Committee.Clerk(clerkName, address == null ? null
                    : checked(k, address, "email", EMAIL, "an email address", "clerk@example.gov.uk"), phone(k, "phone"));
            k.finish();
            return read;
        }).orElse(null);
        c.finish();
        // A committee without its name is left out rather than half made; what refers to it is not reported again.
        if (id != null && name == null) {
            c.problems().unloaded().committee(id);
        }
        return id == null || name == null ? null : new Committee(id, name, List.copyOf(members), clerk);
    }

    /** site.yaml's {@code as_of} and {@code accessibility}. */
    static PublicInfo read(Fields f, Problems problems) {
        var asOf = f.node("as_of").map(n -> f.date(n, "as_of")).orElse(null);
        PublicInfo.Accessibility d = PublicInfo.Accessibility.DEFAULT;
        PublicInfo.Accessibility accessibility = f.node("accessibility")
                .flatMap(n -> f.nested(n, "'accessibility'")).map(a -> {
                    PublicInfo.Accessibility read = new PublicInfo.Accessibility(
                            a.node("contact").map(n -> checked(a, n, "contact", EMAIL, "an email address",
                                    "democratic.services@example.gov.uk")).orElse(null),
                            phone(a, "phone"),
                            a.node("prepared").map(n -> a.date(n, "prepared")).orElse(null),
                            a.node("last_reviewed").map(n -> a.date(n, "last_reviewed")).orElse(null),
                            Optional.ofNullable(a.optionalChoice("compliance", COMPLIANCE)).orElse(d.compliance()),
                            Optional.ofNullable(a.optionalChoice("nation", NATIONS)).orElse(d.nation()),
                            List.copyOf(a.textList("non_accessible")));
                    a.finish();
                    return read;
                }).orElse(d);
        return new PublicInfo(asOf, accessibility);
    }

    private static String phone(Fields f, String key) {
        return f.node(key).map(n -> checked(f, n, key, PHONE, "a telephone number", "01223 699 999")).orElse(null);
    }

    private static String checked(Fields f, YamlNode node, String key, Pattern shape, String what, String example) {
        String text = f.text(node, key);
        if (text != null && !shape.matcher(text).matches()) {
            f.problems().error(node.position(), "'" + key + "' must be " + what + ", but found '" + text + "'",
                    "write it as e.g. " + example);
            return null;
        }
        return text;
    }
}
