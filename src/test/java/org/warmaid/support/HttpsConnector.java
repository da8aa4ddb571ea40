package org.warmaid.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.SSLHostConfig;
import org.apache.tomcat.util.net.SSLHostConfigCertificate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.util.FileSystemUtils;

/**
 * An https connector on a free port, added to the running test application's Tomcat beside its
 * plain http one (so the shared test context serves both) and removed again on close. Its
 * certificate, for localhost, is self-signed and made at the moment by keytool.
 */
public final class HttpsConnector implements AutoCloseable {

    private final Service service;
    private final Connector connector;
    private final Path folder;

    private HttpsConnector(Service service, Connector connector, Path folder) {
        this.service = service;
        this.connector = connector;
        this.folder = folder;
    }

    public static HttpsConnector addTo(WebServer server) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("warmaid-tls");
        String password = UUID.randomUUID().toString();
        Path keystore = selfSignedKeystore(folder, password);
        SSLHostConfig tls = new SSLHostConfig();
        SSLHostConfigCertificate certificate = new SSLHostConfigCertificate(tls, SSLHostConfigCertificate.Type.RSA);
        certificate.setCertificateKeystoreFile(keystore.toAbsolutePath().toString());
        certificate.setCertificateKeystorePassword(password);
        certificate.setCertificateKeystoreType("PKCS12");
        certificate.setCertificateKeyAlias("localhost");
        tls.addCertificate(certificate);

        Connector connector = new Connector(Http11NioProtocol.class.getName());
        connector.setPort(0);
        connector.setScheme("https");
        connector.setSecure(true);
        connector.setProperty("SSLEnabled", "true");
        connector.addSslHostConfig(tls);
        Service service = ((TomcatWebServer) server).getTomcat().getService();
        // the service is running, so the connector starts as it is added
        service.addConnector(connector);
        if (connector.getLocalPort() <= 0) {
            throw new IllegalStateException("the https connector did not start: " + connector.getStateName());
        }
        return new HttpsConnector(service, connector, folder);
    }

    public int port() {
        return connector.getLocalPort();
    }

    @Override
    public void close() throws Exception {
        try {
            service.removeConnector(connector);
            connector.destroy();
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
    }

    private static Path selfSignedKeystore(Path folder, String password) throws IOException, InterruptedException {
        Path keystore = folder.resolve("localhost.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-noprompt", "-alias", "localhost",
                "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool made no certificate: " + output);
        }
        return keystore;
    }
}
