package org.committeepapers.render;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.committeepapers.compute.ComputedMeeting;
import org.committeepapers.compute.ComputedSite;
import org.committeepapers.compute.SiteDate;
import org.committeepapers.model.Committee;

/**
 * The parts of the public pages that are about committees rather than papers: their meetings, upcoming and
 * past as of the site's date, their members and their clerk, and the calendar files.
 */
final class PublicViews {
    private final ComputedSite computed;
    private final SiteDate today;
    /** The type, size and pages of the file published at a path, e.g. "PDF, 216 KB, 22 pages". */
    private final Function<String, String> facts;
    private final TextPrinter texts;

    PublicViews(ComputedSite computed, SiteDate today, Function<String, String> facts, TextPrinter texts) {
        this.computed = computed;
        this.today = today;
        this.facts = facts;
        this.texts = texts;
    }

    /** Where the calendar of {@code committeeId}'s meetings is published; null for every committee's. */
    static String calendarPath(String committeeId) {
        return "calendar/" + (committeeId == null ? "all-meetings" : committeeId) + ".ics";
    }

    /** What the file published at {@code path} is, e.g. "PDF, 216 KB, 22 pages". */
    String facts(String path) {
        return facts.apply(path);
    }

    SiteDate today() {
        return today;
    }

    /** The meetings of one committee (or of all, for null), in date order. */
    List<ComputedMeeting> meetingsOf(String committeeId) {
        return computed.meetings().stream()
                .filter(m -> committeeId == null || m.meeting().committeeId().equals(committeeId))
                .sorted(Comparator.comparing((ComputedMeeting m) -> m.meeting().date()).thenComparing(m -> m.meeting().slug()))
                .toList();
    }

    /** All of a committee's meetings by date (every committee's for null). */
    List<Views.MeetingLinkView> all(String committeeId, String root) {
        return meetingsOf(committeeId).stream().map(m -> link(m, root)).toList();
    }

    /** Meetings on or after the site's date, soonest first. */
    List<Views.MeetingLinkView> upcoming(String committeeId, String root) {
        return meetingsOf(committeeId).stream().filter(m -> today.upcoming(m.meeting())).map(m -> link(m, root))
                .toList();
    }

    /** Meetings before the site's date, latest first. */
    List<Views.MeetingLinkView> past(String committeeId, String root) {
        List<Views.MeetingLinkView> past = new java.util.ArrayList<>(meetingsOf(committeeId).stream()
                .filter(m -> !today.upcoming(m.meeting())).map(m -> link(m, root)).toList());
        java.util.Collections.reverse(past);
        return List.copyOf(past);
    }

    private Views.MeetingLinkView link(ComputedMeeting m, String root) {
        String pdf = MeetingViews.pdfPath(m);
        return new Views.MeetingLinkView(SiteRenderer.longDate(m.meeting().date()), m.meeting().time(),
                texts.print(m.meeting().venue(), m.textFigures()), computed.site().committee(m.meeting().committeeId()).name(),
                root + MeetingViews.path(m), root + pdf, facts.apply(pdf),
                MeetingViews.minutesLink(computed.site(), m, root), today.upcoming(m.meeting()));
    }

    /** A meeting as a calendar event, its venue and item titles printed with their figures. */
    IcsWriter.Event event(ComputedMeeting m) {
        return new IcsWriter.Event(m.meeting(), computed.site().committee(m.meeting().committeeId()).name(),
                MeetingViews.path(m), texts.print(m.meeting().venue(), m.textFigures()),
                m.items().stream().map(i -> i.item().number() + ". " + texts.print(i.item().title(), m.textFigures()))
                        .toList());
    }

    static List<Views.MemberView> members(Committee committee) {
        return committee.members().stream().map(m -> new Views.MemberView(m.name(), m.role(), m.party())).toList();
    }

    static Views.ClerkView clerk(Committee committee) {
        Committee.Clerk clerk = committee.clerk();
        if (clerk == null) {
            return null;
        }
        String phone = clerk.phone();
        return new Views.ClerkView(clerk.name(), clerk.email(), clerk.email() == null ? null : "mailto:" + clerk.email(),
                phone, phone == null ? null : "tel:" + phone.replaceAll("[^0-9+]", ""));
    }
}
