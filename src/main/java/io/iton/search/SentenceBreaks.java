package io.iton.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence ends for snippets: after {@code . ! ?} (and any closing quote or bracket) and the
 * white space that follows, unless a digit or a lower-case letter comes next. The JDK's rule-based
 * sentence iterator, which the highlighter uses by default, walked the text through a character iterator and cost a tenth of a search; article text
 * needs no more than this. Boundaries are at the start of the next sentence, as the JDK's are.
 */
final class SentenceBreaks extends BreakIterator {

    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < Math.abs(n) && result != DONE; i++) {
            result = n > 0 ? next() : previous();
        }
        return result;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        checkOffset(offset);
        if (offset == text.length()) {
            return DONE;
        }
        current = after(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        checkOffset(offset);
        if (offset == 0) {
            return DONE;
        }
        current = before(offset);
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder(newText.getEndIndex() - newText.getBeginIndex());
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    /** The first boundary after {@code offset}: the text's end if there is none. */
    private int after(int offset) {
        for (int p = offset + 1; p < text.length(); p++) {
            if (isSentenceStart(p)) {
                return p;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset}: the text's start if there is none. */
    private int before(int offset) {
        for (int p = Math.min(offset, text.length()) - 1; p > 0; p--) {
            if (isSentenceStart(p)) {
                return p;
            }
        }
        return 0;
    }

    private boolean isSentenceStart(int p) {
        char first = text.charAt(p);
        // Like the JDK's: "3.5" or "e.g. this" does not start a sentence.
        if (Character.isWhitespace(first) || Character.isDigit(first) || Character.isLowerCase(first)
                || !Character.isWhitespace(text.charAt(p - 1))) {
            return false;
        }
        int end = p - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        while (end >= 0 && "\"'״”’)]".indexOf(text.charAt(end)) >= 0) {
            end--;
        }
        return end >= 0 && ".!?".indexOf(text.charAt(end)) >= 0;
    }

    private void checkOffset(int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IllegalArgumentException("offset " + offset + " outside the text (0 to " + text.length() + ")");
        }
    }
}
