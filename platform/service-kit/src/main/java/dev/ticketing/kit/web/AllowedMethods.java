package dev.ticketing.kit.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * The {@code Allow} header of a 405 (RFC 9110 section 15.5.6): the methods the application's resources accept at a
 * path. RESTEasy Reactive 3.33 answers its 405 with an empty {@code Allow}, so the table is read once from the
 * resource beans' annotations.
 */
@Singleton
public class AllowedMethods {

    /** Path template as a regular expression (a String: {@link Pattern} has no equality) → its methods. */
    private final Map<String, Set<String>> routes = new LinkedHashMap<>();

    AllowedMethods(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Path base = bean.getBeanClass().getAnnotation(Path.class);
            if (base != null) {
                addResource(base.value(), bean.getBeanClass());
            }
        }
    }

    private void addResource(String base, Class<?> resource) {
        for (Method method : resource.getMethods()) {
            String verb = verbOf(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = (base + (sub == null ? "" : "/" + sub.value())).replaceAll("/+", "/")
                    .replaceAll("(.)/$", "$1");
            routes.computeIfAbsent(template.replaceAll("\\{[^}]+}", "[^/]+"), p -> new TreeSet<>()).add(verb);
        }
    }

    private static String verbOf(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** The methods accepted at {@code path} (a literal route wins over a templated one), or null if none. */
    public String at(String path) {
        String clean = path.length() > 1 ? path.replaceAll("/+$", "") : path;
        Set<String> literal = null;
        Set<String> templated = null;
        for (Map.Entry<String, Set<String>> route : routes.entrySet()) {
            if (Pattern.matches(route.getKey(), clean)) {
                if (!route.getKey().contains("[^/]+")) {
                    literal = route.getValue();
                } else if (templated == null) {
                    templated = route.getValue();
                }
            }
        }
        Set<String> verbs = literal != null ? literal : templated;
        if (verbs == null) {
            return null;
        }
        Set<String> all = new TreeSet<>(verbs);
        if (all.contains("GET")) {
            all.add("HEAD");
        }
        all.add("OPTIONS");
        return String.join(", ", all);
    }
}
