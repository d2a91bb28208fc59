package dev.parley.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;

/**
 * Reads request bodies into payload records. Error messages name the field at fault but never quote
 * the body, since bodies carry passwords.
 */
final class JsonBodies {

  private final ObjectMapper mapper;

  JsonBodies(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Parses the body as {@code type}, requiring the named fields to be present and non-null. */
  <T> T read(Context ctx, Class<T> type, String... required) {
    JsonNode tree;
    try {
      tree = mapper.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body is not valid JSON");
    }
    if (tree == null || !tree.isObject()) {
      throw ApiException.badRequest("request body must be a JSON object");
    }
    for (String field : required) {
      if (!tree.hasNonNull(field)) {
        throw ApiException.badRequest("missing field '" + field + "'");
      }
    }
    try {
      return mapper.treeToValue(tree, type);
    } catch (UnrecognizedPropertyException e) {
      throw ApiException.badRequest("unknown field '" + e.getPropertyName() + "'");
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("request body does not match " + type.getSimpleName());
    }
  }
}
