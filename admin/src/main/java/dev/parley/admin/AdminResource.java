package dev.parley.admin;

import io.javalin.Javalin;

/**
 * A group of REST endpoints the composition root adds to the admin API beside the built-in ones,
 * for services that exist only on some deployments (federation policy, chat node aliases). The
 * server's authentication, Origin guard and error mapping cover them like every other endpoint.
 */
public interface AdminResource {

  /** Adds this resource's routes; called once while the server is built. */
  void register(Javalin javalin);
}
