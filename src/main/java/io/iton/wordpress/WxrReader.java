package io.iton.wordpress;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a WXR file as a stream: one item at a time is in memory, whatever the file's size. No DTD
 * and no external entity is ever read. A file that breaks off (truncated, or XML the parser cannot
 * go past) ends the reading with a problem naming the line and the item it was in; everything
 * before it has been handed over already.
 */
final class WxrReader {

    /** What the reader hands over, in file order. */
    interface Listener {
        default void site(Wxr.Site site) {
        }

        default void author(Wxr.Author author) {
        }

        default void term(Wxr.Term term) {
        }

        default void item(Wxr.Item item) {
        }

        /** A problem outside any item, or the one that stopped the reading ({@code fatal}). */
        default void problem(ReadProblem problem, String itemTitle, boolean fatal) {
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    private WxrReader() {
    }

    /** Reads the whole stream; true when it reached the end of the document. */
    static boolean read(InputStream in, Listener listener) throws IOException {
        CleanXmlInput input = new CleanXmlInput(in);
        XMLStreamReader xml = null;
        ItemState current = null;
        String siteTitle = null;
        String siteLink = null;
        try {
            xml = FACTORY.createXMLStreamReader(input);
            boolean siteSent = false;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = name(xml);
                if (depth == 3) {  // rss > channel > this
                    switch (name) {
                        case "title" -> siteTitle = text(xml);
                        case "link" -> siteLink = text(xml);
                        case "wp:base_blog_url" -> {
                            listener.site(new Wxr.Site(siteTitle, siteLink, text(xml)));
                            siteSent = true;
                        }
                        case "wp:author" -> listener.author(author(xml));
                        case "wp:category", "wp:tag" -> listener.term(term(xml, name.equals("wp:category")));
                        case "item" -> {
                            if (!siteSent) {
                                listener.site(new Wxr.Site(siteTitle, siteLink, null));
                                siteSent = true;
                            }
                            current = new ItemState(line(xml));
                            readItem(xml, current);
                            Wxr.Item item = current.build(input.takeProblemsUpTo(line(xml)));
                            current = null;
                            listener.item(item);
                        }
                        default -> skip(xml);
                    }
                    depth--;  // each case read up to its own end tag
                    for (ReadProblem p : input.takeProblemsUpTo(line(xml))) {
                        listener.problem(p, null, false);
                    }
                }
            }
            return true;
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
            String title = current != null ? current.title : null;
            listener.problem(new ReadProblem(line, "the file cannot be read past here (" + reason(e)
                    + "); nothing after it was imported"), title, true);
            return false;
        } finally {
            try {
                if (xml != null) {
                    xml.close();
                }
            } catch (XMLStreamException ignored) {
                // closing a broken stream: nothing more to say
            }
        }
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    /** The fields of one item; the reader is on its start tag and ends on its end tag. */
    private static void readItem(XMLStreamReader xml, ItemState item) throws XMLStreamException {
        while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
            String name = name(xml);
            switch (name) {
                case "title" -> item.title = text(xml);
                case "link" -> item.link = text(xml);
                case "guid" -> item.guid = text(xml);
                case "dc:creator" -> item.creator = text(xml);
                case "content:encoded" -> item.content = text(xml);
                case "excerpt:encoded" -> item.excerpt = text(xml);
                case "wp:post_id" -> item.postId = number(text(xml));
                case "wp:post_date" -> item.postDate = text(xml);
                case "wp:post_date_gmt" -> item.postDateGmt = text(xml);
                case "wp:post_modified" -> item.postModified = text(xml);
                case "wp:post_modified_gmt" -> item.postModifiedGmt = text(xml);
                case "wp:post_name" -> item.postName = text(xml);
                case "wp:status" -> item.status = text(xml);
                case "wp:post_type" -> item.postType = text(xml);
                case "wp:post_password" -> item.password = text(xml);
                case "wp:is_sticky" -> item.sticky = "1".equals(text(xml).strip());
                case "wp:post_parent" -> item.parent = number(text(xml));
                case "wp:attachment_url" -> item.attachmentUrl = text(xml);
                case "category" -> item.terms.add(new Wxr.ItemTerm(attr(xml, "domain"), attr(xml, "nicename"),
                        text(xml)));
                case "wp:postmeta" -> meta(xml, item.meta);
                default -> skip(xml);
            }
        }
    }

    private static void meta(XMLStreamReader xml, Map<String, String> meta) throws XMLStreamException {
        String key = null;
        String value = null;
        while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
            switch (name(xml)) {
                case "wp:meta_key" -> key = text(xml);
                case "wp:meta_value" -> value = text(xml);
                default -> skip(xml);
            }
        }
        if (key != null && (key.equals("_thumbnail_id") || key.equals("_wp_attached_file")
                || key.equals("_wp_attachment_image_alt"))) {
            meta.put(key, value == null ? "" : value);
        }
    }

    /** The next start or end tag; stray text between elements (WordPress writes some) is passed over. */
    private static int nextTag(XMLStreamReader xml) throws XMLStreamException {
        int event = xml.next();
        while (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            event = xml.next();
        }
        return event;
    }

    private static Wxr.Author author(XMLStreamReader xml) throws XMLStreamException {
        int line = line(xml);
        String login = null;
        String display = null;
        while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
            switch (name(xml)) {
                case "wp:author_login" -> login = text(xml);
                case "wp:author_display_name" -> display = text(xml);
                default -> skip(xml);
            }
        }
        return new Wxr.Author(login, display, line);
    }

    private static Wxr.Term term(XMLStreamReader xml, boolean category) throws XMLStreamException {
        int line = line(xml);
        String nicename = null;
        String name = null;
        String parent = category ? "" : null;
        while (nextTag(xml) == XMLStreamConstants.START_ELEMENT) {
            switch (name(xml)) {
                case "wp:category_nicename", "wp:tag_slug" -> nicename = text(xml);
                case "wp:cat_name", "wp:tag_name" -> name = text(xml);
                case "wp:category_parent" -> parent = text(xml);
                default -> skip(xml);
            }
        }
        return new Wxr.Term(category, nicename, name, parent, line);
    }

    /** {@code prefix:local} as WXR writes it ({@code wp:post_id}, {@code content:encoded}). */
    private static String name(XMLStreamReader xml) {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (depth == 1) {
                        text.append(xml.getText());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String attr(XMLStreamReader xml, String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static int line(XMLStreamReader xml) {
        return xml.getLocation().getLineNumber();
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An item being read. */
    private static final class ItemState {
        final int line;
        String title = "";
        String link = "";
        String guid = "";
        String creator = "";
        String content = "";
        String excerpt = "";
        long postId;
        String postDate = "";
        String postDateGmt = "";
        String postModified = "";
        String postModifiedGmt = "";
        String postName = "";
        String status = "";
        String postType = "";
        String password = "";
        boolean sticky;
        long parent;
        String attachmentUrl = "";
        final List<Wxr.ItemTerm> terms = new ArrayList<>();
        final Map<String, String> meta = new HashMap<>();

        ItemState(int line) {
            this.line = line;
        }

        Wxr.Item build(java.util.Collection<ReadProblem> problems) {
            return new Wxr.Item(line, title, link, guid, creator, content, excerpt, postId, postDate, postDateGmt,
                    postModified, postModifiedGmt, postName, status.strip(), postType.strip(), password, sticky, parent,
                    List.copyOf(terms), Map.copyOf(meta), attachmentUrl, List.copyOf(problems));
        }
    }
}
