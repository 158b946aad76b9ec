package org.helpdesk.demo;

import java.util.List;
import java.util.Map;
import org.helpdesk.catalog.CatalogEntry;
import org.helpdesk.team.Team;

/** The teams, staff and lists the demo tickets are told against. */
record DemoWorld(
        Map<String, Team> teams,
        Map<String, List<String>> staffByTeam,
        Map<String, CatalogEntry> categories,
        Map<String, CatalogEntry> products) {}
