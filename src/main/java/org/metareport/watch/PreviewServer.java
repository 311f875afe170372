package org.metareport.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;

/**
 * The preview page of {@code watch --serve}: an HTTP server on the loopback interface only (127.0.0.1, never another
 * interface) that serves the files of one output folder and, at {@code /}, a page showing the report that reloads it
 * when the watcher has rendered a new one (the page asks {@code /.preview/version} twice a second).
 *
 * <p>It serves only regular files inside the output folder, following no link out of it, and no hidden file (the
 * marker, a lock): a path with {@code ..}, a backslash, a NUL, an encoded separator or a symbolic link leading out is
 * refused (404). Only GET and HEAD are answered, and only to a request whose {@code Host} names the loopback address
 * or {@code localhost} (so a web page elsewhere cannot read the report through DNS rebinding).
 */
public final class PreviewServer implements AutoCloseable {
    static final String VERSION = "/.preview/version";
    static final String SCRIPT = "/.preview/reload.js";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("md", "text/plain; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("pdf", "application/pdf"), Map.entry("css", "text/css; charset=utf-8"));

    private final HttpServer server;
    private final ExecutorService executor;
    private final Path folder;
    private final LongSupplier version;

    private PreviewServer(HttpServer server, ExecutorService executor, Path folder, LongSupplier version) {
        this.server = server;
        this.executor = executor;
        this.folder = folder;
        this.version = version;
    }

    /**
     * Starts serving {@code folder} on the loopback interface.
     *
     * @param port    0 for any free port
     * @param version the watcher's count of rendered reports
     * @throws java.net.BindException when the port is taken
     */
    public static PreviewServer start(Path folder, int port, LongSupplier version) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "metareport-preview");
            t.setDaemon(true);
            return t;
        });
        PreviewServer preview = new PreviewServer(server, executor, folder.toAbsolutePath().normalize(), version);
        server.createContext("/", preview::handle);
        server.setExecutor(executor);
        server.start();
        return preview;
    }

    /** The address served (always a loopback address). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The preview page's address, e.g. {@code http://127.0.0.1:8787/}. */
    public String url() {
        return "http://" + address().getAddress().getHostAddress() + ":" + address().getPort() + "/";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            if (!ex.getRemoteAddress().getAddress().isLoopbackAddress() || !loopbackHost(ex)) {
                send(ex, 403, "text/plain; charset=utf-8", "forbidden\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String method = ex.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.getResponseHeaders().set("Allow", "GET, HEAD");
                send(ex, 405, "text/plain; charset=utf-8", "only GET and HEAD\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String raw = ex.getRequestURI().getRawPath();
            if (raw == null || raw.equals("/")) {
                ex.getResponseHeaders().set("Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'");
                send(ex, 200, TYPES.get("html"), page().getBytes(StandardCharsets.UTF_8));
            } else if (raw.equals(VERSION)) {
                send(ex, 200, "text/plain; charset=utf-8", (version.getAsLong() + "\n").getBytes(StandardCharsets.UTF_8));
            } else if (raw.equals(SCRIPT)) {
                send(ex, 200, "text/javascript; charset=utf-8", SCRIPT_TEXT.getBytes(StandardCharsets.UTF_8));
            } else {
                Path file = resolve(folder, raw);
                if (file == null) {
                    send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                byte[] body;
                try {
                    body = Files.readAllBytes(file);
                } catch (IOException e) {   // replaced by a new report between the check and the read
                    send(ex, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                    return;
                }
                String name = file.getFileName().toString();
                String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
                send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), body);
            }
        }
    }

    /** True when the Host header names the loopback address or localhost (any port), or is absent (HTTP/1.0). */
    static boolean loopbackHost(HttpExchange ex) {
        String host = ex.getRequestHeaders().getFirst("Host");
        if (host == null) return true;
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            h = end < 0 ? h : h.substring(1, end);
        } else if (h.indexOf(':') >= 0) {
            h = h.substring(0, h.indexOf(':'));
        }
        return h.equals("localhost") || h.equals("127.0.0.1") || h.equals("::1");
    }

    /**
     * The file a request path names inside {@code root}: a regular file whose real path lies inside the root's real
     * path, no segment hidden, empty, {@code .} or {@code ..}; null for anything else.
     */
    static Path resolve(Path root, String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) return null;
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) return null;
        String path;
        try {
            path = new URI(rawPath).getPath();   // percent-decoded
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (path == null || !path.startsWith("/")) return null;
        if (path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) return null;
        String[] segments = path.substring(1).split("/", -1);
        for (String s : segments) {
            if (s.isEmpty() || s.startsWith(".")) return null;   // also "." and ".."
        }
        try {
            Path base = root.toRealPath();
            Path file = base.resolve(String.join("/", segments)).normalize();
            if (!file.startsWith(base) || !Files.isRegularFile(file)) return null;
            Path real = file.toRealPath();
            return real.startsWith(base) ? real : null;
        } catch (IOException | InvalidPathException e) {
            return null;
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The preview page: the report in a frame, reloaded by {@link #SCRIPT_TEXT} when the version changes. */
    private String page() {
        String shown = Files.isRegularFile(folder.resolve("report.html")) ? "report.html" : "report.md";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>metareport preview</title>\n"
                + "<style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>\n"
                + "<script src=\"" + SCRIPT + "\" defer></script></head>\n<body><iframe id=\"report\" src=\"" + shown
                + "\" title=\"report\"></iframe></body></html>\n";
    }

    static final String SCRIPT_TEXT = """
            // metareport watch --serve: reload the report when a new one has been rendered
            let seen = null;
            async function check() {
              try {
                const r = await fetch('%s', {cache: 'no-store'});
                const v = (await r.text()).trim();
                if (seen !== null && v !== seen) {
                  const frame = document.getElementById('report');
                  frame.src = frame.src.split('?')[0] + '?v=' + encodeURIComponent(v);
                }
                seen = v;
              } catch (e) { /* the watcher is restarting: try again */ }
            }
            check();
            setInterval(check, 500);
            """.formatted(VERSION);
}
