package org.zhixing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Debian's nginx as the reference: one file served from the very path the content store keeps it at, with sendfile
 * on, on a loopback port, with as many workers as cores — what a tuned static file server does with the same bytes.
 */
final class Nginx implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/sbin/nginx");

  private final Process process;
  private final String url;

  private Nginx(Process process, String url) {
    this.process = process;
    this.url = url;
  }

  /** Starts nginx serving {@code file} as {@code /video.mp4} and waits until it answers. */
  static Nginx start(Path folder, Path file, int port) {
    try {
      Files.createDirectories(folder.resolve("logs"));
      Path config = Files.writeString(folder.resolve("nginx.conf"), """
          daemon off;
          master_process on;
          worker_processes auto;
          worker_rlimit_nofile 16384;
          pid %1$s/nginx.pid;
          error_log %1$s/logs/error.log warn;
          events { worker_connections 8192; }
          http {
            sendfile on;
            tcp_nopush on;
            keepalive_requests 1000000;
            access_log off;
            client_body_temp_path %1$s/tmp;
            proxy_temp_path %1$s/tmp;
            fastcgi_temp_path %1$s/tmp;
            uwsgi_temp_path %1$s/tmp;
            scgi_temp_path %1$s/tmp;
            server {
              listen 127.0.0.1:%2$d;
              location = /video.mp4 {
                alias %3$s;
                types { }
                default_type video/mp4;
              }
            }
          }
          """.formatted(folder, port, file));
      Files.createDirectories(folder.resolve("tmp"));
      Process process = new ProcessBuilder(BINARY.toString(), "-p", folder.toString(), "-c", config.toString())
          .redirectErrorStream(true)
          .redirectOutput(folder.resolve("logs/console.log").toFile())
          .start();
      var nginx = new Nginx(process, "http://127.0.0.1:" + port + "/video.mp4");
      nginx.awaitReady(Duration.ofSeconds(20));
      return nginx;
    } catch (IOException e) {
      throw new UncheckedIOException("starting nginx failed", e);
    }
  }

  String url() {
    return url;
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new BenchmarkFailure("nginx exited with " + process.exitValue() + "; see its logs folder");
      }
      try {
        var head = HttpRequest.newBuilder(URI.create(url)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        if (http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep();
    }
    throw new BenchmarkFailure("nginx did not answer within " + timeout.toSeconds() + " s");
  }

  /** Its master and worker processes, for the CPU meter. */
  List<ProcessHandle> processes() {
    return process.isAlive() ? List.of(process.toHandle()) : List.of();
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: nginx's fast shutdown
    try {
      if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
