package org.committeepapers.model;

import java.time.LocalDate;

/** A date when the author gave one (printed in the site's style), otherwise their words, e.g. "Oct/Nov 2023". */
public record DateOrText(LocalDate date, String text) {
}
