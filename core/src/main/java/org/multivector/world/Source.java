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
 * @param licence    the publisher's terms of use as stated in the dataset's source table, possibly empty
 * @param id         the source's id in the dataset's {@code sources.csv} ({@code imf-dots-kaz-x}), empty for
 *                   figures that carry their source in the row
 */
public record Source(
        String publisher,
        String title,
        int year,
        String url,
        Basis basis,
        boolean assumption,
        String licence,
        String id) {

    public Source {
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(basis, "basis");
        licence = licence == null ? "" : licence;
        id = id == null ? "" : id;
    }

    /** A source given in full in a figure's row, with no entry in a source table. */
    public Source(String publisher, String title, int year, String url, Basis basis, boolean assumption) {
        this(publisher, title, year, url, basis, assumption, "", "");
    }

    /** A one-line citation: publisher, title, year, URL. */
    public String citation() {
        return publisher + ", \"" + title + "\", " + year + ", " + url;
    }
}
