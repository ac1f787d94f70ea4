package org.committeepapers.model;

/** A committee of the council; papers name it by {@code id}. */
public record Committee(String id, String name) {
}
