package org.helpdesk.channel.internal;

import org.helpdesk.channel.ChannelProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelProperties.class)
class ChannelConfiguration {}
