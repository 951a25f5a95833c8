package io.iton.site;

import java.util.List;

/** What every public page's frame shows: the site's name and the featured categories. */
public record Chrome(String siteName, List<Link> featured) {
}
