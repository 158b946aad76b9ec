package org.helpdesk.infra.devstack.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to start a server as a child process.
 *
 * @param name for messages, e.g. "Elasticsearch"
 * @param environment variables added to (or replacing) the inherited environment
 * @param removedEnvironment inherited variables the server must not see
 * @param consoleLog file that receives stdout and stderr (appended to)
 */
public record ServerLaunch(
        String name,
        List<String> command,
        Map<String, String> environment,
        Set<String> removedEnvironment,
        Path workingDirectory,
        Path consoleLog) {

    public ServerLaunch {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        removedEnvironment = Set.copyOf(removedEnvironment);
    }
}
