package io.iton.advert;

/** A status change the lead's current status does not allow, such as winning a lead marked as spam. */
public class IllegalLeadTransition extends RuntimeException {

    private final LeadStatus from;
    private final LeadStatus to;

    IllegalLeadTransition(LeadStatus from, LeadStatus to) {
        super("a lead that is " + from + " cannot become " + to);
        this.from = from;
        this.to = to;
    }

    public LeadStatus from() {
        return from;
    }

    public LeadStatus to() {
        return to;
    }
}
