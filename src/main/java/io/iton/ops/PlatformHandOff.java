package io.iton.ops;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Runs the rest of a request on a platform thread when it came in on a virtual one. Tomcat hands
 * requests to virtual threads ({@link HttpThreads}) because a kept page then costs less: no hand-off
 * from Tomcat's poller to a pooled thread and far fewer threads for two cores to switch between.
 * But virtual threads take turns only when they block: a search or a page rendering that keeps a
 * core busy for milliseconds would hold up every kept page behind it. So whatever gets past the page
 * cache (a miss, search, the newsroom, the API) comes here and runs on a pool of platform threads,
 * which the system shares out fairly, exactly as every request ran before; the virtual thread waits.
 */
final class PlatformHandOff implements Filter {

    private final ExecutorService workers;

    PlatformHandOff(ExecutorService workers) {
        this.workers = workers;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!Thread.currentThread().isVirtual()) {
            chain.doFilter(request, response);
            return;
        }
        Future<Void> done = workers.submit(() -> {
            chain.doFilter(request, response);
            return null;
        });
        try {
            done.get();
        } catch (InterruptedException e) {
            done.cancel(true);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the request ran on a platform thread", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case ServletException servlet -> throw servlet;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new ServletException(e.getCause());
            }
        }
    }

    /** When the server stops: its requests are done (graceful shutdown), so the threads can go. */
    @Override
    public void destroy() {
        workers.shutdown();
    }
}
