package dev.cmdguard.cli.serve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Connects Jetty to the {@link Endpoints}: turns a Jetty request into a {@link Call} (reading at
 * most the body limit plus one byte, never more) and writes the {@link Reply}. Runs on Jetty's
 * bounded worker pool; reading the body blocks that worker, which the connectors' idle timeout
 * bounds.
 */
final class JettyAdapter extends Handler.Abstract {
  private static final byte[] NO_BODY = new byte[0];

  /**
   * A body over the limit is still read (and thrown away) up to this many bytes, so that a client
   * that sends it whole before reading the answer gets the answer rather than a reset connection; a
   * larger one is answered at once and the connection closed.
   */
  static final long DRAIN_LIMIT = 16L << 20;

  private final Endpoints endpoints;
  private final int maxBodyBytes;
  private final Set<Connector> loopbackOnly;

  /**
   * @param maxBodyBytes the largest body read, in bytes
   * @param loopbackOnly the TCP connectors whose requests must carry a loopback {@code Host}
   */
  JettyAdapter(Endpoints endpoints, int maxBodyBytes, Set<Connector> loopbackOnly) {
    this.endpoints = endpoints;
    this.maxBodyBytes = maxBodyBytes;
    this.loopbackOnly = Set.copyOf(loopbackOnly);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws IOException {
    Reply reply = endpoints.handle(call(request));
    response.setStatus(reply.status());
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, reply.contentType());
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    reply.headers().forEach(headers::put);
    response.write(true, ByteBuffer.wrap(reply.body()), callback);
    return true;
  }

  private Call call(Request request) throws IOException {
    HttpFields fields = request.getHeaders();
    boolean tooLarge = request.getLength() > maxBodyBytes;
    byte[] body = NO_BODY;
    if (request.getMethod().equals("POST") && request.getLength() <= DRAIN_LIMIT) {
      try (InputStream in = Request.asInputStream(request)) {
        body = in.readNBytes(maxBodyBytes + 1);
        drain(in);
      }
      if (body.length > maxBodyBytes) {
        tooLarge = true;
        body = NO_BODY;
      }
    }
    return new Call(
        request.getMethod(),
        request.getHttpURI().getPath(),
        Optional.ofNullable(fields.get(HttpHeader.CONTENT_TYPE)),
        Optional.ofNullable(fields.get(HttpHeader.HOST)),
        loopbackOnly.contains(request.getConnectionMetaData().getConnector()),
        body,
        tooLarge);
  }

  /** Reads and discards the rest of the body, up to {@link #DRAIN_LIMIT} bytes in all. */
  private static void drain(InputStream in) throws IOException {
    byte[] sink = new byte[8192];
    long left = DRAIN_LIMIT;
    for (int n = in.read(sink); n > 0 && left > 0; n = in.read(sink)) {
      left -= n;
    }
  }
}
