package org.multivector.bargaining;

/** The three outcomes of an offer in BDM's model (Scholz et al. 2011; BDM 1994). */
public enum OfferType {
    /** Both expect to gain and the sender more: the receiver loses the confrontation and moves to the sender. */
    CONFRONTATION,
    /** The sender gains more than the receiver loses: the receiver moves part of the way, by |E_i/E_j|. */
    COMPROMISE,
    /** The receiver loses more than the sender gains: it gives in and moves to the sender. */
    CAPITULATION
}
