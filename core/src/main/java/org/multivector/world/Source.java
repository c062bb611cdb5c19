package org.multivector.world;

import java.util.Objects;

/**
 * Where a figure comes from.
 *
 * @param publisher  who published it (a statistics office, ministry, news agency)
 * @param title      the title or headline of the publication
 * @param year       the year of publication
 * @param url        where a reader can check it
 * @param basis      whether the figure is the reporter's own, mirrored from the partner's statistics, or a third party's
 * @param assumption true when the figure is an analyst's assumption rather than a published fact
 */
public record Source(String publisher, String title, int year, String url, Basis basis, boolean assumption) {

    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(basis, "basis");
    }

    /** A one-line citation: publisher, title, year, URL. */
    public String citation() {
        return publisher + ", \"" + title + "\", " + year + ", " + url;
    }
}
