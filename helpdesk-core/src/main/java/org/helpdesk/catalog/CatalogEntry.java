package org.helpdesk.catalog;

import java.util.UUID;

/** One category or product: inactive entries stay on old tickets but are no longer offered. */
public record CatalogEntry(UUID id, String name, boolean active) {}
