package io.iton.ops;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import io.micrometer.common.KeyValue;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Names every request in {@code http.server.requests} by its route ({@code /article/{id}/{slug}}),
 * never by its address, so Hebrew slugs and ids do not make a series each. Pages the page cache
 * answers never reach a controller, so Spring does not know their route: it is looked up here, in
 * the same mappings the controllers are found by.
 */
class RouteNames extends DefaultServerRequestObservationConvention {

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    RouteNames(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    protected KeyValue uri(ServerRequestObservationContext context) {
        if (context.getPathPattern() == null && context.getResponse() != null) {
            int status = context.getResponse().getStatus();
            if (status == 200 || status == 304) {
                String route = route(context.getCarrier());
                if (route != null) {
                    return KeyValue.of("uri", route);
                }
            }
        }
        return super.uri(context);
    }

    private String route(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return null;
        }
        try {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            if (mapping.getHandler(request) == null) {
                return null;
            }
            Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
            return pattern == null ? null : pattern.toString();
        } catch (Exception unmatched) {
            return null;
        }
    }
}
