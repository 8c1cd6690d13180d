package com.example.authstarter.sessions;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The sessions this instance holds, as gauges: {@value #SIGNED_IN} (someone signed in) and {@value #OPEN} (every HTTP
 * session, the sign-in page's too), and how long ago this instance last wrote its heartbeat ({@value
 * #HEARTBEAT_AGE}, seconds): one that stops beating is taken for gone by the others.
 */
@Component
class SessionGauges implements SmartInitializingSingleton {

    static final String SIGNED_IN = "authstarter.sessions.signed.in";
    static final String OPEN = "authstarter.sessions.open";
    static final String HEARTBEAT_AGE = "authstarter.instance.heartbeat.age";

    private final SharedSessionRegistry sessions;
    private final LiveInstances instances;
    private final MeterRegistry meters;

    SessionGauges(SharedSessionRegistry sessions, LiveInstances instances, MeterRegistry meters) {
        this.sessions = sessions;
        this.instances = instances;
        this.meters = meters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Gauge.builder(SIGNED_IN, sessions, SharedSessionRegistry::signedInHere)
                .description("Signed-in sessions on this instance")
                .register(meters);
        Gauge.builder(OPEN, sessions, SharedSessionRegistry::openHere)
                .description("HTTP sessions on this instance")
                .register(meters);
        Gauge.builder(HEARTBEAT_AGE, instances, LiveInstances::secondsSinceLastBeat)
                .description("Seconds since this instance last wrote its heartbeat to MongoDB")
                .baseUnit("seconds")
                .register(meters);
    }
}
