package org.warmaid.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for tests that talk to the running application over a real port. */
public final class Http {

    private final String baseUrl;
    private final HttpClient client;
    private final CookieManager cookies;

    public Http(int port) {
        this(port, new CookieManager());
    }

    private Http(int port, CookieManager cookies) {
        this("localhost", port, cookies);
    }

    private Http(String host, int port, CookieManager cookies) {
        this.cookies = cookies;
        this.baseUrl = "http://" + host + ":" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * The same browser talking to another node (port) of the application: it sends the cookies this
     * one holds, and both keep what either node sets (cookies belong to the host, not to the port).
     */
    public Http onPort(int port) {
        return new Http(port, cookies);
    }

    /**
     * A client connecting over IPv6 loopback: a peer ({@code ::1}) the tests do not configure as a
     * trusted reverse proxy, unlike 127.0.0.1.
     */
    public static Http fromUntrustedPeer(int port) {
        return new Http("[::1]", port, new CookieManager());
    }

    /** The value of a cookie the server has set, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path).header("Authorization", basic(user, password)).GET().build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> sendBytes(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
