package org.metareport.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code watch --serve}: the preview server listens on the loopback interface only, serves the output folder's files
 * and nothing outside it (no {@code ..}, encoded or not, no link leading out, no hidden file), answers only requests
 * addressed to the loopback host, and tells the page when a new report was rendered.
 */
class ServeTest {
    static final String SECRET = "the secret outside the output folder";

    @TempDir
    Path tmp;
    Path folder;
    PreviewServer server;
    final AtomicLong version = new AtomicLong(1);

    @BeforeEach
    void start() throws IOException {
        folder = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(folder.resolve("report.html"), "<html><body>the report</body></html>\n");
        Files.createDirectories(folder.resolve("figures"));
        Files.writeString(folder.resolve("figures/forest-overall.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>\n");
        Files.writeString(folder.resolve(".metareport"), "marker\n");
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        try {
            Files.createSymbolicLink(folder.resolve("link.txt"), tmp.resolve("secret.txt"));
            Files.createSymbolicLink(folder.resolve("up"), tmp);
        } catch (UnsupportedOperationException | IOException e) {
            // no symbolic links here: those cases are skipped below
        }
        server = PreviewServer.start(folder, 0, version::get);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Sends a raw request (so the path is not normalised on the way) and returns the status line and the body. */
    String get(String path) throws IOException {
        return request("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + server.address().getPort()
                + "\r\nConnection: close\r\n\r\n");
    }

    String request(String raw) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(raw.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String response) {
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void listensOnTheLoopbackInterfaceOnly() throws IOException {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(server.url()).startsWith("http://127.0.0.1:");
        List<InetAddress> others = new ArrayList<>();
        for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(ni.getInetAddresses())) {
                if (!a.isLoopbackAddress() && !a.isLinkLocalAddress()) others.add(a);
            }
        }
        assumeThat(others).as("a network interface besides loopback").isNotEmpty();
        for (InetAddress a : others) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(a, server.address().getPort()), 5_000);
                throw new AssertionError("the preview answered on " + a);
            } catch (ConnectException | SocketTimeoutException e) {
                // refused: as it should be
            }
        }
    }

    @Test
    void servesThePageTheReportAndItsFigures() throws IOException {
        String page = get("/");
        assertThat(status(page)).isEqualTo(200);
        assertThat(page).contains("<iframe", "report.html", PreviewServer.SCRIPT);
        assertThat(page).containsIgnoringCase("Content-Security-Policy: default-src 'self'");
        assertThat(get("/report.html")).startsWith("HTTP/1.1 200").contains("the report");
        assertThat(get("/figures/forest-overall.svg")).startsWith("HTTP/1.1 200").containsIgnoringCase("image/svg+xml");
        assertThat(get(PreviewServer.SCRIPT)).startsWith("HTTP/1.1 200").contains(PreviewServer.VERSION);
    }

    @Test
    void tellsThePageWhenANewReportWasRendered() throws IOException {
        assertThat(get(PreviewServer.VERSION)).endsWith("\r\n\r\n1\n");
        version.incrementAndGet();
        assertThat(get(PreviewServer.VERSION)).endsWith("\r\n\r\n2\n");
    }

    @Test
    void refusesEveryPathLeadingOutOfTheFolder() throws IOException {
        for (String path : List.of("/../secret.txt", "/figures/../../secret.txt", "/%2e%2e/secret.txt",
                "/%2E%2E/secret.txt", "/figures/..%2f..%2fsecret.txt", "/figures/%2e%2e%2f%2e%2e%2fsecret.txt",
                "/..%5csecret.txt", "/figures/..\\..\\secret.txt", "//" + tmp.resolve("secret.txt"),
                "/" + tmp.resolve("secret.txt"), "/report.html%00.png", "/.metareport", "/./report.html",
                "/figures//forest-overall.svg", "/figures", "/nothing-here.html")) {
            String r = get(path);
            // 404 from the server; 400 when the JDK's HTTP parser already rejects the request line (a backslash)
            assertThat(status(r)).as(path).isIn(400, 404);
            assertThat(r).as(path).doesNotContain(SECRET, "marker");
        }
    }

    @Test
    void followsNoLinkOutOfTheFolder() throws IOException {
        assumeThat(Files.isSymbolicLink(folder.resolve("link.txt"))).as("symbolic links").isTrue();
        for (String path : List.of("/link.txt", "/up/secret.txt")) {
            String r = get(path);
            assertThat(status(r)).as(path).isEqualTo(404);
            assertThat(r).as(path).doesNotContain(SECRET);
        }
    }

    @Test
    void answersOnlyRequestsForTheLoopbackHostAndOnlyGetAndHead() throws IOException {
        int port = server.address().getPort();
        String rebinding = request("GET /report.html HTTP/1.1\r\nHost: attacker.example:" + port
                + "\r\nConnection: close\r\n\r\n");
        assertThat(status(rebinding)).isEqualTo(403);
        assertThat(rebinding).doesNotContain("the report");
        assertThat(status(request("GET /report.html HTTP/1.1\r\nHost: localhost:" + port
                + "\r\nConnection: close\r\n\r\n"))).isEqualTo(200);
        String post = request("POST /report.html HTTP/1.1\r\nHost: 127.0.0.1:" + port
                + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertThat(status(post)).isEqualTo(405);
        String head = request("HEAD /report.html HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n");
        assertThat(status(head)).isEqualTo(200);
        assertThat(head).doesNotContain("the report");
    }
}
