package io.iton.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text indexed from a body (expected values are what the earlier regular expressions gave). */
class HtmlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "<p>שלום&nbsp;עולם</p><p>שני</p>                              | שלום עולם שני",
            "a<br>b<br/>c<BR />d                                             | a b c d",
            "&amp;lt; &#x5D0;&#1488; &bogus; & x &#65                        | &lt; אא &bogus; & x &#65",
            "` \t<p> x </p>\n\n<h2>כותרת</h2><ul><li>א</li><li>ב</li></ul>` | x כותרת א ב",
            "<blockquote>ציטוט</blockquote><figure><img src=x><figcaption>כיתוב</figcaption></figure>סוף | ציטוט כיתוב סוף",
            "1 < 2 and 3 > 2                                                 | 1 2",
            "<p>צה<strong>\"ל</strong> &quot;צה&quot;ל&apos;&#10;x</p>      | צה\"ל \"צה\"ל' x",
            "`   `                                                           | ``"})
    void isTheReadableText(String html, String text) {
        assertThat(HtmlText.of(html.translateEscapes())).isEqualTo(text.translateEscapes());
    }
}
