package com.example.authstarter.base;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/**
 * This running copy of the app among the several that may share one database: a unique id for the records
 * it keeps (sessions, outbox claims), and a name people can read (in the session lists and the log).
 */
@Component
public class AppInstance {

    /**
     * @param name what this instance is called in lists ({@code APP_INSTANCE_NAME}); blank: host name and
     *     process id
     */
    @ConfigurationProperties("app.instance")
    public record Settings(@DefaultValue("") String name) {}

    private final String id = UUID.randomUUID().toString();
    private final String name;

    public AppInstance(Settings settings) {
        this.name = settings.name().isBlank()
                ? hostName() + "/" + ProcessHandle.current().pid()
                : settings.name();
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            // A host without a resolvable name (some containers) is still one instance among others.
            return "host";
        }
    }
}
