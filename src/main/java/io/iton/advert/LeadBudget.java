package io.iton.advert;

/** The budget ranges the form offers; the Hebrew text of each is the message {@code advertise.budget.<NAME>}. */
public enum LeadBudget {
    UP_TO_5000, FROM_5000_TO_20000, FROM_20000_TO_50000, ABOVE_50000, NOT_DECIDED;

    public String messageKey() {
        return "advertise.budget." + name();
    }
}
