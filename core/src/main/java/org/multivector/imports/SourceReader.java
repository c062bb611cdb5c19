package org.multivector.imports;

import java.io.IOException;

/** Reads one downloaded file of a format and hands its figures to the context, row by row (streaming). */
sealed interface SourceReader permits ComtradeReader, ImfDotsReader, WdiReader, SipriRegisterReader {

    void read(ReadContext ctx) throws IOException;

    static SourceReader of(ImportFormat format) {
        return switch (format) {
            case COMTRADE -> new ComtradeReader();
            case IMF_DOTS -> new ImfDotsReader();
            case WDI -> new WdiReader();
            case SIPRI_REGISTER -> new SipriRegisterReader();
        };
    }
}
