package org.helpdesk.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.audit.AuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

class AccessAuditInterceptorTest {

    private final AuditTrail trail = mock(AuditTrail.class);
    private final AccessAuditInterceptor interceptor = new AccessAuditInterceptor(new RequestAudit(trail));

    @BeforeEach
    void recordingSucceeds() {
        when(trail.record(any())).thenReturn(null);
    }

    @Test
    void searchIsRecordedWithWhoAskedWhatFromWhere() throws Exception {
        MockHttpServletRequest request = request("GET", "/api/v1/search/tickets");
        request.addParameter("q", "жалоба доставка");
        request.addParameter("size", "100");

        interceptor.preHandle(request, new MockHttpServletResponse(), handler("search"));

        AuditEntry entry = recorded();
        assertThat(entry.actor()).isEqualTo("olga.auditor");
        assertThat(entry.action()).isEqualTo("SEARCH");
        assertThat(entry.targetType()).isEqualTo("ticket");
        assertThat(entry.source()).isEqualTo("203.0.113.7");
        assertThat(details(entry))
                .containsEntry("channel", "api")
                .containsEntry("path", "/api/v1/search/tickets")
                .containsEntry("parameters", Map.of("q", "жалоба доставка", "size", "100"));
    }

    @Test
    void searchPageIsRecordedAsTheWebChannel() throws Exception {
        MockHttpServletRequest request = request("GET", "/search");
        request.addParameter("q", "refund");

        interceptor.preHandle(request, new MockHttpServletResponse(), handler("search"));

        assertThat(details(recorded())).containsEntry("channel", "web");
    }

    @Test
    void otherRequestsAreNotRecorded() throws Exception {
        interceptor.preHandle(request("GET", "/tickets"), new MockHttpServletResponse(), handler("search"));
        interceptor.preHandle(request("POST", "/search"), new MockHttpServletResponse(), handler("search"));
        interceptor.preHandle(request("GET", "/search"), new MockHttpServletResponse(), new Object());
        interceptor.preHandle(request("GET", "/api/v1/search/saved"), new MockHttpServletResponse(), handler("search"));

        verify(trail, never()).record(any());
    }

    @Test
    void handlerMarkedAuditedIsRecordedWithItsTargetFromThePath() throws Exception {
        MockHttpServletRequest request = request("POST", "/api/v1/reports/kpi/export");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "kpi"));

        interceptor.preHandle(request, new MockHttpServletResponse(), handler("export"));

        AuditEntry entry = recorded();
        assertThat(entry.action()).isEqualTo("EXPORT");
        assertThat(entry.targetType()).isEqualTo("report");
        assertThat(entry.targetId()).isEqualTo("kpi");
    }

    @Test
    void handlerThatRecordsItselfIsLeftToIt() throws Exception {
        MockHttpServletRequest request = request("GET", "/api/v1/search/tickets/export");
        request.addParameter("format", "csv");

        interceptor.preHandle(request, new MockHttpServletResponse(), handler("exportSearch"));

        verify(trail, never()).record(any());
    }

    @Test
    void longParameterValuesAreClipped() throws Exception {
        MockHttpServletRequest request = request("GET", "/search");
        request.addParameter("q", "x".repeat(10_000));

        interceptor.preHandle(request, new MockHttpServletResponse(), handler("search"));

        @SuppressWarnings("unchecked")
        Map<String, String> parameters =
                (Map<String, String>) recorded().details().get("parameters");
        assertThat(parameters.get("q")).hasSize(RequestAudit.MAX_VALUE_LENGTH);
    }

    private static Map<String, Object> details(AuditEntry entry) {
        return new java.util.HashMap<>(entry.details());
    }

    private AuditEntry recorded() {
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(trail).record(entry.capture());
        return entry.getValue();
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr("203.0.113.7");
        request.setUserPrincipal(new UsernamePasswordAuthenticationToken("olga.auditor", null));
        return request;
    }

    private static HandlerMethod handler(String name) throws NoSuchMethodException {
        return new HandlerMethod(new Handlers(), Handlers.class.getDeclaredMethod(name));
    }

    static class Handlers {

        void search() {}

        @Audited(action = "EXPORT", targetType = "report")
        void export() {}

        @AuditedByHandler
        void exportSearch() {}
    }
}
