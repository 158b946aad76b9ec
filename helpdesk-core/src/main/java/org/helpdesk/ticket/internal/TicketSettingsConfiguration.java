package org.helpdesk.ticket.internal;

import org.helpdesk.ticket.TicketSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TicketSettings.class)
class TicketSettingsConfiguration {}
