package org.multivector.scenario;

import org.multivector.bargaining.GradedRoom;
import org.multivector.bargaining.Issue;
import org.multivector.bargaining.ManoeuvreRoom;
import org.multivector.bargaining.Stakeholder;
import org.multivector.bargaining.Variant;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Room to manoeuvre from the bargaining module, on each period's alignment issue (the focal country
 * and the powers on a 0–100 scale). The default is the graded room ({@link GradedRoom}): every position
 * weighed by how weak the strongest credible challenge against it is, integrated over the scale, so
 * the room responds continuously to capabilities and attention (docs/model.md, eq. 8). The
 * safe-set width of {@link ManoeuvreRoom} (scan and bisection, risk step included) is kept as
 * {@link #safeSetWidth}: it moves in steps. Equations: docs/bargaining.md.
 */
public final class BargainingRoom implements RoomModel {

    private static final String FOCAL = "focal";
    private static final double LOWER = 0;
    private static final double UPPER = 100;

    private final Variant variant;
    private final ManoeuvreRoom.Test test;
    private final ThreadLocal<GradedRoom.Workspace> workspace;

    /** The graded room (Masad's pairwise probabilities, risk-neutral, credible challenges). */
    public BargainingRoom() {
        this.variant = null;
        this.test = null;
        this.workspace = ThreadLocal.withInitial(GradedRoom.Workspace::new);
    }

    /** The share of the scale that is safe under {@code variant} and {@code test} (the measure before the graded room). */
    public BargainingRoom(Variant variant, ManoeuvreRoom.Test test) {
        this.variant = variant;
        this.test = test;
        this.workspace = null;
    }

    /** As {@link #BargainingRoom(Variant, ManoeuvreRoom.Test)}: the safe-set width, found by scan and bisection. */
    public static BargainingRoom safeSetWidth(Variant variant, ManoeuvreRoom.Test test) {
        return new BargainingRoom(variant, test);
    }

    @Override
    public double room(double[] position, double[] capability, double[] salience) {
        if (workspace != null) {
            return GradedRoom.share(position, capability, salience, 0, LOWER, UPPER, workspace.get());
        }
        List<Stakeholder> stakeholders = new ArrayList<>(position.length);
        for (int i = 0; i < position.length; i++) {
            stakeholders.add(new Stakeholder(
                    i == 0 ? FOCAL : "power" + i,
                    Math.max(0, capability[i]),
                    position[i],
                    Math.min(1, Math.max(0, salience[i]))));
        }
        Issue issue = new Issue(
                "alignment",
                "0 = aligned with the first camp, 100 = with the other",
                OptionalDouble.of(LOWER),
                OptionalDouble.of(UPPER),
                stakeholders,
                List.of(),
                List.of());
        return ManoeuvreRoom.of(issue, FOCAL, variant, test).share();
    }
}
