package org.helpdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.helpdesk.account.Role;
import org.junit.jupiter.api.Test;

class ContactViewTest {

    @Test
    void agentsAndAdministratorsSeeContactsInFullQualityManagersAndAuditorsMasked() {
        assertThat(ContactView.forRoles(Set.of(Role.AGENT))).isEqualTo(ContactView.FULL);
        assertThat(ContactView.forRoles(Set.of(Role.ADMIN))).isEqualTo(ContactView.FULL);
        assertThat(ContactView.forRoles(Set.of(Role.AUDITOR, Role.AGENT))).isEqualTo(ContactView.FULL);
        assertThat(ContactView.forRoles(Set.of(Role.QUALITY_MANAGER))).isEqualTo(ContactView.MASKED);
        assertThat(ContactView.forRoles(Set.of(Role.AUDITOR))).isEqualTo(ContactView.MASKED);
        assertThat(ContactView.forRoles(Set.of())).isEqualTo(ContactView.MASKED);
    }

    @Test
    void aMaskedAddressKeepsTheFirstLetterAndTheDomain() {
        assertThat(ContactView.MASKED.email("anna.petrova@example.org")).isEqualTo("a***@example.org");
        assertThat(ContactView.MASKED.email("ж@пример.бг")).isEqualTo("ж***@пример.бг");
        assertThat(ContactView.MASKED.email("not-an-address")).isEqualTo("***");
        assertThat(ContactView.FULL.email("anna.petrova@example.org")).isEqualTo("anna.petrova@example.org");
    }

    @Test
    void aMaskedPhoneKeepsTheCountryCodeAndTheLastTwoDigits() {
        assertThat(ContactView.MASKED.phone("+359 888 123 412")).isEqualTo("+359 *** ** 12");
        assertThat(ContactView.MASKED.phone("+7 (912) 345-67-89")).isEqualTo("+7 *** ** 89");
        assertThat(ContactView.MASKED.phone("0888 123 456")).isEqualTo("*** ** 56");
        assertThat(ContactView.MASKED.phone("12-34")).isEqualTo("***");
        assertThat(ContactView.MASKED.phone(null)).isNull();
        assertThat(ContactView.FULL.phone("+359 888 123 412")).isEqualTo("+359 888 123 412");
    }

    @Test
    void aMaskedCustomerKeepsEverythingButTheContacts() {
        Customer customer = new Customer(
                new CustomerId(UUID.randomUUID()),
                "boris@example.bg",
                "Boris",
                Instant.parse("2026-01-01T00:00:00Z"),
                "+359 2 987 65 43",
                "bg",
                "Acme",
                "VIP",
                java.time.LocalDate.parse("2026-02-01"),
                "moved to a competitor");

        Customer masked = ContactView.MASKED.customer(customer);

        assertThat(masked.email()).isEqualTo("b***@example.bg");
        assertThat(masked.phone()).isEqualTo("+359 *** ** 43");
        assertThat(masked.lostOn()).isEqualTo(customer.lostOn());
        assertThat(masked.lostReason()).isEqualTo(customer.lostReason());
        assertThat(masked)
                .usingRecursiveComparison()
                .ignoringFields("email", "phone")
                .isEqualTo(customer);
        assertThat(ContactView.FULL.customer(customer)).isSameAs(customer);
    }
}
