package org.helpdesk.web.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.helpdesk.catalog.Catalog;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.AuthorType;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.it.HelpdeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public complaint form end to end: a customer without an account opens a web ticket in the page's language,
 * with files, and lands on a confirmation with the status link; robots, forged stamps, cross-site posts and refused
 * files open nothing.
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class ComplaintFormIT {

    private static final Pattern STAMP = Pattern.compile("name=\"stamp\" value=\"([^\"]+)\"");
    private static final String DESCRIPTION =
            "Заказанный пылесос пришёл с треснувшим корпусом, а курьер отказался принять возврат.\nПрошу заменить.";

    @Autowired
    MockMvc mvc;

    @Autowired
    Catalog catalog;

    @Autowired
    Tickets tickets;

    @Autowired
    StatusLinks links;

    @Autowired
    JdbcClient jdbc;

    private CatalogEntry product;
    private CatalogEntry category;
    private String email;

    @BeforeEach
    void catalogAndCustomer() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        product = catalog.add(Catalog.Kind.PRODUCT, "Vacuum cleaner " + suffix);
        category = catalog.add(Catalog.Kind.CATEGORY, "Damaged goods " + suffix);
        email = "maria." + suffix + "@example.com";
    }

    @Test
    void formSpeaksEnglishRussianAndBulgarianAndOffersTheActiveCatalog() throws Exception {
        CatalogEntry retired = catalog.add(Catalog.Kind.PRODUCT, "Retired " + product.name());
        catalog.setActive(Catalog.Kind.PRODUCT, retired.id(), false);

        mvc.perform(get("/complaint").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Contact us"),
                                containsString("What happened?"),
                                containsString("enctype=\"multipart/form-data\""),
                                containsString("name=\"_csrf\""),
                                containsString("name=\"stamp\""),
                                containsString("name=\"website\""),
                                containsString("name=\"viewport\""),
                                containsString(product.name()),
                                containsString(category.name()),
                                not(containsString(retired.name())))));
        mvc.perform(get("/complaint").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Напишите нам"), containsString("Что случилось?"))));
        mvc.perform(get("/complaint").param("lang", "bg"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Пишете ни"), containsString("Какво се случи?"))));
    }

    @Test
    void sentFormOpensAWebComplaintWithItsFilesAndConfirmsWithTheStatusLink() throws Exception {
        String confirmation = mvc.perform(complaint("bg", "subject", "")
                        .file(file("photo.png", "image/png", "png bytes"))
                        .file(file("receipt.pdf", "application/pdf", "%PDF-1.4 receipt")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/complaint/sent/HD-*/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String reference = confirmation.split("/")[3];
        Ticket ticket = tickets.get(reference);
        assertThat(ticket.customerEmail()).isEqualTo(email);
        assertThat(ticket.customerName()).isEqualTo("Мария Петрова");
        assertThat(ticket.createdBy()).isEqualTo("system:web-form");
        assertThat(ticket.classification().channel()).isEqualTo(Channel.WEB);
        assertThat(ticket.classification().type()).isEqualTo(TicketType.COMPLAINT);
        assertThat(ticket.classification().language()).isEqualTo("bg");
        assertThat(ticket.classification().product().id()).isEqualTo(product.id());
        assertThat(ticket.classification().category().id()).isEqualTo(category.id());
        assertThat(ticket.description()).isEqualTo(DESCRIPTION);
        assertThat(ticket.subject())
                .as("derived from the first words of the description, on one line")
                .startsWith("Заказанный пылесос пришёл")
                .endsWith("…")
                .doesNotContain("\n")
                .hasSizeLessThanOrEqualTo(ComplaintForm.DERIVED_SUBJECT_MAX + 1);
        assertThat(tickets.attachments(ticket.id()))
                .extracting(Attachment::filename)
                .containsExactlyInAnyOrder("photo.png", "receipt.pdf");
        assertThat(tickets.messages(ticket.id(), true)).noneMatch(m -> m.authorType() == AuthorType.AGENT);

        mvc.perform(get(confirmation).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(reference),
                                containsString("href=\"" + links.path(ticket) + "\""),
                                containsString("Thank you"))));
    }

    @Test
    void typedSubjectIsKeptAndTheConfirmationNeedsTheRightSignature() throws Exception {
        String confirmation = mvc.perform(complaint("en", "subject", "Broken on arrival"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String reference = confirmation.split("/")[3];
        assertThat(tickets.get(reference).subject()).isEqualTo("Broken on arrival");
        assertThat(tickets.get(reference).classification().language()).isEqualTo("en");

        mvc.perform(get("/complaint/sent/" + reference + "/" + "A".repeat(27)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(reference))));
    }

    @Test
    void invalidFieldsAreShownAgainWithErrorsAndTheValuesKept() throws Exception {
        mvc.perform(complaint(
                        "en",
                        "customerEmail",
                        "not-an-address",
                        "customerName",
                        "Maria <b>bold</b>",
                        "subject",
                        "Kept subject",
                        "description",
                        "   "))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("Please correct the fields marked below."),
                                containsString("Enter a valid e-mail address."),
                                containsString("This field is required."),
                                containsString("value=\"not-an-address\""),
                                containsString("value=\"Maria &lt;b&gt;bold&lt;/b&gt;\""),
                                containsString("value=\"Kept subject\""),
                                containsString("name=\"stamp\""),
                                not(containsString("<b>bold")))));
        mvc.perform(complaint("ru", "customerName", " "))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Заполните это поле.")));
        assertThat(ticketsOf(email)).isZero();
    }

    @Test
    void filledTrapFieldOpensNoTicket() throws Exception {
        mvc.perform(complaint("en", "website", "http://cheap-pills.example"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("We could not accept the form as it was sent.")));
        assertThat(ticketsOf(email)).isZero();
    }

    @Test
    void forgedOrMissingStampOpensNoTicket() throws Exception {
        String real = stamp("en");
        String[] parts = real.split("\\.");
        String otherTime = (Long.parseLong(parts[0]) - 60_000) + "." + parts[1];
        for (String forged : new String[] {otherTime, "1700000000000.forged", "", "nonsense"}) {
            mvc.perform(complaint("en", "stamp", forged))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("We could not accept the form as it was sent.")));
        }
        assertThat(ticketsOf(email)).isZero();
    }

    @Test
    void postWithoutCsrfTokenIsForbidden() throws Exception {
        mvc.perform(multipart("/complaint")
                        .param("stamp", stamp("en"))
                        .param("customerName", "Maria")
                        .param("customerEmail", email)
                        .param("description", DESCRIPTION))
                .andExpect(status().isForbidden());
        assertThat(ticketsOf(email)).isZero();
    }

    @Test
    void refusedFileLeavesNoTicketAndSaysWhy() throws Exception {
        mvc.perform(complaint("en")
                        .file(file("receipt.pdf", "application/pdf", "%PDF-1.4 fine"))
                        .file(file("invoice.exe", "application/pdf", "MZ program")))
                .andExpect(status().isBadRequest())
                .andExpect(content()
                        .string(allOf(
                                containsString("This kind of file is not accepted."),
                                containsString(DESCRIPTION.substring(0, 20)))));
        mvc.perform(complaint("en").file(file("notes.txt", "text/plain", "<html><script>alert(1)</script>")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("This kind of file is not accepted.")));
        assertThat(ticketsOf(email)).isZero();
    }

    @Test
    void tooManyOrTooLargeFilesLeaveNoTicket() throws Exception {
        MockMultipartHttpServletRequestBuilder six = complaint("en");
        for (int i = 0; i < 6; i++) {
            six.file(file("page" + i + ".txt", "text/plain", "page " + i));
        }
        mvc.perform(six)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("You can attach at most 5 files.")));

        byte[] big = new byte[9 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        mvc.perform(complaint("en").file(new MockMultipartFile("files", "scan.pdf", "application/pdf", big)))
                .andExpect(status().is(413))
                .andExpect(content().string(containsString("A file is larger than 8 MB.")));
        assertThat(ticketsOf(email)).isZero();
    }

    /** A filled-in form as a browser sends it: the stamp of a fresh form, the CSRF token, the page's language. */
    private MockMultipartHttpServletRequestBuilder complaint(String language, String... overrides) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lang", language);
        fields.put("stamp", stamp(language));
        fields.put("website", "");
        fields.put("customerName", "Мария Петрова");
        fields.put("customerEmail", email);
        fields.put("productId", product.id().toString());
        fields.put("categoryId", category.id().toString());
        fields.put("description", DESCRIPTION);
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        MockMultipartHttpServletRequestBuilder request = multipart("/complaint");
        request.with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private String stamp(String language) throws Exception {
        String page = mvc.perform(get("/complaint").param("lang", language))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher matcher = STAMP.matcher(page);
        assertThat(matcher.find()).as("the form carries a stamp").isTrue();
        return matcher.group(1);
    }

    private static MockMultipartFile file(String name, String type, String content) {
        return new MockMultipartFile("files", name, type, content.getBytes(StandardCharsets.UTF_8));
    }

    private long ticketsOf(String address) {
        return jdbc.sql(
                        "select count(*) from ticket t join customer c on c.id = t.customer_id where lower(c.email) = ?")
                .param(address.toLowerCase(java.util.Locale.ROOT))
                .query(Long.class)
                .single();
    }
}
