package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.iton.support.AppTest;
import io.iton.support.SeedPage;

/** Tomcat's write buffer is the configured one, and it holds the whole seed article page with its headers. */
class SocketBuffersIT extends AppTest {

    @Autowired
    WebServerApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSeedArticlePageGoesOutInOneWrite() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
        int buffer = Integer.parseInt(String.valueOf(connector.getProperty("socket.appWriteBufSize")));
        assertThat(buffer).isEqualTo(32 * 1024);

        HttpResponse<String> page = http.get(SeedPage.canonicalPath(jdbc, http));
        assertThat(page.statusCode()).isEqualTo(200);
        long body = page.headers().firstValueAsLong("Content-Length").orElseThrow();
        long headers = page.headers().map().entrySet().stream()
                .mapToLong(h -> h.getValue().stream().mapToLong(v -> h.getKey().length() + v.length() + 4).sum()).sum();
        assertThat(body + headers + "HTTP/1.1 200 \r\n\r\n".length()).isLessThan(buffer);
    }
}
