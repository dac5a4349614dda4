package dev.clapboard.notification;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The demo's mail server: every message is written to the log instead of being sent, so the portal works
 * with no SMTP server (the outbox page shows them too). As soon as {@code spring.mail.host} is set (the
 * postgres and prod profiles, or a test pointing at GreenMail) Spring Boot's SMTP sender is used instead.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host", havingValue = "__log__", matchIfMissing = true)
class LoggingMailSender implements JavaMailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    @Override
    public MimeMessage createMimeMessage() {
        return new MimeMessage(Session.getInstance(new Properties()));
    }

    @Override
    public MimeMessage createMimeMessage(java.io.InputStream contentStream) {
        try {
            return new MimeMessage(Session.getInstance(new Properties()), contentStream);
        } catch (jakarta.mail.MessagingException e) {
            throw new MailPreparationException(e);
        }
    }

    @Override
    public void send(MimeMessage... mimeMessages) throws MailException {
        for (var message : mimeMessages) {
            try {
                var out = new ByteArrayOutputStream();
                message.writeTo(out);
                log.info("Mail (not sent, no SMTP server configured):\n{}", out.toString(StandardCharsets.UTF_8));
            } catch (IOException | jakarta.mail.MessagingException e) {
                throw new MailPreparationException(e);
            }
        }
    }

    @Override
    public void send(SimpleMailMessage... simpleMessages) throws MailException {
        for (var message : simpleMessages) {
            log.info("Mail (not sent, no SMTP server configured):\n{}", message);
        }
    }
}
