package io.iton.ops;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat's per-connection write buffer. Tomcat copies a response through it and makes one
 * {@code write} system call each time it fills: at its default of 8 KB a 20 KB article page
 * took three calls, and on a busy machine the calls, not the copying, cost the most. Sized to
 * hold a whole typical page, a kept page goes out in one call. The price is this much heap per
 * open connection.
 */
@Component
class SocketBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final DataSize writeBuffer;

    SocketBuffers(@Value("${iton.server.socket-write-buffer:32KB}") DataSize writeBuffer) {
        this.writeBuffer = writeBuffer;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector ->
                connector.setProperty("socket.appWriteBufSize", Long.toString(writeBuffer.toBytes())));
    }
}
