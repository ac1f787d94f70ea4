package org.committeepapers.model;

import java.util.List;

/**
 * A committee of the council; papers name it by {@code id}. Its page shows its {@code members} and how to
 * reach its {@code clerk} (null when site.yaml names none).
 */
public record Committee(String id, String name, List<Member> members, Clerk clerk) {

    public Committee(String id, String name) {
        this(id, name, List.of(), null);
    }

    /** A member of the committee; {@code role} is e.g. "Chair", {@code party} may be null. */
    public record Member(String name, String role, String party) {
    }

    /** The officer who runs the committee's meetings: who the public contact about them. */
    public record Clerk(String name, String email, String phone) {
    }
}
