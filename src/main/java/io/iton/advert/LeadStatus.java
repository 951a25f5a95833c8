package io.iton.advert;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an advertising request stands. The moves the sales desk may make are listed here, next to
 * the states; {@link Lead#moveTo} refuses the rest.
 */
public enum LeadStatus {
    NEW, CONTACTED, QUOTE_SENT, WON, LOST, SPAM;

    /** The states a lead in this state may be moved to by hand. */
    public Set<LeadStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(CONTACTED, QUOTE_SENT, LOST, SPAM);
            case CONTACTED -> EnumSet.of(QUOTE_SENT, WON, LOST, SPAM);
            case QUOTE_SENT -> EnumSet.of(CONTACTED, WON, LOST);
            case WON -> EnumSet.noneOf(LeadStatus.class);
            case LOST -> EnumSet.of(CONTACTED);
            case SPAM -> EnumSet.of(NEW);
        };
    }
}
