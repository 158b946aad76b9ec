package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.helpdesk.feedback.SurveyLink;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.ticket.Tickets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Each persona's main journey in a real (headless) Chromium: an agent works a ticket from the queue, a customer
 * answers the survey, a quality manager corrects the analyzer, an auditor searches and exports, an administrator
 * sets up a team and an SLA policy. Every main page is checked with axe and photographed for the README.
 */
@HelpdeskIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonaJourneysIT {

    @LocalServerPort
    int port;

    @Autowired
    Surveys surveys;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private HeadlessChromium browser;

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void agentFindsATicketInTheQueueRepliesAndResolvesIt() {
        String tag = "journey-" + suffix;
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        Api.Reply team = adam.postJson("/api/v1/teams", Map.of("name", "Kettles " + suffix));
        assertThat(team.status()).as(team.body()).isBetween(200, 201);
        String teamId = WorkLogQueueAndLossIT.id(team.json());
        // the agent sees the team's unassigned tickets as one of its members
        Api.Reply joined =
                adam.postJson("/api/v1/teams/" + teamId + "/members", Map.of("username", Personas.ANNA_AGENT));
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        JsonNode ticket = openTicket(Map.of(
                "teamId", teamId,
                "subject", "Kettle arrived with a cracked lid",
                "description", "The customer wants a replacement before the weekend.",
                "customerEmail", "kate." + suffix + "@example.com",
                "customerName", "Kate Miller",
                "channel", "EMAIL",
                "type", "COMPLAINT",
                "priority", "HIGH",
                "tags", List.of(tag)));
        String ref = ticket.get("reference").asString();

        browser.signIn(Personas.ANNA_AGENT);
        browser.open("/tickets?lang=en");
        browser.find(By.cssSelector("nav.tabs a[href*='view=UNASSIGNED']")).click();
        WebElement tagFilter = browser.find(By.cssSelector("form.filters input[name=tag]"));
        tagFilter.sendKeys(tag);
        tagFilter.submit();
        WebElement row =
                browser.await("ticket " + ref + " in the unassigned queue", d -> d.findElement(By.linkText(ref)));
        browser.assertAccessible("the ticket queue");
        browser.screenshot("agent-queue");

        row.click();
        browser.await("the ticket page", d -> d.getCurrentUrl().endsWith("/tickets/" + ref));
        browser.assertAccessible("the ticket page");
        String answer = "A new kettle is on its way, it arrives on Friday. " + suffix;
        browser.find(By.id("reply-body")).sendKeys(answer);
        browser.find(By.cssSelector("form.reply button[type=submit]")).click();
        browser.await(
                "the reply in the conversation",
                d -> d.findElement(By.cssSelector("article.message.agent"))
                        .getText()
                        .contains(answer));

        new Select(browser.find(By.id("status"))).selectByValue("RESOLVED");
        browser.find(By.cssSelector("form[action$='/status'] button[type=submit]"))
                .click();
        browser.await("the ticket resolved", d -> d.findElement(By.cssSelector("dl.facts .badge.RESOLVED")));
        browser.assertAccessible("the resolved ticket");
        browser.screenshot("agent-ticket");

        JsonNode after =
                Api.as(port, Personas.ANNA_AGENT).get("/api/v1/tickets/" + ref).json();
        assertThat(after.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(Api.as(port, Personas.ANNA_AGENT)
                        .get("/api/v1/tickets/" + ref + "/messages")
                        .body())
                .contains(answer);
    }

    @Test
    void customerAnswersTheSurveyFromTheLink() {
        JsonNode ticket = openTicket(Map.of(
                "subject", "Посылка не пришла",
                "description", "Клиент ждёт посылку уже неделю",
                "customerEmail", "ivan." + suffix + "@example.com",
                "customerName", "Иван Петров",
                "channel", "PHONE",
                "type", "COMPLAINT",
                "language", "ru"));
        String ref = ticket.get("reference").asString();
        Api anna = Api.as(port, Personas.ANNA_AGENT);
        Api.Reply resolved = anna.postJson(
                "/api/v1/tickets/" + ref + "/status",
                Map.of("version", ticket.get("version").asLong(), "status", "RESOLVED"));
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        // Only the hash of the e-mailed link is stored, so the test issues its own link for the same ticket.
        SurveyLink link = surveys.invite(tickets.get(ref), "ru").get(0);

        browser.driver().manage().deleteAllCookies();
        browser.open(link.url().getPath());
        browser.await("the survey form", d -> d.findElement(By.cssSelector("input[name=score]")));
        browser.assertAccessible("the survey");
        String comment = "Курьер приехал вовремя, спасибо! " + suffix;
        List<WebElement> scores = browser.findAll(By.cssSelector("label.survey-score"));
        scores.get(scores.size() - 1).click();
        browser.find(By.id("comment")).sendKeys(comment);
        browser.screenshot("customer-survey");
        browser.find(By.cssSelector("form button[type=submit]")).click();
        browser.await(
                "the thank-you page",
                d -> d.findElements(By.cssSelector("input[name=score]")).isEmpty());
        assertThat(browser.find(By.tagName("main")).getText()).contains("Спасибо");
        browser.assertAccessible("the survey's thank-you page");

        assertThat(jdbc.sql("select count(*) from feedback_item where comment = ? and source = 'SURVEY'")
                        .param(comment)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    @Test
    void qualityManagerDrillsFromThemesToQuotesAndCorrectsALabel() throws InterruptedException {
        String marker = "journey" + suffix;
        String comment = "Доставка задержалась на неделю, очень недоволен " + marker;
        Api.Reply posted = Api.as(port, Personas.ANNA_AGENT)
                .postJson("/api/v1/feedback", Map.of("comment", comment, "language", "ru"));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("ids").get(0).asString();
        awaitAnalysis(id);

        browser.signIn(Personas.QUENTIN_QUALITY);
        browser.open("/feedback/themes?lang=en");
        WebElement delivery =
                browser.await("the delivery theme", d -> d.findElement(By.cssSelector("tr[data-theme=delivery] th a")));
        browser.assertAccessible("the feedback themes");
        browser.screenshot("quality-themes");

        delivery.click();
        browser.await("the delivery feedback", d -> d.getCurrentUrl().contains("theme=delivery"));
        WebElement words = browser.find(By.id("feedback-q"));
        words.sendKeys(marker);
        words.submit();
        By label = By.id("label-" + id);
        browser.await("the new feedback in the list", d -> {
            if (d.findElements(label).isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return d.findElement(label);
        });
        assertThat(new Select(browser.find(label)).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("negative");
        browser.assertAccessible("the feedback quotes");

        new Select(browser.find(label)).selectByValue("positive");
        browser.find(By.cssSelector("form[action$='/feedback/" + id + "/label'] button[type=submit]"))
                .click();
        browser.await(
                "the corrected label",
                d -> "positive"
                        .equals(new Select(d.findElement(label))
                                .getFirstSelectedOption()
                                .getAttribute("value")));
        browser.screenshot("quality-feedback");
        assertThat(jdbc.sql("select details ->> 'label' from audit_log where action = 'FEEDBACK_LABEL_CORRECTED'"
                                + " and target_id = ? and actor = ?")
                        .params(id, Personas.QUENTIN_QUALITY)
                        .query(String.class)
                        .list())
                .as("the correction is audited")
                .containsExactly("positive");
    }

    @Test
    void auditorSearchesInRussianFiltersOpensTheHistoryAndExports() throws IOException {
        String marker = "жалоба" + suffix;
        JsonNode ticket = openTicket(Map.of(
                "subject", "Курьер потерял посылку",
                "description", "Пишу официальную жалобу: посылку потеряли, деньги не вернули. " + marker,
                "customerEmail", "olga.client." + suffix + "@example.com",
                "customerName", "Ольга Смирнова",
                "channel", "WEB",
                "type", "COMPLAINT",
                "language", "ru"));
        long number = ticket.get("number").asLong();

        browser.signIn(Personas.OLGA_AUDITOR);
        browser.open("/search?lang=en");
        WebElement query = browser.find(By.id("q"));
        query.sendKeys("посылку потеряли " + marker);
        query.submit();
        By hit = By.cssSelector(".hit a[href$='/tickets/HD-" + number + "']");
        browser.await("the complaint in the search results", d -> {
            if (d.findElements(hit).isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return d.findElement(hit);
        });
        browser.find(By.cssSelector("nav.facets a[href*='type=COMPLAINT']")).click();
        browser.await(
                "the type filter applied",
                d -> d.getCurrentUrl().contains("type=COMPLAINT")
                        && !d.findElements(By.cssSelector("nav.facets a.selected[aria-current=true]"))
                                .isEmpty());
        assertThat(browser.findAll(hit)).hasSize(1);
        browser.assertAccessible("the search results");
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView()", browser.find(By.cssSelector(".search-export")));
        browser.screenshot("auditor-search");
        String searchPath = browser.path();

        browser.find(hit).click();
        browser.await("the ticket page", d -> d.getCurrentUrl().contains("/tickets/HD-" + number));
        browser.find(By.cssSelector("details#history summary")).click();
        WebElement history = browser.await(
                "the ticket history", d -> d.findElement(By.cssSelector("details#history ol.history li")));
        assertThat(history.isDisplayed()).isTrue();
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", history);
        browser.assertAccessible("the ticket history");
        browser.screenshot("auditor-history");

        browser.open(searchPath);
        new Select(browser.find(By.id("export-format"))).selectByValue("csv");
        browser.find(By.cssSelector("form[action$='/search/exports'] button[type=submit]"))
                .click();
        WebElement download = browser.await("the finished export", d -> {
            List<WebElement> links = d.findElements(By.cssSelector("a[href$='/file']"));
            if (links.isEmpty()) {
                d.navigate().refresh();
                return null;
            }
            return links.get(0);
        });
        browser.assertAccessible("the export");
        browser.screenshot("auditor-export");
        download.click();
        Path csv = browser.awaitDownload(".csv");
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).contains(String.valueOf(number), "Курьер");
    }

    @Test
    void adminCreatesATeamAndAnSlaPolicy() {
        Api adam = Api.as(port, Personas.ADAM_ADMIN);
        Api.Reply category = adam.postJson("/api/v1/categories", Map.of("name", "Returns " + suffix));
        assertThat(category.status()).as(category.body()).isEqualTo(201);
        String team = "Returns desk " + suffix;
        String policy = "Returns first " + suffix;

        browser.signIn(Personas.ADAM_ADMIN);
        browser.open("/admin?lang=en");
        browser.assertAccessible("the administration page");
        browser.find(By.id("team-name")).sendKeys(team);
        browser.find(By.id("team-desc")).sendKeys("Returns and refunds");
        browser.find(By.cssSelector("form[action$='/admin/teams'] button[type=submit]"))
                .click();
        browser.await(
                "the new team", d -> d.findElement(By.id("teams")).getText().contains(team));

        browser.find(By.id("p-name")).sendKeys(policy);
        new Select(browser.find(By.id("p-priority"))).selectByValue("HIGH");
        new Select(browser.find(By.id("p-category"))).selectByVisibleText("Returns " + suffix);
        WebElement firstResponse = browser.find(By.id("p-fr"));
        firstResponse.clear();
        firstResponse.sendKeys("30");
        WebElement resolution = browser.find(By.id("p-res"));
        resolution.clear();
        resolution.sendKeys("480");
        browser.find(By.cssSelector("form[action$='/admin/sla/policies'] button[type=submit]"))
                .click();
        WebElement sla = browser.await("the new SLA policy", d -> {
            WebElement card = d.findElement(By.id("sla"));
            return card.getText().contains(policy) ? card : null;
        });
        assertThat(browser.findAll(By.cssSelector("#sla tbody tr")).stream()
                        .map(WebElement::getText)
                        .filter(text -> text.contains(policy)))
                .as("the policy's row names its category")
                .singleElement()
                .asString()
                .contains("Returns " + suffix, "30", "480");
        browser.assertAccessible("the administration page with the new team and policy");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", sla);
        browser.screenshot("admin-sla");

        assertThat(adam.get("/api/v1/teams").body()).contains(team);
        JsonNode defined = null;
        for (JsonNode p : adam.get("/api/v1/sla/policies").json()) {
            if (p.get("name").asString().equals(policy)) {
                defined = p;
            }
        }
        assertThat(defined).as("the policy through the API").isNotNull();
        assertThat(defined.toString()).contains("HIGH");
        // Other tests of this JVM open HIGH tickets: the policy only covers its own new category, and goes again.
        assertThat(adam.send(
                                "DELETE",
                                "/api/v1/sla/policies/" + defined.get("id").asString(),
                                null)
                        .status())
                .isEqualTo(204);
    }

    private JsonNode openTicket(Map<String, Object> fields) {
        Api.Reply opened = Api.as(port, Personas.ANNA_AGENT).postJson("/api/v1/tickets", new HashMap<>(fields));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        return opened.json();
    }

    private void awaitAnalysis(String id) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            boolean analysed = jdbc.sql("select sentiment_label is not null from feedback_item where id = ?::uuid")
                    .param(id)
                    .query(Boolean.class)
                    .single();
            if (analysed) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("feedback item " + id + " was not analysed in time");
    }
}
