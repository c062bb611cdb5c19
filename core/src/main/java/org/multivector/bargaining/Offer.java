package org.multivector.bargaining;

/**
 * An offer an actor accepted in one round.
 *
 * @param receiver      the actor who moves
 * @param sender        the actor whose position it moves toward
 * @param type          confrontation, compromise or capitulation
 * @param receiverEu    E_i: the receiver's expected utility of challenging the sender, as the variant prices it
 * @param senderEu      E_j: the sender's expected utility of challenging the receiver, as the variant prices it
 * @param fromPosition  the receiver's position before the round
 * @param toPosition    its position after
 */
public record Offer(
        String receiver,
        String sender,
        OfferType type,
        double receiverEu,
        double senderEu,
        double fromPosition,
        double toPosition) {}
