package io.iton.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.iton.history.DiffSegment.Kind;

/** Word and paragraph compares on the seed's Hebrew. */
class TextDiffTest {

    private static final String TITLE = "ישראל מחזקת את קשריה עם רוסיה: פגישות במוסקבה במטרה לדחוק את טורקיה וללחוץ על חמאס";

    @Test
    void aChangedWordIsOneDeletionAndOneInsertionAndTheRestIsKept() {
        List<DiffSegment> diff = TextDiff.words(TITLE, TITLE.replace("מחזקת", "מהדקת"));
        assertThat(diff).containsExactly(
                new DiffSegment(Kind.SAME, "ישראל"),
                new DiffSegment(Kind.DELETED, "מחזקת"),
                new DiffSegment(Kind.INSERTED, "מהדקת"),
                new DiffSegment(Kind.SAME, TITLE.substring(TITLE.indexOf(" את") + 1)));
    }

    @Test
    void prefixedWordsQuotesAndGereshStayWhole() {
        List<DiffSegment> diff = TextDiff.words("כוחות צה\"ל ברוסיה והג'יהאדיסטים", "כוחות צה״ל לרוסיה והג'יהאדיסטים");
        assertThat(diff).filteredOn(DiffSegment::deleted).extracting(DiffSegment::text)
                .containsExactly("צה\"ל ברוסיה");
        assertThat(diff).filteredOn(DiffSegment::inserted).extracting(DiffSegment::text)
                .containsExactly("צה״ל לרוסיה");
    }

    @Test
    void theSameWordWithMarksInAnotherOrderIsNotAChange() {
        String composed = "ש\u05B8\u05C1לום";
        String reordered = "ש\u05C1\u05B8לום";
        assertThat(TextDiff.words(composed, reordered)).extracting(DiffSegment::kind).containsOnly(Kind.SAME);
    }

    @Test
    void anInsertedParagraphIsWholeAndAnEditedOneIsComparedWordByWord() {
        var before = BodyText.blocks("<h2>רקע והקשר הבין-לאומי</h2><p>ישראל מנסה לחדד את יחסיה עם רוסיה.</p>"
                + "<p>הפגישות נועדו לתאם.</p>");
        var after = BodyText.blocks("<h2>רקע והקשר הבין-לאומי</h2><p>פסקה חדשה לגמרי.</p>"
                + "<p>ישראל מנסה לחדד את יחסיה עם רוסיה.</p><p>הפגישות נועדו לתאם ולהדק.</p>");
        List<DiffParagraph> diff = TextDiff.paragraphs(before, after);
        assertThat(diff).hasSize(4);
        assertThat(diff.get(0).heading()).isTrue();
        assertThat(diff.get(0).changed()).isFalse();
        assertThat(diff.get(1).segments()).containsExactly(new DiffSegment(Kind.INSERTED, "פסקה חדשה לגמרי."));
        assertThat(diff.get(2).changed()).isFalse();
        assertThat(diff.get(3).segments()).containsExactly(new DiffSegment(Kind.SAME, "הפגישות נועדו"),
                new DiffSegment(Kind.DELETED, "לתאם."), new DiffSegment(Kind.INSERTED, "לתאם ולהדק."));
    }

    @Test
    void aDeletedParagraphIsWhollyDeleted() {
        var diff = TextDiff.paragraphs(BodyText.blocks("<p>א</p><p>ב ג</p>"), BodyText.blocks("<p>א</p>"));
        assertThat(diff.get(1).segments()).containsExactly(new DiffSegment(Kind.DELETED, "ב ג"));
    }

    @Test
    void bodyTextDecodesEntitiesAndSplitsBlocksButNotInlineMarkup() {
        assertThat(BodyText.blocks("<p>צה&quot;ל <strong>תקף</strong>&nbsp;אתמול<br>בלילה</p><ul><li>אחד</li><li>שניים</li></ul>"
                + "<blockquote><p>ציטוט</p></blockquote>"))
                .extracting(BodyText.Block::text)
                .containsExactly("צה\"ל תקף אתמול בלילה", "אחד", "שניים", "ציטוט");
    }
}
