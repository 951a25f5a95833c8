package io.iton.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;

class PlatformHandOffTest {

    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final PlatformHandOff handOff = new PlatformHandOff(workers);
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @AfterEach
    void stop() {
        handOff.destroy();
    }

    @Test
    void aRequestOnAVirtualThreadRunsOnAPlatformThreadAndIsDoneWhenTheFilterReturns() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        FilterChain chain = (req, res) -> {
            ranOn.set(Thread.currentThread());
            res.setCharacterEncoding("UTF-8");
            res.getWriter().write("תוצאות");
        };

        Thread caller = Thread.ofVirtual().start(() -> filter(chain));
        caller.join();

        assertThat(ranOn.get().isVirtual()).isFalse();
        assertThat(ranOn.get()).isNotSameAs(caller);
        assertThat(response.getContentAsString()).isEqualTo("תוצאות");
    }

    @Test
    void aRequestOnAPlatformThreadStaysOnIt() throws Exception {
        AtomicReference<Thread> ranOn = new AtomicReference<>();

        handOff.doFilter(request, response, (req, res) -> ranOn.set(Thread.currentThread()));

        assertThat(ranOn.get()).isSameAs(Thread.currentThread());
    }

    @Test
    void whatTheRestOfTheChainThrowsReachesTheContainerUnwrapped() throws Exception {
        assertThat(thrownOnAVirtualThread((req, res) -> { throw new IOException("broken pipe"); }))
                .isExactlyInstanceOf(IOException.class).hasMessage("broken pipe");
        assertThat(thrownOnAVirtualThread((req, res) -> { throw new ServletException("no view"); }))
                .isExactlyInstanceOf(ServletException.class).hasMessage("no view");
        assertThat(thrownOnAVirtualThread((req, res) -> { throw new IllegalStateException("bug"); }))
                .isExactlyInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void theThreadsStopWithTheServer() {
        handOff.destroy();

        assertThat(workers.isShutdown()).isTrue();
    }

    private Throwable thrownOnAVirtualThread(FilterChain chain) throws InterruptedException {
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            try {
                handOff.doFilter(request, response, chain);
            } catch (Throwable e) {
                thrown.set(e);
            }
        }).join();
        return thrown.get();
    }

    private void filter(FilterChain chain) {
        try {
            handOff.doFilter(request, response, chain);
        } catch (IOException | ServletException e) {
            throw new AssertionError(e);
        }
    }
}
