package com.example.authstarter.base;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says in one line, once started, whether the JDK AOT cache the production command names was used. The JVM starts
 * without it when it does not fit (the files of {@code target/app} copied without their times, another JDK build)
 * and says so only in an {@code [aot]} line that is easy to miss; the start then takes seconds longer.
 */
@Component
class AotCacheUse {

    private static final Logger log = LoggerFactory.getLogger(AotCacheUse.class);
    private static final String OPTION = "-XX:AOTCache=";

    @EventListener(ApplicationReadyEvent.class)
    void report() {
        var arguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        cacheAsked(arguments).ifPresent(cache -> {
            if (used(System.getProperty("java.vm.info", ""))) {
                log.info("Started from the AOT cache {}", cache);
            } else {
                log.warn(
                        "The AOT cache {} was not used, so the start took seconds longer; the JVM's [aot] lines "
                                + "above say why. Most often target/app was copied without its files' times: copy it "
                                + "with 'cp -a', 'rsync -a' or tar (README: Running in a container).",
                        cache);
            }
        });
    }

    /** The cache the command line names, if any (a development start names none). */
    static Optional<String> cacheAsked(List<String> jvmArguments) {
        return jvmArguments.stream()
                .filter(argument -> argument.startsWith(OPTION))
                .map(argument -> argument.substring(OPTION.length()))
                .reduce((first, last) -> last);
    }

    /** The JVM reports "sharing" in {@code java.vm.info} only when it mapped a class archive. */
    static boolean used(String vmInfo) {
        return vmInfo.contains("sharing");
    }
}
