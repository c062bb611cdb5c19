package org.multivector.corridors;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one written form of a capacity disruption, shared by the command line ({@code --cut},
 * {@code --reduce}) and the HTTP API ({@code cut=}, {@code reduce=}), so that the same words mean the
 * same cut from either door:
 * <ul>
 *   <li>{@code LINK=P%} cuts P percent of the link's capacity ({@code CPC_SEA=67%} leaves 33 %);
 *       {@code LINK} alone cuts all of it, i.e. closes the link;</li>
 *   <li>{@code LINK:X} leaves the share X (0 to 1) of the capacity ({@code CPC_SEA:0.2} leaves 20 %).</li>
 * </ul>
 * Parsing checks the form and the range only; whether the link exists in the network and year is the
 * caller's check, which knows the network.
 */
public final class DisruptionSyntax {

    private static final Pattern CUT = Pattern.compile("([A-Za-z0-9_.-]+)(?:=([0-9]+(?:\\.[0-9]+)?)%?)?");
    private static final Pattern LEAVE = Pattern.compile("([A-Za-z0-9_.-]+):([0-9]*\\.?[0-9]+)");

    private DisruptionSyntax() {}

    /** The link a cut or reduce text names, or the text itself when it has no recognisable link. */
    public static String link(String text) {
        String s = text.strip();
        int at = Math.max(s.indexOf('='), s.indexOf(':'));
        return at < 0 ? s : s.substring(0, at);
    }

    /**
     * {@code LINK=P%} (or {@code LINK=P}) cuts P percent; {@code LINK} cuts 100 %.
     *
     * @throws IllegalArgumentException naming the expected form or the range broken
     */
    public static Disruption.CutCapacity cut(String text, Period period) {
        Matcher m = CUT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' must be LINK=PERCENT (e.g. CPC_SEA=67%) or LINK to close it");
        }
        double percent = m.group(2) == null ? 100 : Double.parseDouble(m.group(2));
        if (percent > 100) {
            throw new IllegalArgumentException("'" + text + "': a cut cannot exceed 100%");
        }
        return new Disruption.CutCapacity(m.group(1), percent / 100, period);
    }

    /**
     * {@code LINK:X} leaves the share X (0 to 1) of the link's capacity: a cut of {@code 1 - X}.
     *
     * @throws IllegalArgumentException naming the expected form or the range broken
     */
    public static Disruption.CutCapacity leave(String text, Period period) {
        Matcher m = LEAVE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' must be LINK:SHARE_LEFT with a share from 0 to 1, e.g. CPC_SEA:0.2");
        }
        double left = Double.parseDouble(m.group(2));
        if (left > 1) {
            throw new IllegalArgumentException("'" + text + "': the share of capacity left must be from 0 to 1, got "
                    + String.format(Locale.ROOT, "%s", m.group(2)));
        }
        return new Disruption.CutCapacity(m.group(1), 1 - left, period);
    }
}
