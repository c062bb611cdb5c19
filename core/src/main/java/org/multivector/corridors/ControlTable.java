package org.multivector.corridors;

import java.util.List;

/** The owners and operators of a corridor network's links ({@code control.csv}); empty when the data have none. */
public record ControlTable(List<LinkControl> rowList) {

    public ControlTable {
        rowList = List.copyOf(rowList);
    }
}
