package org.zhixing.platform.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without a resolver, RESTEasy 6.2 creates (and closes) a new {@link Jsonb}
 * for every body it reads or writes, and Yasson introspects the bound classes anew each time: a measurable share of a
 * small request's CPU (see bench/README.md). The default configuration is the one RESTEasy would have used; Yasson's
 * instances are thread-safe.
 */
@Provider
public class JsonbResolver implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
