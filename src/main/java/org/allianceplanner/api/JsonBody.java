package org.allianceplanner.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON request body, read once at the edge by {@link JsonBodyResolver} as strictly as every JSON
 * endpoint reads: a document type (such as {@code PlanDocument}) is read and checked, or answered
 * with one problem+json 400 listing every bad field; {@code Parsed<T>} hands over the document with
 * its reading problems, for a service that adds its own checks to the same answer;
 * {@code MergePatch} is a JSON object; {@code JsonNode} any JSON value.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonBody {
}
