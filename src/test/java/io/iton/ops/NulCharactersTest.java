package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class NulCharactersTest {

    private static final JsonMapper JSON = JsonMapper.builder().addModule(NulCharacters.jsonStrings()).build();

    record Form(String title, java.util.List<String> tags) {
    }

    @Test
    void aNulInTheAddressOrAFormFieldIsABadRequestThatReachesNoHandler() throws Exception {
        for (MockHttpServletRequest request : new MockHttpServletRequest[] {
                withQuery("q=%00"), withQuery("q=a%00b"), withParameter("title", "כותרת\u0000"),
                withParameter("x\u0000", "ערך")}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            MockFilterChain chain = new MockFilterChain();
            new NulCharacters().doFilter(request, response, chain);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(chain.getRequest()).as("the handler was not reached").isNull();
        }
    }

    @Test
    void textWithoutANulPassesUntouched() throws Exception {
        MockHttpServletRequest request = withParameter("title", "צה\"ל: ' OR 1=1 -- %00 \\0");
        MockFilterChain chain = new MockFilterChain();
        new NulCharacters().doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aJsonStringWithANulDoesNotReadAndOthersReadAsBefore() {
        assertThatThrownBy(() -> JSON.readValue("{\"title\":\"a\\u0000b\"}", Form.class)).isInstanceOf(JacksonException.class);
        assertThatThrownBy(() -> JSON.readValue("{\"tags\":[\"\\u0000\"]}", Form.class)).isInstanceOf(JacksonException.class);
        assertThat(JSON.readValue("{\"title\":\"כותרת \\u202e\",\"tags\":[\"תג\"]}", Form.class))
                .isEqualTo(new Form("כותרת \u202e", java.util.List.of("תג")));
        assertThat(JSON.readValue("{\"title\":null}", Form.class).title()).isNull();
        assertThat(JSON.readValue("{\"m\":\"x\"}", Map.class)).containsEntry("m", "x");
    }

    private static MockHttpServletRequest withQuery(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString(query);
        return request;
    }

    private static MockHttpServletRequest withParameter(String name, String value) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/newsroom/categories");
        request.setContentType("application/x-www-form-urlencoded");
        request.addParameter(name, value);
        return request;
    }
}
