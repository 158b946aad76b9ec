package org.helpdesk.web.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import org.helpdesk.account.UserAccounts;
import org.helpdesk.channel.StatusLinks;
import org.helpdesk.feedback.FeedbackDraft;
import org.helpdesk.feedback.Surveys;
import org.helpdesk.team.Teams;
import org.helpdesk.ticket.Tickets;
import org.helpdesk.web.it.BadInputs.Body;
import org.helpdesk.web.it.PathVariables.Fixtures;
import org.helpdesk.web.it.RoleMatrix.Caller;
import org.helpdesk.web.it.RoleMatrix.Rule;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to every endpoint the app maps, generated from the request mappings themselves (like {@link
 * RoleMatrixIT}, so a new endpoint is swept without anyone remembering to): each write endpoint (POST, PUT, PATCH,
 * DELETE) and each read that takes parameters or path variables gets, from a caller the role matrix allows,
 * malformed JSON, wrong JSON types, missing and extra fields, 1 MB strings, 10,000 levels of nesting, invalid UTF-8,
 * control characters, SQL and Elasticsearch syntax, HTML, hostile file names, hostile pagination and enum values
 * and malformed path variables ({@link BadInputs}). Never a 5xx: the API answers a 4xx with problem JSON (type,
 * title, status), pages a 4xx error page or their form again; and a refused write leaves the main tables as they
 * were (nothing stored half-way). Bad input the servlet container sees first (bodies over the size limits,
 * malformed addresses) goes over real HTTP ({@link #whatTheContainerSeesFirstIsRefusedCleanlyToo}).
 */
@HelpdeskIntegrationTest
@AutoConfigureMockMvc
class BadInputSweepIT {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** Parameters a handler gets from Spring itself, not from the request's parameters. */
    private static final Set<Class<?>> NOT_INPUT = Set.of(
            Principal.class,
            Authentication.class,
            Model.class,
            BindingResult.class,
            Locale.class,
            TimeZone.class,
            java.time.ZoneId.class);

    /** The shape of JSON bodies a handler reads as a tree ({@code JsonNode}) and converts itself. */
    private static final Map<String, Class<?>> TREE_BODIES = Map.of("POST /api/v1/feedback", FeedbackDraft.class);

    /**
     * Rows that must not appear when input is refused: the main tables, and audit entries other than the records of
     * reads (which are written before a request is served, refused or not) and other than the app's own background
     * work (actors {@code system:*}: timers, mail intake), which other test classes' tickets set off at any moment.
     */
    private static final String COUNTS = """
            select (select count(*) from ticket) || '/' || (select count(*) from customer)
                || '/' || (select count(*) from feedback_item) || '/' || (select count(*) from team)
                || '/' || (select count(*) from audit_log
                           where action not in ('SEARCH', 'EXPORT', 'AUDIT_LOG_VIEWED', 'AUDIT_VERIFIED')
                             and action not like 'SIGN\\_%' and actor not like 'system:%')
            """;

    @LocalServerPort
    int port;

    @Autowired
    WebApplicationContext context;

    @Autowired
    List<MockMvcBuilderCustomizer> customizers;

    private MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Tickets tickets;

    @Autowired
    StatusLinks statusLinks;

    @Autowired
    Surveys surveys;

    @Autowired
    Teams teams;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    private final RoleMatrix matrix = RoleMatrix.load();
    private Fixtures fixtures;

    @BeforeEach
    void fixturesAndAQuietMockMvc() {
        mvc = quietMockMvc();
        fixtures = Fixtures.create(port, "Bad input sweep", tickets, statusLinks, surveys, teams, accounts, jdbc);
    }

    @Test
    void everyApiEndpointRefusesBadInputWithAProblemAndStoresNothing() throws Exception {
        List<Endpoint> api = endpoints().stream().filter(Endpoint::api).toList();
        assertThat(api)
                .extracting(Endpoint::name)
                .contains(
                        "POST /api/v1/tickets",
                        "PATCH /api/v1/tickets/{reference}",
                        "POST /api/v1/feedback",
                        "POST /api/v1/feedback/imports",
                        "POST /api/v1/tickets/{reference}/attachments",
                        "GET /api/v1/search/tickets",
                        "GET /api/v1/customers/{id}");

        Sweep sweep = sweep(api);

        assertThat(sweep.probes).as("probes sent").isGreaterThan(5_000);
        assertThat(sweep.wrong)
                .as("bad input not refused cleanly (slowest endpoints, ms: %s)", sweep.slowest)
                .isEmpty();
    }

    @Test
    void everyPageAndFormRefusesBadInputWithAPageAndStoresNothing() throws Exception {
        List<Endpoint> pages =
                endpoints().stream().filter(endpoint -> !endpoint.api()).toList();
        assertThat(pages)
                .extracting(Endpoint::name)
                .contains("POST /tickets", "POST /complaint", "POST /feedback/import", "GET /search", "GET /audit");

        Sweep sweep = sweep(pages);

        assertThat(sweep.probes).as("probes sent").isGreaterThan(2_000);
        assertThat(sweep.wrong)
                .as("bad input not refused cleanly (slowest endpoints, ms: %s)", sweep.slowest)
                .isEmpty();
    }

    /**
     * Over real HTTP, where Tomcat reads the body and parses the address: a JSON body past the 10 MB limit (sized and
     * streamed without a length), an upload past the multipart limit, and addresses with encoded slashes, NUL and
     * invalid UTF-8. Never a 5xx, a problem JSON on the API, an HTML page elsewhere, and no ticket stored.
     */
    @Test
    void whatTheContainerSeesFirstIsRefusedCleanlyToo() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String beyond = "{\"subject\":\"" + "x".repeat(10 * BadInputs.MEGABYTE + 64 * 1024)
                + "\",\"description\":\"d\",\"customerEmail\":\"huge@example.org\"}";
        byte[] upload = multipartBody("file", "huge.csv", new byte[50 * BadInputs.MEGABYTE + 1024]);
        Map<String, HttpRequest> requests = new java.util.LinkedHashMap<>();
        requests.put(
                "body beyond the limit",
                basic(Personas.ANNA_AGENT, "/api/v1/tickets")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(beyond))
                        .build());
        requests.put(
                "streamed body beyond the limit",
                basic(Personas.ANNA_AGENT, "/api/v1/tickets")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new java.io.ByteArrayInputStream(beyond.getBytes(StandardCharsets.UTF_8))))
                        .build());
        requests.put(
                "upload beyond the limit",
                basic(Personas.QUENTIN_QUALITY, "/api/v1/feedback/imports")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                        .build());
        requests.put(
                "invalid utf-8 body",
                basic(Personas.ANNA_AGENT, "/api/v1/tickets")
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(BadInputs.malformed().stream()
                                .filter(b -> b.name().equals("invalid utf-8"))
                                .findFirst()
                                .orElseThrow()
                                .bytes()))
                        .build());
        for (String path : List.of(
                "/api/v1/customers/..%2F..%2Fetc%2Fpasswd",
                "/api/v1/customers/%00",
                "/api/v1/tickets/%C3%28%FF",
                "/api/v1/tickets/%2e%2e/%2e%2e/etc/passwd",
                "/api/v1/tickets/HD-1;jsessionid=x",
                "/api/v1/tickets/" + "9".repeat(3000),
                "/status/..%2F..%2Fetc%2Fpasswd/x",
                "/status/%C3%28/%00")) {
            requests.put("GET " + path, basic(Personas.ADAM_ADMIN, path).GET().build());
        }
        String before = counts();
        List<String> wrong = new ArrayList<>();
        for (var request : requests.entrySet()) {
            HttpResponse<String> response = http.send(request.getValue(), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean api = request.getValue().uri().getPath().startsWith("/api/")
                    || request.getValue().uri().getRawPath().startsWith("/api/");
            int status = response.statusCode();
            boolean clean = status >= 400
                    && status < 500
                    && (api
                            ? type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)
                                    && JSON.readTree(response.body())
                                                    .path("status")
                                                    .asInt()
                                            == status
                            : type.startsWith(MediaType.TEXT_HTML_VALUE));
            if (!clean) {
                wrong.add(request.getKey() + ": " + status + " " + type + " " + abbreviate(response.body()));
            }
        }

        assertThat(wrong).as("refused without a clean 4xx").isEmpty();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    private static final String BOUNDARY = "sweep-boundary";

    private HttpRequest.Builder basic(String username, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(java.time.Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString(
                                                (username + ":" + Personas.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] multipartBody(String part, String fileName, byte[] content) {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(content, 0, all, head.length, content.length);
        System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
        return all;
    }

    /** One handler method at one pattern and HTTP method, and who may call it. */
    record Endpoint(String method, String pattern, HandlerMethod handler, RequestMappingInfo info, Caller caller) {

        String name() {
            return method + " " + pattern;
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean writes() {
            return WRITES.contains(method);
        }

        boolean multipart() {
            return info.getConsumesCondition().getConsumableMediaTypes().contains(MediaType.MULTIPART_FORM_DATA);
        }
    }

    /** One request: where, what body (JSON bytes, form parameters or files). */
    record Probe(
            String name,
            String path,
            @Nullable MediaType type,
            byte @Nullable [] body,
            Map<String, String> parameters,
            List<MockMultipartFile> files) {

        static Probe json(String name, String path, Body body) {
            return new Probe(name, path, MediaType.APPLICATION_JSON, body.bytes(), Map.of(), List.of());
        }

        static Probe parameters(String name, String path, Map<String, String> parameters) {
            return new Probe(name, path, null, null, parameters, List.of());
        }
    }

    private static final class Sweep {
        final List<String> wrong = new ArrayList<>();
        int probes;
        String slowest = "";
    }

    private Sweep sweep(List<Endpoint> endpoints) throws Exception {
        Sweep sweep = new Sweep();
        Map<String, Long> millis = new TreeMap<>();
        for (Endpoint endpoint : endpoints) {
            long start = System.nanoTime();
            for (Probe probe : probes(endpoint)) {
                sweep.probes++;
                String before = endpoint.writes() ? counts() : "";
                String problem;
                try {
                    MockHttpServletResponse response = send(endpoint, probe);
                    problem = notAllowed(response);
                    if (problem == null) {
                        problem = endpoint.api() ? notAProblem(response) : notAPage(response);
                    }
                    if (problem == null && endpoint.writes() && response.getStatus() >= 400) {
                        String after = counts();
                        if (!after.equals(before)) {
                            problem = "refused with " + response.getStatus() + " but stored rows: tickets/customers/"
                                    + "feedback/teams/audit " + before + " -> " + after;
                        }
                    }
                } catch (Exception e) {
                    problem = "threw " + e;
                }
                if (problem != null) {
                    sweep.wrong.add(
                            endpoint.name() + " [" + probe.name() + "] " + abbreviate(probe.path()) + ": " + problem);
                }
            }
            millis.merge(endpoint.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        sweep.slowest = millis.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(10)
                .toList()
                .toString();
        return sweep;
    }

    /**
     * The app's MockMvc (its filters, Spring Security) without Spring Boot's printing of every request on failure:
     * thousands of requests with megabyte bodies would be kept in memory and printed.
     */
    private MockMvc quietMockMvc() {
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(context);
        SpringBootMockMvcBuilderCustomizer boot = new SpringBootMockMvcBuilderCustomizer(context);
        boot.setAddFilters(true);
        boot.setPrint(MockMvcPrint.NONE);
        boot.customize(builder);
        customizers.stream()
                .filter(customizer -> !(customizer instanceof SpringBootMockMvcBuilderCustomizer))
                .forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    private String counts() {
        return jdbc.sql(COUNTS).query(String.class).single();
    }

    private MockHttpServletResponse send(Endpoint endpoint, Probe probe) throws Exception {
        URI uri = URI.create(probe.path());
        AbstractMockHttpServletRequestBuilder<?> request;
        if (!probe.files().isEmpty()) {
            MockMultipartHttpServletRequestBuilder multipart =
                    MockMvcRequestBuilders.multipart(HttpMethod.valueOf(endpoint.method()), uri);
            probe.files().forEach(multipart::file);
            request = multipart;
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(endpoint.method()), uri);
        }
        if (probe.type() != null) {
            request.contentType(probe.type());
        }
        if (probe.body() != null) {
            request.content(probe.body());
        }
        probe.parameters().forEach(request::param);
        if (endpoint.writes()) {
            request.with(csrf());
        }
        if (endpoint.caller().username != null && endpoint.caller().role != null) {
            request.with(user(endpoint.caller().username)
                    .roles(endpoint.caller().role.name()));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The caller is one the matrix allows: a refusal would hide how the endpoint treats the input. */
    private static @Nullable String notAllowed(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        if (response.getStatus() == 401
                || response.getStatus() == 403
                || (location != null && location.endsWith("/login"))) {
            return "the caller was refused (" + response.getStatus() + " " + location + "): the probe proves nothing";
        }
        return null;
    }

    /** The API: never a 5xx; a 4xx is problem JSON with its type, title and status. */
    private static @Nullable String notAProblem(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return "got " + status + " " + abbreviate(response.getContentAsString(StandardCharsets.UTF_8));
        }
        if (status < 400) {
            return null;
        }
        String type = String.valueOf(response.getContentType());
        if (!type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            return "got " + status + " as " + type + " instead of problem JSON: "
                    + abbreviate(response.getContentAsString(StandardCharsets.UTF_8));
        }
        JsonNode problem = JSON.readTree(response.getContentAsString(StandardCharsets.UTF_8));
        if (!problem.path("type").isString()
                || !problem.path("title").isString()
                || problem.path("status").asInt() != status) {
            return "got " + status + " with an incomplete problem: " + problem;
        }
        return null;
    }

    /**
     * Pages: never a 5xx; a 4xx is an HTML error page, or left to the servlet container's error page (an empty
     * {@code sendError}, which MockMvc does not render; over real HTTP the container renders the error page).
     * A form with errors answers 200 or redirects.
     */
    private static @Nullable String notAPage(MockHttpServletResponse response) throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return "got " + status;
        }
        boolean containerPage = response.getContentType() == null && response.getContentAsByteArray().length == 0;
        if (status >= 400
                && !containerPage
                && !String.valueOf(response.getContentType()).startsWith(MediaType.TEXT_HTML_VALUE)) {
            return "got " + status + " as " + response.getContentType() + " instead of an error page: "
                    + abbreviate(response.getContentAsString(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** The bad requests for one endpoint. */
    private List<Probe> probes(Endpoint endpoint) {
        Inputs inputs = Inputs.of(endpoint);
        String path = PathVariables.fillIn(endpoint.pattern(), fixtures);
        List<Probe> probes = new ArrayList<>();
        Body skeleton = inputs.json() == null ? null : Body.json("skeleton", BadInputs.sample(inputs.json(), 0));
        for (String variable : PathVariables.names(endpoint.pattern())) {
            for (var bad : BadInputs.PATH_VALUES.entrySet()) {
                String badPath = PathVariables.fillIn(
                        endpoint.pattern(),
                        name -> name.equals(variable)
                                ? bad.getValue()
                                : PathVariables.real(endpoint.pattern(), name, fixtures));
                String name = "{" + variable + "} " + bad.getKey();
                probes.add(
                        skeleton == null
                                ? Probe.parameters(name, badPath, Map.of())
                                : Probe.json(name, badPath, skeleton));
            }
        }
        if (inputs.json() != null) {
            BadInputs.variants(inputs.json()).forEach(body -> probes.add(Probe.json(body.name(), path, body)));
            for (MediaType type :
                    List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_XML, MediaType.APPLICATION_FORM_URLENCODED)) {
                probes.add(new Probe("as " + type, path, type, skeleton.bytes(), Map.of(), List.of()));
            }
        } else if (endpoint.api() && endpoint.writes() && !endpoint.multipart()) {
            BadInputs.malformed().forEach(body -> probes.add(Probe.json(body.name(), path, body)));
        }
        if (!inputs.parameters().isEmpty()) {
            probes.addAll(parameterProbes(endpoint, path, inputs.parameters()));
        }
        if (!inputs.files().isEmpty()) {
            probes.addAll(fileProbes(path, inputs.files()));
        }
        return probes;
    }

    /**
     * Every hostile value in all parameters at once, then each parameter alone with the values that break a type;
     * forms (which the browser sends in the body) also get 1 MB values and no parameters at all.
     */
    private static List<Probe> parameterProbes(Endpoint endpoint, String path, Collection<String> parameters) {
        List<Probe> probes = new ArrayList<>();
        for (var bad : BadInputs.PARAMETERS.entrySet()) {
            Map<String, String> all = new TreeMap<>();
            parameters.forEach(p -> all.put(p, bad.getValue()));
            probes.add(Probe.parameters("all parameters " + bad.getKey(), path, all));
        }
        List<String> breaking = List.of("huge number", "not a number", "bad date", "nul");
        for (String parameter : parameters) {
            for (String bad : breaking) {
                probes.add(Probe.parameters(
                        parameter + " " + bad, path, Map.of(parameter, BadInputs.PARAMETERS.get(bad))));
            }
            if (endpoint.writes()) {
                probes.add(Probe.parameters(parameter + " 1 MB", path, Map.of(parameter, BadInputs.HUGE)));
            }
        }
        if (endpoint.writes()) {
            probes.add(Probe.parameters("no parameters", path, Map.of()));
        }
        return probes;
    }

    /** Uploads with hostile names and contents, under the right part names and a wrong one. */
    private static List<Probe> fileProbes(String path, List<String> parts) {
        List<Probe> probes = new ArrayList<>();
        byte[] csv = "comment,score\nfine,5\n".getBytes(StandardCharsets.UTF_8);
        for (String part : parts) {
            for (var name : BadInputs.FILE_NAMES.entrySet()) {
                probes.add(new Probe(
                        part + " named " + name.getKey(),
                        path,
                        null,
                        null,
                        Map.of(),
                        List.of(new MockMultipartFile(part, name.getValue(), "text/csv", csv))));
            }
            Map<String, byte[]> contents = Map.of(
                    "empty", new byte[0],
                    "invalid utf-8", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, '\n', ',', '"'},
                    "binary", new byte[BadInputs.MEGABYTE],
                    "html", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
            for (String content : new TreeMap<>(contents).keySet()) {
                probes.add(new Probe(
                        part + " " + content,
                        path,
                        null,
                        null,
                        Map.of(),
                        List.of(new MockMultipartFile(part, "import.csv", "text/csv", contents.get(content)))));
            }
            probes.add(new Probe(
                    part + " with a hostile content type",
                    path,
                    null,
                    null,
                    Map.of(),
                    List.of(new MockMultipartFile(part, "import.csv", "text/html; charset=\"<x>\"", csv))));
        }
        probes.add(new Probe(
                "file under an unknown part",
                path,
                null,
                null,
                Map.of(),
                List.of(new MockMultipartFile("sweepUnknownPart", "import.csv", "text/csv", csv))));
        probes.add(new Probe("not multipart", path, MediaType.APPLICATION_JSON, "{}".getBytes(), Map.of(), List.of()));
        probes.add(new Probe(
                "broken multipart",
                path,
                MediaType.parseMediaType("multipart/form-data; boundary=sweep"),
                "--sweep\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nunterminated"
                        .getBytes(StandardCharsets.UTF_8),
                Map.of(),
                List.of()));
        return probes;
    }

    /** What a handler reads from a request: a JSON body, parameters (query or form), files. */
    record Inputs(@Nullable ResolvableType json, List<String> parameters, List<String> files) {

        static Inputs of(Endpoint endpoint) {
            ResolvableType json = null;
            Set<String> parameters = new LinkedHashSet<>();
            List<String> files = new ArrayList<>();
            for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
                parameter.initParameterNameDiscovery(NAMES);
                Class<?> type = parameter.getParameterType();
                ResolvableType resolvable = ResolvableType.forMethodParameter(parameter);
                if (parameter.hasParameterAnnotation(PathVariable.class) || isNotInput(type)) {
                    continue;
                }
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    Class<?> tree = TREE_BODIES.get(endpoint.name());
                    json = JsonNode.class.isAssignableFrom(type) && tree != null
                            ? ResolvableType.forClass(tree)
                            : resolvable;
                } else if (isFile(resolvable)) {
                    files.add(name(parameter));
                } else if (parameter.hasParameterAnnotation(RequestPart.class)) {
                    parameters.add(name(parameter));
                } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                    if (Map.class.isAssignableFrom(type)) {
                        parameters.addAll(BadInputs.COMMON_PARAMETERS);
                    } else {
                        parameters.add(name(parameter));
                    }
                } else if (parameter.hasParameterAnnotation(ModelAttribute.class) || isOurs(type)) {
                    parameters.addAll(properties(type));
                } else if (BeanUtils.isSimpleProperty(type) && parameter.getParameterAnnotations().length == 0) {
                    parameters.add(name(parameter));
                }
            }
            return new Inputs(json, List.copyOf(parameters), files);
        }

        private static boolean isNotInput(Class<?> type) {
            return NOT_INPUT.stream().anyMatch(t -> t.isAssignableFrom(type))
                    || type.getName().startsWith("jakarta.servlet.")
                    || type.getName().startsWith("org.springframework.web.servlet.mvc.support.")
                    || type.getName().startsWith("org.springframework.web.bind.support.");
        }

        private static boolean isFile(ResolvableType type) {
            return MultipartFile.class.isAssignableFrom(type.toClass())
                    || (Collection.class.isAssignableFrom(type.toClass())
                            && MultipartFile.class.isAssignableFrom(
                                    type.getGeneric(0).toClass()));
        }

        private static boolean isOurs(Class<?> type) {
            return type.getName().startsWith("org.helpdesk.") && !BeanUtils.isSimpleProperty(type);
        }

        private static String name(MethodParameter parameter) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null && !param.name().isEmpty()) {
                return param.name();
            }
            RequestPart part = parameter.getParameterAnnotation(RequestPart.class);
            if (part != null && !part.name().isEmpty()) {
                return part.name();
            }
            return String.valueOf(parameter.getParameterName());
        }

        /** The names a form binds to a model attribute: record components, bean properties, constructor names. */
        private static List<String> properties(Class<?> type) {
            if (type.isRecord()) {
                return java.util.Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName)
                        .toList();
            }
            List<String> names = new ArrayList<>();
            for (var property : BeanUtils.getPropertyDescriptors(type)) {
                if (property.getWriteMethod() != null) {
                    names.add(property.getName());
                }
            }
            if (names.isEmpty() && type.getDeclaredConstructors().length == 1) {
                String[] constructor = NAMES.getParameterNames(type.getDeclaredConstructors()[0]);
                if (constructor != null) {
                    names.addAll(List.of(constructor));
                }
            }
            return names;
        }
    }

    /**
     * Every write endpoint, and every read that takes parameters or path variables, with the caller to send: someone
     * not signed in where anyone may, else an administrator where the matrix allows one, else the first role it
     * allows. Endpoints that act on the whole installation ({@code acts}: rebuilds, training runs) are left out.
     */
    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (var mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            for (String pattern : info.getPatternValues()) {
                for (var method : info.getMethodsCondition().getMethods()) {
                    Rule rule = matrix.ruleFor(method.name(), pattern).orElse(null);
                    if (rule == null || rule.acts() || rule.allowed().isEmpty()) {
                        continue; // RoleMatrixIT fails on an endpoint without a rule
                    }
                    Endpoint endpoint = new Endpoint(method.name(), pattern, mapping.getValue(), info, caller(rule));
                    Inputs inputs = Inputs.of(endpoint);
                    boolean takesInput = inputs.json() != null
                            || !inputs.parameters().isEmpty()
                            || !inputs.files().isEmpty()
                            || pattern.contains("{");
                    if (endpoint.writes() || takesInput) {
                        endpoints.add(endpoint);
                    }
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::name)
                .thenComparing(e -> e.handler().toString()));
        return endpoints;
    }

    private static Caller caller(Rule rule) {
        if (rule.allowed().contains(Caller.ANONYMOUS)) {
            return Caller.ANONYMOUS;
        }
        if (rule.allowed().contains(Caller.ADMIN)) {
            return Caller.ADMIN;
        }
        return rule.allowed().iterator().next();
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
