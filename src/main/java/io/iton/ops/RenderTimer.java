package io.iton.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code iton.page.render}: how long a template takes to render, by template name (a short,
 * fixed list), from the moment the controller returned to the last byte written.
 */
class RenderTimer implements HandlerInterceptor {

    private static final String STARTED = RenderTimer.class.getName() + ".started";
    private static final String VIEW = RenderTimer.class.getName() + ".view";

    private final MeterRegistry registry;

    RenderTimer(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                           ModelAndView modelAndView) {
        String view = modelAndView == null ? null : modelAndView.getViewName();
        if (view != null && !view.startsWith("redirect:") && !view.startsWith("forward:")) {
            request.setAttribute(VIEW, view);
            request.setAttribute(STARTED, System.nanoTime());
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(STARTED) instanceof Long started && request.getAttribute(VIEW) instanceof String view) {
            request.removeAttribute(STARTED);
            Timer.builder("iton.page.render")
                    .description("Time to render a page's template")
                    .tag("view", view)
                    .tag("outcome", ex == null ? "success" : "error")
                    .register(registry)
                    .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
