package org.helpdesk.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.webjars.WebJarVersionLocator;

/**
 * Links to files of the WebJars on the classpath, with their version in the path ({@code ${@webJars.url('chart.js',
 * 'dist/chart.umd.min.js')}}), so the static resource handler serves them as plain files. Spring's resource chain
 * could resolve version-less links instead, but it then looks up every link a page writes, which under load made
 * page views wait on the jar files (docs/benchmarks.md); it is off ({@code spring.web.resources.chain.enabled}).
 */
@Component("webJars")
public class WebJars {

    private final WebJarVersionLocator locator = new WebJarVersionLocator();
    private final Map<String, String> urls = new ConcurrentHashMap<>();

    /** The path of {@code file} in the WebJar {@code name}, e.g. {@code /webjars/chart.js/4.5.1/dist/chart.umd.min.js}. */
    public String url(String name, String file) {
        return urls.computeIfAbsent(name + "/" + file, key -> {
            String path = locator.path(name, file);
            if (path == null) {
                throw new IllegalStateException("No WebJar " + name + " with " + file + " on the classpath");
            }
            return "/webjars/" + path;
        });
    }
}
