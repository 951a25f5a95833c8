package io.iton.media;

import java.util.List;

/**
 * The library grid: one page of images, newest first, matching {@code query} when it is not
 * blank, with links to the pages around it and an optional notice (after a delete).
 */
public record MediaListPage(String query, List<Tile> tiles, long total, int number, int totalPages,
                            String previousUrl, String nextUrl, String notice) {

    public MediaListPage {
        tiles = List.copyOf(tiles);
    }

    /** One image in the grid: a small copy, its words, and where to edit it. */
    public record Tile(long id, String thumbnailUrl, int width, int height, String alt, String caption, String credit,
                       String editUrl, String uploaded) {
    }
}
