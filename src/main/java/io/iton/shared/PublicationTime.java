package io.iton.shared;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Shows stored UTC instants in the site's zone: as readers read them and as machines parse them. */
@Component
public class PublicationTime {

    private static final DateTimeFormatter MACHINE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final DateTimeFormatter human;
    private final DateTimeFormatter machine;

    public PublicationTime(SiteProperties site) {
        this.human = DateTimeFormatter.ofPattern(site.dateTimeFormat(), Localizer.HEBREW).withZone(site.timeZone());
        this.machine = MACHINE.withZone(site.timeZone());
    }

    /** For the page, in the configured format: {@code 2025-03-01 17:49:00} by default. */
    public String human(Instant instant) {
        return human.format(instant);
    }

    /** For {@code <time datetime>}: {@code 2025-03-01T17:49:00+02:00}, with the zone's offset then. */
    public String machine(Instant instant) {
        return machine.format(instant);
    }
}
