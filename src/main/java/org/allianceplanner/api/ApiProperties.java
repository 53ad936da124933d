package org.allianceplanner.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Limits of the HTTP API. */
@ConfigurationProperties("alliance.api")
public record ApiProperties(@DefaultValue("10MB") DataSize maxBodySize) {
}
