package io.iton.account;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The port of the separate management server, once it has started (none unless
 * {@code management.server.port} is set): requests that arrive on it come from the operator's
 * internal network, not from readers.
 */
@Component
class ManagementPort {

    private volatile int port = -1;

    @EventListener
    void on(WebServerInitializedEvent event) {
        if ("management".equals(event.getApplicationContext().getServerNamespace())) {
            port = event.getWebServer().getPort();
        }
    }

    boolean isManagementRequest(HttpServletRequest request) {
        return port > 0 && request.getLocalPort() == port;
    }
}
