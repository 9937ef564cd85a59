package detente.watch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Sends an alert where the settings say: a webhook gets a JSON POST whose {@code text} Slack and Mattermost show
 * as the message (the alert itself rides along under {@code alert}); e-mail goes through the configured SMTP
 * server. Each delivery answers {@link #SENT}, a one-line failure, or null when that channel is not configured.
 */
final class AlertDelivery {

    static final String SENT = "sent";
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final AlertSettings settings;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    AlertDelivery(AlertSettings settings) {
        this.settings = settings;
        this.http = settings.webhook() == null ? null
                : HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    String webhook(AlertMessage m) {
        if (settings.webhook() == null) {
            return null;
        }
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("text", m.text());
            body.put("alert", m);
            HttpRequest request = HttpRequest.newBuilder(URI.create(settings.webhook())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", detente.ingest.IngestOptions.USER_AGENT)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2 ? SENT : "webhook failed: HTTP " + response.statusCode();
        } catch (IOException | IllegalArgumentException e) {
            return "webhook failed: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "webhook failed: interrupted";
        }
    }

    String email(AlertMessage m) {
        AlertSettings.Smtp smtp = settings.smtp();
        if (smtp == null) {
            return null;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", smtp.host());
        p.put("mail.smtp.port", String.valueOf(smtp.port()));
        p.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.timeout", String.valueOf(TIMEOUT.toMillis()));
        p.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT.toMillis()));
        if (smtp.starttls()) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        String password = smtp.passwordEnv() == null ? null : System.getenv(smtp.passwordEnv());
        boolean auth = smtp.username() != null && password != null;
        p.put("mail.smtp.auth", String.valueOf(auth));
        Session session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.username(), password);
            }
        }) : Session.getInstance(p);
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(smtp.from()));
            for (String to : smtp.to()) {
                message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
            }
            message.setSubject("detente: " + m.title(), StandardCharsets.UTF_8.name());
            message.setText(m.text(), StandardCharsets.UTF_8.name());
            Transport.send(message);
            return SENT;
        } catch (MessagingException e) {
            return "e-mail failed: " + e.getMessage();
        }
    }
}
