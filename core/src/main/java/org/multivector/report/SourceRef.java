package org.multivector.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.multivector.world.Source;

/**
 * A figure's source as it appears in every result document.
 *
 * @param publisher  who published the figure
 * @param title      the publication
 * @param year       the year of publication
 * @param url        where to find it
 * @param assumption true when the figure is an analyst assumption, not a published figure
 * @param licence    the publisher's licence, empty when the dataset does not say
 */
public record SourceRef(String publisher, String title, int year, String url, boolean assumption, String licence) {

    /** The source of a figure. */
    public static SourceRef of(Source source) {
        return new SourceRef(
                source.publisher(), source.title(), source.year(), source.url(), source.assumption(), source.licence());
    }

    /** A one-line citation, as {@link Source#citation()} writes it: publisher, "title", year, URL. */
    @JsonIgnore
    public String citation() {
        return publisher + ", \"" + title + "\", " + year + ", " + url;
    }
}
