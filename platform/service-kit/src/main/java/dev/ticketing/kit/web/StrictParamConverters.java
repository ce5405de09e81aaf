package dev.ticketing.kit.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import dev.ticketing.kit.problem.Problem;
import dev.ticketing.kit.problem.ProblemMappers;

/**
 * Strict conversion of query, path, header and form parameters for every service: an enum value that is not one
 * of the constants, a boolean other than {@code true}/{@code false}, or a number that is not an int/long in range
 * is a 400 problem+json naming the parameter (and, for enums, the allowed values), never a silent default, a 404
 * or a 500.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType.isEnum()) {
            return (ParamConverter<T>) new EnumConverter(rawType, name);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be true or false", value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> null;
            });
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be a whole number between " + Integer.MIN_VALUE
                    + " and " + Integer.MAX_VALUE, value -> parse(value, Integer::valueOf));
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Strict<>(name, "must be a whole number between " + Long.MIN_VALUE
                    + " and " + Long.MAX_VALUE, value -> parse(value, Long::valueOf));
        }
        return null;
    }

    /** A 400 problem+json for a parameter: thrown by the converters, answered as it is. */
    public static BadRequestException invalid(String name, String message) {
        return new BadRequestException(name + " " + message, ProblemMappers.answer(400, "validation",
                "Invalid input", name + " " + message, null, List.of(new Problem.FieldError(name, message)),
                Map.of()));
    }

    private static <N> N parse(String value, java.util.function.Function<String, N> parser) {
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof QueryParam q) {
                    return q.value();
                } else if (a instanceof PathParam p) {
                    return p.value();
                } else if (a instanceof HeaderParam h) {
                    return h.value();
                } else if (a instanceof FormParam f) {
                    return f.value();
                }
            }
        }
        return "parameter";
    }

    /** Converts with {@code parse}; null from it means invalid. */
    static final class Strict<T> implements ParamConverter<T> {

        private final String name;
        private final String message;
        private final java.util.function.Function<String, T> parse;

        Strict(String name, String message, java.util.function.Function<String, T> parse) {
            this.name = name;
            this.message = message;
            this.parse = parse;
        }

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            T result = parse.apply(value);
            if (result == null) {
                throw invalid(name, message);
            }
            return result;
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    /** Exact constant names only; the message lists them. */
    static final class EnumConverter<E extends Enum<E>> implements ParamConverter<E> {

        private final Class<E> type;
        private final String name;

        EnumConverter(Class<E> type, String name) {
            this.type = type;
            this.name = name;
        }

        @Override
        public E fromString(String value) {
            if (value == null) {
                return null;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(value)) {
                    return constant;
                }
            }
            throw invalid(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
        }

        @Override
        public String toString(E value) {
            return value == null ? null : value.name();
        }
    }
}
