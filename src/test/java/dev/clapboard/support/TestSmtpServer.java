package dev.clapboard.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free port for one test class. Keep it in a static field, hand it to the
 * app in a {@code @DynamicPropertySource} and stop it in {@code @AfterAll}:
 * <pre>
 * private static final TestSmtpServer smtp = TestSmtpServer.started();
 * &#64;DynamicPropertySource static void smtp(DynamicPropertyRegistry registry) { smtp.register(registry); }
 * &#64;AfterAll static void stopMailServer() { smtp.stop(); }
 * </pre>
 * {@link #stop()} and {@link #start()} in a test make the mail server go down and come back, on the same port.
 */
public final class TestSmtpServer {

    private static final Duration DELIVERY = Duration.ofSeconds(20);

    private final ServerSetup setup;
    private GreenMail greenMail;

    private TestSmtpServer(ServerSetup setup) {
        this.setup = setup;
        this.greenMail = new GreenMail(setup);
    }

    public static TestSmtpServer started() {
        var server = new TestSmtpServer(new ServerSetup(freePort(), "localhost", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    /** Points the app's mail sender at this server. */
    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "localhost");
        registry.add("spring.mail.port", setup::getPort);
    }

    public synchronized void start() {
        if (!greenMail.isRunning()) {
            greenMail = new GreenMail(setup); // a stopped GreenMail does not always start again cleanly
            greenMail.start();
        }
    }

    public synchronized void stop() {
        greenMail.stop();
    }

    public synchronized boolean isRunning() {
        return greenMail.isRunning();
    }

    public synchronized void purge() {
        if (greenMail.isRunning()) {
            try {
                greenMail.purgeEmailFromAllMailboxes();
            } catch (FolderException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public synchronized List<MimeMessage> received() {
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    /** The first mail to {@code recipient}, waiting (bounded) for it to arrive. */
    public MimeMessage awaitMailTo(String recipient) {
        await().atMost(DELIVERY).until(() -> received().stream().anyMatch(m -> isTo(m, recipient)));
        return received().stream().filter(m -> isTo(m, recipient)).findFirst().orElseThrow();
    }

    public static boolean isTo(MimeMessage message, String recipient) {
        try {
            var recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equals(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
