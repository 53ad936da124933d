package org.allianceplanner.plans;

import java.net.InetAddress;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts dispatching once the application is ready, as {@code alliance.dispatch.instance-id} or
 * else host:port. A restarted instance has the same host:port, so it takes back the plans it was
 * solving at once; two live instances never share one (they cannot listen on the same port).
 */
@Component
class InstanceStart {

    private static final Logger LOG = LoggerFactory.getLogger(InstanceStart.class);

    private final PlanService plans;
    private final DispatchProperties properties;
    private final DocumentCheck documentCheck;
    private volatile Integer port;

    InstanceStart(PlanService plans, DispatchProperties properties, DocumentCheck documentCheck) {
        this.plans = plans;
        this.properties = properties;
        this.documentCheck = documentCheck;
    }

    @EventListener
    void webServerStarted(WebServerInitializedEvent event) {
        port = event.getWebServer().getPort();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String id = properties.instanceId().isBlank() ? defaultId() : properties.instanceId().trim();
        plans.start(id);
        if (properties.checkDocumentsOnStart()) {
            documentCheck.startInBackground();
        }
    }

    private String defaultId() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                LOG.debug("No host name", e);
                host = "localhost";
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        return port != null && port > 0 ? host + ":" + port : host + ":pid" + ProcessHandle.current().pid();
    }
}
