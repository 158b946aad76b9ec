package org.helpdesk.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Errors Tomcat answers itself, before the app sees the request: an address it cannot decode (invalid UTF-8, an
 * encoded slash or NUL). On {@code /api/**} they get problem JSON like every other API error, elsewhere Tomcat's
 * plain error page without server details.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    @Bean
    ProblemReports problemErrorReports() {
        return new ProblemReports();
    }

    /** Runs after Spring Boot's customizer, so its error report valve is replaced, not doubled. */
    static class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> useProblemReports(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }

    private static void useProblemReports(Container host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        ProblemErrorReportValve valve = new ProblemErrorReportValve();
        valve.setShowServerInfo(false);
        valve.setShowReport(false);
        host.getPipeline().addValve(valve);
        if (host instanceof StandardHost standard) {
            standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
    }

    /** Tomcat's error report, as RFC 9457 problem JSON for the API. */
    static class ProblemErrorReportValve extends ErrorReportValve {

        private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            String uri = request.getCoyoteRequest().requestURI().toString();
            if (status < 400 || uri == null || !uri.startsWith("/api/")) {
                super.report(request, response, throwable);
                return;
            }
            if (response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            HttpStatus known = HttpStatus.resolve(status);
            String body = "{\"type\":\"" + ErrorResponses.TYPE_BASE + "request-rejected\",\"title\":\""
                    + (known == null ? "Error" : known.getReasonPhrase()) + "\",\"status\":" + status
                    + ",\"detail\":\"The request could not be read.\"}";
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(body);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Could not report {} on {}: {}", status, uri, e.toString());
            }
        }
    }
}
