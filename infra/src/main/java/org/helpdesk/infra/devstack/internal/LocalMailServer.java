package org.helpdesk.infra.devstack.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.helpdesk.infra.devstack.MailServer;
import org.jspecify.annotations.Nullable;

/** GreenMail on two loopback ports chosen once, so a restart (after an outage test) comes back where it was. */
public final class LocalMailServer implements MailServer {

    private static final String HOST = "127.0.0.1";

    private final ServerSetup[] setups;
    private final Map<String, String[]> users = new ConcurrentHashMap<>();
    private @Nullable GreenMail greenMail;

    private LocalMailServer(int smtp, int imap) {
        this.setups = new ServerSetup[] {
            new ServerSetup(smtp, HOST, ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, HOST, ServerSetup.PROTOCOL_IMAP)
        };
    }

    public static LocalMailServer launch() {
        LocalMailServer server = new LocalMailServer(FreePort.find(), FreePort.find());
        server.start();
        return server;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int smtpPort() {
        return setups[0].getPort();
    }

    @Override
    public int imapPort() {
        return setups[1].getPort();
    }

    @Override
    public synchronized void addUser(String address, String login, String password) {
        users.put(address, new String[] {login, password});
        if (greenMail != null) {
            greenMail.setUser(address, login, password);
        }
    }

    @Override
    public synchronized List<MimeMessage> received() {
        return greenMail == null ? List.of() : Arrays.asList(greenMail.getReceivedMessages());
    }

    @Override
    public boolean awaitReceived(int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (received().size() >= count) {
                return true;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return received().size() >= count;
    }

    @Override
    public synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    @Override
    public synchronized void start() {
        if (greenMail != null) {
            return;
        }
        GreenMail server = new GreenMail(setups);
        server.start();
        users.forEach((address, login) -> server.setUser(address, login[0], login[1]));
        greenMail = server;
    }

    @Override
    public synchronized boolean isRunning() {
        return greenMail != null;
    }
}
