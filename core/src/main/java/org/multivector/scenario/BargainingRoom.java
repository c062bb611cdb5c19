package org.multivector.scenario;

import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Room to manoeuvre from the bargaining module: each period's alignment issue (the focal country and
 * the powers on a 0–100 scale) goes to {@link ManoeuvreRoom#of(Issue, String, Variant, ManoeuvreRoom.Test)},
 * which scans the scale and refines each boundary of the safe intervals; the room is their share of the
 * scale. Equations and variants: docs/bargaining.md; how the scenario model sets up the issue:
 * docs/model.md, eq. 8.
 */
public final class BargainingRoom implements RoomModel {

    private static final String FOCAL = "focal";

    private final Variant variant;
    private final ManoeuvreRoom.Test test;

    /** The bargaining module's defaults: Masad's variant, no credible challenge. */
    public BargainingRoom() {
        this(ManoeuvreRoom.DEFAULT_VARIANT, ManoeuvreRoom.Test.NO_CREDIBLE_CHALLENGE);
    }

    public BargainingRoom(Variant variant, ManoeuvreRoom.Test test) {
        this.variant = variant;
        this.test = test;
    }

    @Override
    public double room(double[] position, double[] capability, double[] salience) {
        List<Stakeholder> stakeholders = new ArrayList<>(position.length);
        for (int i = 0; i < position.length; i++) {
            stakeholders.add(new Stakeholder(i == 0 ? FOCAL : "power" + i, Math.max(0, capability[i]), position[i],
                    Math.min(1, Math.max(0, salience[i]))));
        }
        Issue issue = new Issue("alignment", "0 = aligned with the first camp, 100 = with the other", OptionalDouble.of(0),
                OptionalDouble.of(100), stakeholders, List.of(), List.of());
        return ManoeuvreRoom.of(issue, FOCAL, variant, test).share();
    }
}
