package io.iton.hostile;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every handler the application maps, read from Spring's own {@link RequestMappingHandlerMapping}
 * so that an endpoint added tomorrow is attacked tomorrow without anyone listing it: its method,
 * address pattern, path variables, the request parameters and form fields it binds (the
 * components of a form record included), and the string fields of a JSON body.
 */
final class Endpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");
    private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

    /** One method on one address. {@code jsonFields} is non-null when the handler reads a JSON body. */
    record Endpoint(String method, String pattern, List<String> variables, Set<String> fields, List<String> jsonFields) {

        boolean changesState() {
            return !method.equals("GET");
        }

        boolean api() {
            return pattern.startsWith("/api/");
        }

        /** The address with every path variable replaced by this (already encoded) value. */
        String path(String value) {
            Matcher m = VARIABLE.matcher(pattern);
            return m.replaceAll(Matcher.quoteReplacement(value));
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> all = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("io.iton")) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods(info)) {
                    all.add(endpoint(method, pattern, info, handler));
                }
            }
        });
        all.sort(java.util.Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return all;
    }

    private static List<String> methods(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? List.of("GET", "POST") : methods.stream().map(Enum::name).sorted().toList();
    }

    private static Endpoint endpoint(String method, String pattern, RequestMappingInfo info, HandlerMethod handler) {
        List<String> variables = new ArrayList<>();
        Matcher m = VARIABLE.matcher(pattern);
        while (m.find()) {
            variables.add(m.group(1));
        }
        Set<String> fields = new LinkedHashSet<>();
        info.getParamsCondition().getExpressions().forEach(e -> fields.add(e.getName()));
        List<String> json = null;
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(NAMES);
            Class<?> type = parameter.getParameterType();
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                json = stringComponents(type);
            } else if (parameter.hasParameterAnnotation(RequestParam.class)) {
                String name = parameter.getParameterAnnotation(RequestParam.class).name();
                fields.add(name.isEmpty() ? parameter.getParameterName() : name);
            } else if (parameter.hasParameterAnnotation(PathVariable.class)) {
                continue;
            } else if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    fields.add(c.getName());
                }
            } else if (BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null) {
                fields.add(parameter.getParameterName());  // a plain String or number binds a parameter of its name
            }
        }
        fields.remove("");
        return new Endpoint(method, pattern, variables, fields, json);
    }

    private static List<String> stringComponents(Class<?> type) {
        if (!type.isRecord()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getType() == String.class) {
                names.add(c.getName());
            }
        }
        return names;
    }
}
