package com.example.authstarter.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the app in its Spring context (the test profile: the in-process MongoDB in memory, free ports), where
 * every test starts clean ({@link StartsClean}): an empty database, no mail received, the clock at real time.
 * Contexts with the same settings are shared between test classes, so most tests start no server of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@ActiveProfiles("test")
@ExtendWith(StartsClean.class)
public @interface WithApp {

    /** {@code RANDOM_PORT} for tests over real HTTPS. */
    @AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
    WebEnvironment webEnvironment() default WebEnvironment.MOCK;

    /** Settings of this test's context only (each set makes a context of its own). */
    @AliasFor(annotation = SpringBootTest.class, attribute = "properties")
    String[] properties() default {};
}
