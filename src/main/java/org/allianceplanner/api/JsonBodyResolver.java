package org.allianceplanner.api;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

import org.allianceplanner.io.JsonInput;
import org.allianceplanner.io.MergePatch;
import org.allianceplanner.io.Parsed;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.fasterxml.jackson.databind.JsonNode;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Reads every {@link JsonBody} parameter with {@link JsonInput}: one strict reading for every JSON
 * endpoint (unknown fields, wrong types, duplicate keys and content after the document are errors,
 * all reported at once), so that controllers and services only ever see typed documents. The body
 * passes through {@link RequestSizeLimit} on its way in.
 */
class JsonBodyResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(JsonBody.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) throws IOException {
        HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
        byte[] body = http == null ? new byte[0] : http.getInputStream().readAllBytes();
        Class<?> type = parameter.getParameterType();
        if (type == Parsed.class) {
            return JsonInput.parse(body, documentType(parameter));
        }
        if (type == MergePatch.class) {
            return MergePatch.of(JsonInput.tree(body));
        }
        if (type == JsonNode.class) {
            return JsonInput.tree(body);
        }
        return JsonInput.read(body, type);
    }

    /** T of a {@code Parsed<T>} parameter. */
    private static Class<?> documentType(MethodParameter parameter) {
        Type generic = parameter.getGenericParameterType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        throw new IllegalStateException("@JsonBody Parsed<T> needs a concrete T: " + parameter);
    }
}
