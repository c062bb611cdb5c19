package org.multivector.imports;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one downloaded file of a format and hands its figures to the context, row by row (streaming). */
sealed interface SourceReader
        permits ComtradeReader,
                ImfDotsReader,
                ImfDotsWorkbookReader,
                WdiReader,
                SipriRegisterReader,
                BnsTradeReader,
                UngaIdealPointReader {

    void read(ReadContext ctx) throws IOException;

    /** The reader of a format; for IMF DOTS the workbook reader when the file is an Excel workbook, else the CSV reader. */
    static SourceReader of(ImportFormat format, Path file) {
        return switch (format) {
            case COMTRADE -> new ComtradeReader();
            case IMF_DOTS -> ExcelWorkbook.looksLikeWorkbook(file) ? new ImfDotsWorkbookReader() : new ImfDotsReader();
            case WDI -> new WdiReader();
            case SIPRI_REGISTER -> new SipriRegisterReader();
            case BNS_KAZ -> new BnsTradeReader();
            case UNGA -> new UngaIdealPointReader();
        };
    }
}
