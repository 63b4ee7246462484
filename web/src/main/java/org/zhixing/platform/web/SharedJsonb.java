package org.zhixing.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every response. Without a resolver RESTEasy builds a new one per entity, and Yasson then
 * introspects the response classes again each time: a tenth of a search request's CPU was spent there.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  /** Thread safe and configured like the default, so output is what it was; also for code outside JAX-RS. */
  public static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSON;
  }
}
