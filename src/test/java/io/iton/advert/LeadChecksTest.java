package io.iton.advert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The request form's rules, field by field: Israeli phones and e-mails as people type them, and every refusal. */
class LeadChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final List<Product> CARD = List.of(
            new Product(1, "כתבה ממומנת", "", Product.Unit.ARTICLE, 350_000L, 1800, true, 1),
            new Product(2, "באנר", "", Product.Unit.WEEK, null, 1800, true, 2));

    private static LeadRequest request(String name, String company, String email, String phone, List<Long> products,
                                       String from, String to, String budget, String message, boolean consent) {
        return new LeadRequest(name, company, email, phone, products, from, to, budget, message, consent, "", "t");
    }

    private static LeadRequest good() {
        return request("דנה כהן", "כהן בע\"מ", "dana@example.co.il", "050-7654321", List.of(1L), "2026-12-01",
                "2026-12-31", "UP_TO_5000", "שלום", true);
    }

    private static LeadChecks.Outcome check(LeadRequest r) {
        return LeadChecks.check(r, CARD, TODAY);
    }

    @ParameterizedTest
    @CsvSource({
            "050-7654321, +972507654321",
            "0507654321, +972507654321",
            "+972507654321, +972507654321",
            "+972-50-765-4321, +972507654321",
            "+972 50 765 4321, +972507654321",
            "00972507654321, +972507654321",
            "054 765 4321, +972547654321",
            "02-6234567, +97226234567",
            "+972-2-6234567, +97226234567",
            "(03) 6234567, +97236234567",
            "04-8234567, +97248234567",
            "09 7654321, +97297654321",
            "077-3234567, +972773234567"})
    void israeliPhonesAreStoredInE164WhateverTheWriting(String typed, String e164) {
        var outcome = check(request("דנה", "חברה", "a@b.co.il", typed, List.of(1L), "", "", "", "", true));
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.clean().phone()).isEqualTo(e164);
        assertThat(outcome.clean().phoneTyped()).isEqualTo(typed.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "050-123456", "050-76543218", "+1 212 555 1234", "+44 20 7946 0958", "abc",
            "0000000000", "05O-1234567", "<script>alert(1)</script>", "050-7654321-050-7654321-050-7654321-9"})
    void otherPhonesAreRefused(String typed) {
        assertThat(check(request("דנה", "חברה", "a@b.co.il", typed, List.of(1L), "", "", "", "", true)).errors())
                .containsEntry("phone", "advertise.error.phone.invalid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana@example.co.il", "first.last+ads@example.com", "x@sub.domain.org", "DANA@EXAMPLE.COM"})
    void goodEmailsPass(String email) {
        assertThat(check(request("דנה", "חברה", email, "050-7654321", List.of(1L), "", "", "", "", true)).errors()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dana", "dana@example", "a b@example.com", "a@@example.com", "<script>@x.com",
            "dana@example.c", "dana@exa mple.com", "\"dana\"@example.com"})
    void badEmailsAreRefused(String email) {
        assertThat(check(request("דנה", "חברה", email, "050-7654321", List.of(1L), "", "", "", "", true)).errors())
                .containsEntry("email", "advertise.error.email.invalid");
    }

    @Test
    void missingFieldsEachGetTheirOwnMessage() {
        var errors = check(request(" ", "", "", "", List.of(), "", "", "", "", false)).errors();
        assertThat(errors).containsEntry("name", "advertise.error.name.required")
                .containsEntry("company", "advertise.error.company.required")
                .containsEntry("email", "advertise.error.email.required")
                .containsEntry("phone", "advertise.error.phone.required")
                .containsEntry("products", "advertise.error.products.required")
                .containsEntry("consent", "advertise.error.consent.required")
                .hasSize(6);
    }

    @Test
    void aGoodRequestPassesWhole() {
        var outcome = check(good());
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.clean().products()).containsExactly("כתבה ממומנת");
        assertThat(outcome.clean().dateFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(outcome.clean().budget()).isEqualTo("UP_TO_5000");
    }

    @Test
    void aTenThousandCharacterMessageIsRefusedAndFiveThousandIsNot() {
        var g = good();
        assertThat(check(new LeadRequest(g.name(), g.company(), g.email(), g.phone(), g.productIds(), "", "", "",
                "א".repeat(10_000), true, "", "t")).errors()).containsEntry("message", "advertise.error.message.tooLong");
        assertThat(check(new LeadRequest(g.name(), g.company(), g.email(), g.phone(), g.productIds(), "", "", "",
                "א".repeat(5_000), true, "", "t")).errors()).isEmpty();
    }

    @Test
    void datesProductsAndBudgetAreChecked() {
        var errors = check(request("דנה", "חברה", "a@b.co.il", "050-7654321", List.of(99L), "2026-11-01",
                "2026-10-01", "A_MILLION", "", true)).errors();
        assertThat(errors).containsEntry("products", "advertise.error.products.unknown")
                .containsEntry("dateFrom", "advertise.error.dateFrom.past")
                .containsEntry("dateTo", "advertise.error.dateTo.beforeFrom")
                .containsEntry("budget", "advertise.error.budget.invalid");
        assertThat(check(request("דנה", "חברה", "a@b.co.il", "050-7654321", List.of(1L), "not-a-date", "", "", "", true))
                .errors()).containsEntry("dateFrom", "advertise.error.date.invalid");
    }

    @Test
    void controlCharactersAreRemovedAndHtmlIsKeptAsText() {
        var outcome = check(request("<b>דנה</b>\u0000", "<script>alert(1)</script>", "a@b.co.il", "050-7654321",
                List.of(1L), "", "", "", "שורה\nשנייה\u0007", true));
        assertThat(outcome.errors()).isEmpty();
        assertThat(outcome.clean().name()).isEqualTo("<b>דנה</b>");
        assertThat(outcome.clean().company()).isEqualTo("<script>alert(1)</script>");
        assertThat(outcome.clean().message()).isEqualTo("שורה\nשנייה");
    }
}
